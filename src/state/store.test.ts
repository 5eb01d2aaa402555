import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/unit/fixtures';
import { storedColorScheme } from './colorScheme';
import { useAppStore } from './store';

const saved = () => JSON.parse(localStorage.getItem('kaste-settings') ?? 'null');

beforeEach(() => {
  localStorage.clear();
  resetStore();
});

describe('remembered settings', () => {
  it('remember the colour scheme and nothing a link carries', () => {
    useAppStore.getState().setColorScheme('dark');
    useAppStore.getState().setFilter('years', ['2008']);
    expect(saved().state).toEqual({ colorScheme: 'dark' });
  });

  it('restore a saved scheme and ignore one the app does not know', async () => {
    localStorage.setItem('kaste-settings', JSON.stringify({ state: { colorScheme: 'light' }, version: 1 }));
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().colorScheme).toBe('light');
    localStorage.setItem(
      'kaste-settings',
      JSON.stringify({ state: { colorScheme: 'purple', filters: null }, version: 1 }),
    );
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().colorScheme).toBe('light');
    expect(useAppStore.getState().filters.years).toEqual([]);
  });
});

describe('the remembered scheme as the entry script reads it, before the store is there', () => {
  it('is what the store saved, and the system’s for anything else', () => {
    useAppStore.getState().setColorScheme('dark');
    expect(storedColorScheme(localStorage)).toBe('dark');
    localStorage.setItem('kaste-settings', '{"state":{"colorScheme":"purple"}}');
    expect(storedColorScheme(localStorage)).toBe('system');
    localStorage.setItem('kaste-settings', '{not json');
    expect(storedColorScheme(localStorage)).toBe('system');
  });
});
