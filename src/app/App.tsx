import { useEffect } from 'react';
import { DataProvider } from '../data/DataContext';
import type { LoadResult } from '../data/fetchData';
import { PublicationContext } from '../data/publication';
import type { PublicationState } from '../data/publicationFile';
import { ReleaseHistoryContext } from '../data/releaseHistory';
import type { ReleaseHistory } from '../data/releases';
import { AppStoreProvider, type AppStore } from '../state/store';
import { useAddressApplied, useUrlSync } from '../state/useUrlSync';
import { useDocumentSettings } from './useDocumentSettings';
import { Shell } from './Shell';
import { useCurrentAddress } from '../ui/useCurrentAddress';

/**
 * The whole app on the page's store; `data`, `publication` and `history` when the caller has already loaded (or,
 * prerendering, read) the dataset, the release and the history of releases.
 */
export function App({
  store,
  data,
  publication,
  history,
}: {
  store: AppStore;
  data?: LoadResult;
  publication?: PublicationState;
  history?: ReleaseHistory | null;
}) {
  return (
    <AppStoreProvider store={store}>
      <PublicationContext.Provider value={publication ?? null}>
        <ReleaseHistoryContext.Provider value={history ?? null}>
          <Page data={data} />
        </ReleaseHistoryContext.Provider>
      </PublicationContext.Provider>
    </AppStoreProvider>
  );
}

function Page({ data }: { data?: LoadResult }) {
  useUrlSync();
  useDocumentSettings();
  return (
    <DataProvider initial={data}>
      <Shell />
      <ReadyMark />
    </DataProvider>
  );
}

/**
 * Marks the page as live (`<html data-ready>`) once it is hydrated (or rendered), shows its address's filters and has
 * the address in its links and print header: before this a prerendered page's controls say they are not ready yet
 * (app.css) and its tables may still be unfiltered. A leaf, so its re-render is only its own.
 */
function ReadyMark() {
  const applied = useAddressApplied();
  // Read in the same transition as every other reader of the address, so the mark comes with their update.
  const shown = useCurrentAddress() !== '';
  useEffect(() => {
    if (!applied || !shown) return;
    document.documentElement.setAttribute('data-ready', '');
  }, [applied, shown]);
  return null;
}
