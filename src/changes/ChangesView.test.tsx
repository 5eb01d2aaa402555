import { act, cleanup, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Release } from '../data/releases';
import { loadReleaseHistory } from '../data/releaseHistory';
import { dataFetch } from '../../test/unit/fixtures';
import { renderWithData } from '../../test/unit/render';
import ChangesView, { ReleaseFilesLine } from './ChangesView';

const history = await loadReleaseHistory('/', dataFetch());

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('changes page: the releases’ files', () => {
  it('loads the releases and links every kept one’s manifest and projects page, with its size, and says which are not kept', async () => {
    vi.stubGlobal('fetch', dataFetch());
    // The view suspends until the history has arrived, so its render is awaited.
    const { container } = await act(async () =>
      renderWithData(
        <Suspense>
          <ChangesView />
        </Suspense>,
      ),
    );
    const sections = container.querySelectorAll<HTMLElement>('section.release');
    expect(sections).toHaveLength(history.releases.length);
    for (const section of sections) {
      const version = section.dataset.version!;
      const line = section.querySelector<HTMLElement>('.release-store')!;
      if (!history.releases.find((r) => r.version === version)!.stored) {
        expect(line.textContent).toMatch(/^Tämän julkaisun tiedostoja ei ole tallessa/);
        expect(within(line).queryByRole('link')).toBeNull();
        continue;
      }
      const links = within(line).getAllByRole('link');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(
        expect.arrayContaining([`/data/releases/${version}/manifest.json`, `/projects/?release=${version}`]),
      );
      expect(line.textContent).toMatch(/^Julkaisun \d+ tiedostoa \([\d,]+\u00a0kt\) ovat tallessa/);
    }
  });

  it('says plainly that a release whose files were not kept cannot be checked, with no links', () => {
    const lost: Release = { ...(history.releases[0] as Release), stored: null };
    renderWithData(<ReleaseFilesLine release={lost} />);
    expect(screen.getByText(/tiedostoja ei ole tallessa/).textContent).toMatch(/lukuja ei voi enää tarkistaa/);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
