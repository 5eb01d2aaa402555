import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { dataFetch, resetStore } from '../../test/unit/fixtures';

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('app shell', () => {
  it('loads the data, and switches language: labels, number formats and <html lang>', async () => {
    vi.stubGlobal('fetch', dataFetch());
    window.history.replaceState(null, '', '/?view=projects&year=2008');
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/14 \/ 47 hanketta/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fi');
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('link', { name: 'Projekt' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('summary').textContent).toContain('9\u00a0978\u00a0150\u00a0€');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('summary').textContent).toBe('14 / 47 projects · known costs total €9,978,150 · 3 projects without a cost');
    expect(window.location.search).toBe('?view=projects&lang=en&year=2008');
  });

  it('restores the view from the URL and steps back through filter changes', async () => {
    vi.stubGlobal('fetch', dataFetch());
    window.history.replaceState(null, '', '/?view=projects');
    const user = userEvent.setup();
    render(<App />);
    await screen.findByText(/47 \/ 47 hanketta/);
    await user.click(screen.getByRole('checkbox', { name: /^2009 \(/ }));
    expect(window.location.search).toBe('?view=projects&year=2009');
    expect(screen.getByTestId('summary').textContent).toMatch(/^30 \/ 47/);
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?view=projects'));
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^47 \/ 47/));
  });

  it('shows an error panel naming a broken file instead of a blank page', async () => {
    vi.stubGlobal('fetch', dataFetch({ 'funding.json': '{"costs": [', 'regions.json': 404, 'themes.json': '[{"id": "Not a slug"}]' }));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('data/funding.json').parentElement).toHaveTextContent(/not valid JSON/);
    expect(within(alert).getByText('data/regions.json').parentElement).toHaveTextContent('HTTP 404');
    expect(within(alert).getByText('data/themes.json').parentElement).toHaveTextContent(/does not match the schema: 0\.id: expected a lowercase slug/);
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });
});
