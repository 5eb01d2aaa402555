import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { renderWithStore } from '../../test/unit/render';
import { reloadableLazy } from './reloadableLazy';
import { ViewBoundary } from './ViewBoundary';

beforeEach(() => {
  // React reports every error a boundary catches on the console; these tests cause them on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const Loaded = () => <p>näkymän sisältö</p>;

describe('ViewBoundary', () => {
  it('shows a localized message with "try again" when a chunk fails to load, and loads it on retry', async () => {
    let online = false;
    const View = reloadableLazy(() =>
      online
        ? Promise.resolve({ default: Loaded })
        : Promise.reject<{ default: typeof Loaded }>(
            new TypeError('Failed to fetch dynamically imported module: http://x/assets/MapView-abc.js'),
          ),
    );
    const user = userEvent.setup();
    renderWithStore(
      <ViewBoundary>
        <Suspense fallback={<p>…</p>}>
          <View />
        </Suspense>
      </ViewBoundary>,
      { lang: 'sv' },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Vyn kunde inte laddas');
    expect(screen.getByRole('button', { name: 'Ladda om sidan' })).toBeInTheDocument();
    online = true;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('näkymän sisältö')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells a render error apart from a failed chunk, in Finnish by default', async () => {
    const Broken = () => {
      throw new Error('boom');
    };
    renderWithStore(
      <ViewBoundary>
        <Broken />
      </ViewBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Näkymä ei toiminut');
    expect(screen.getByRole('button', { name: 'Yritä uudelleen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lataa sivu uudelleen' })).toBeNull();
  });
});
