import { useSyncExternalStore } from 'react';
import { usePublication } from '../data/publication';
import { shownRelease } from '../data/releaseFiles';

const unchanging = () => () => undefined;

/**
 * The release the page was opened with (`?release=`, data/releaseFiles.ts); null while hydrating, as the prerendered
 * page is of the current data, so the hydration matches and what names the release follows it.
 */
export function useShownRelease() {
  return useSyncExternalStore(unchanging, shownRelease, () => null);
}

/**
 * The release the page's figures are from, as citations, printed pages and downloaded charts name it: the one the
 * address asks for when the page shows it (in part or in whole), else the current one (datapackage.json); null while
 * that loads.
 */
export function useDataRelease(): { version: string; created: string } | null {
  const shown = useShownRelease();
  const publication = usePublication();
  if (shown && shown.status !== 'missing') return { version: shown.version, created: shown.manifest.created };
  return publication.status === 'ok' ? publication.publication : null;
}
