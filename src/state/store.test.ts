import { beforeEach, describe, expect, it } from 'vitest';
import { storedColorScheme } from './colorScheme';
import { createAppStore } from './store';

const saved = () => JSON.parse(localStorage.getItem('kaste-settings') ?? 'null');

beforeEach(() => localStorage.clear());

describe('a page’s store', () => {
  it('starts at the page as the build renders it, the system scheme included, whatever this browser remembers', () => {
    localStorage.setItem('kaste-settings', JSON.stringify({ state: { colorScheme: 'dark' }, version: 1 }));
    const store = createAppStore({ view: 'projects', lang: 'sv', project: 'vaasan-perhekeskus' });
    expect(store.getInitialState()).toMatchObject({
      view: 'projects',
      lang: 'sv',
      selectedProjectId: 'vaasan-perhekeskus',
      colorScheme: 'system',
    });
    expect(store.getState().colorScheme).toBe('dark');
  });

  it('is its own: a change in one page’s store is not in another’s', () => {
    const one = createAppStore();
    const other = createAppStore();
    one.getState().setFilter('years', ['2008']);
    expect(other.getState().filters.years).toEqual([]);
  });
});

describe('remembered settings', () => {
  it('remember the colour scheme and nothing a link carries', () => {
    const store = createAppStore();
    store.getState().setColorScheme('dark');
    store.getState().setFilter('years', ['2008']);
    expect(saved().state).toEqual({ colorScheme: 'dark' });
  });

  it('restore a saved scheme and ignore one the app does not know', async () => {
    const store = createAppStore();
    localStorage.setItem('kaste-settings', JSON.stringify({ state: { colorScheme: 'light' }, version: 1 }));
    await store.persist.rehydrate();
    expect(store.getState().colorScheme).toBe('light');
    localStorage.setItem(
      'kaste-settings',
      JSON.stringify({ state: { colorScheme: 'purple', filters: null }, version: 1 }),
    );
    await store.persist.rehydrate();
    expect(store.getState().colorScheme).toBe('light');
    expect(store.getState().filters.years).toEqual([]);
  });
});

describe('the remembered scheme as the entry script reads it, before the store is there', () => {
  it('is what the store saved, and the system’s for anything else', () => {
    createAppStore().getState().setColorScheme('dark');
    expect(storedColorScheme(localStorage)).toBe('dark');
    localStorage.setItem('kaste-settings', '{"state":{"colorScheme":"purple"}}');
    expect(storedColorScheme(localStorage)).toBe('system');
    localStorage.setItem('kaste-settings', '{not json');
    expect(storedColorScheme(localStorage)).toBe('system');
  });
});
