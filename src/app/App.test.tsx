import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { dataFetch } from '../../test/unit/fixtures';
import { createAppStore } from '../state/store';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('app shell', () => {
  it('loads the data, and switches language: labels, number formats and <html lang>', async () => {
    vi.stubGlobal('fetch', dataFetch());
    window.history.replaceState(null, '', '/projects/?year=2008');
    const user = userEvent.setup();
    render(<App store={createAppStore()} />);
    // Generous: the first render of the lazily loaded view takes seconds on a loaded machine.
    expect(await screen.findByText(/14 \/ 47 hanketta/, undefined, { timeout: 20000 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fi');
    await user.click(screen.getByRole('link', { name: 'Svenska' }));
    expect(document.documentElement.lang).toBe('sv');
    const nav = screen.getByRole('navigation', { name: 'Vyer' });
    expect(within(nav).getByRole('link', { name: 'Projekt' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('summary').textContent).toContain('9\u00a0978\u00a0150\u00a0€');
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('summary').textContent).toBe(
      '14 of 47 projects · known costs total €9,978,150 (each project in full) · 3 projects have no cost stated',
    );
    expect(`${window.location.pathname}${window.location.search}`).toBe('/en/projects/?year=2008');
  });

  it('restores the view from the URL and steps back through filter changes', async () => {
    vi.stubGlobal('fetch', dataFetch());
    window.history.replaceState(null, '', '/projects/');
    const user = userEvent.setup();
    render(<App store={createAppStore()} />);
    await screen.findByText(/47 \/ 47 hanketta/, undefined, { timeout: 20000 });
    await user.click(screen.getByRole('checkbox', { name: /^2009 \(/ }));
    expect(`${window.location.pathname}${window.location.search}`).toBe('/projects/?year=2009');
    expect(screen.getByTestId('summary').textContent).toMatch(/^30 \/ 47/);
    window.history.back();
    await waitFor(() => expect(`${window.location.pathname}${window.location.search}`).toBe('/projects/'));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^47 \/ 47/));
  });

  it('shows an error panel naming each broken file in the page language instead of a blank page', async () => {
    vi.stubGlobal('fetch', dataFetch({ 'funding.json': '{"costs": [', 'regions.json': 404 }));
    render(<App store={createAppStore()} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Aineiston lataus epäonnistui');
    expect(within(alert).getByText('data/funding.json').parentElement).toHaveTextContent(
      /tiedosto ei ole kelvollista JSON-muotoa \(Tekninen tieto \(englanniksi\): .+\)/,
    );
    expect(within(alert).getByText('data/regions.json').parentElement).toHaveTextContent(
      'palvelin vastasi tilakoodilla 404',
    );
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });

  it('names a file that breaks the view because it does not match its schema', async () => {
    vi.stubGlobal('fetch', dataFetch({ 'themes.json': '{"id": "Not a slug"}' }));
    render(<App store={createAppStore()} />);
    const alert = await screen.findByRole('alert', { name: 'Aineiston lataus epäonnistui' });
    const schema = within(alert).getByText('data/themes.json').parentElement!;
    expect(schema).toHaveTextContent('tiedoston sisältö ei vastaa tietokuvausta (skeemaa)');
    expect(within(schema).getByText(/^\(root\): Invalid input: expected array/)).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });

  it('shows the data error panel only in views that read a broken file', async () => {
    vi.stubGlobal('fetch', dataFetch({ 'events.json': 404 }));
    window.history.replaceState(null, '', '/sv/sources/');
    const user = userEvent.setup();
    render(<App store={createAppStore()} />);
    expect(await screen.findByRole('heading', { level: 1, name: /Källor/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Tidslinje' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Materialet kunde inte laddas');
    expect(within(alert).getByText('data/events.json').parentElement).toHaveTextContent(
      'servern svarade med statuskoden 404',
    );
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });

  it('drops ids the data does not know from the state and the URL once the data has loaded', async () => {
    vi.stubGlobal('fetch', dataFetch());
    window.history.replaceState(
      null,
      '',
      '/projects/?theme=nosuch,plan-2008-1&admin=nobody&kunta=999&project=no-such-project',
    );
    render(<App store={createAppStore()} />);
    await vi.waitFor(() =>
      expect(`${window.location.pathname}${window.location.search}`).toBe('/projects/?theme=plan-2008-1'),
    );
    expect(await screen.findByTestId('summary')).toHaveTextContent(/^\d+ \/ 47 hanketta/);
    expect(screen.getByTestId('summary').textContent).not.toMatch(/^0 \//);
  });
});
