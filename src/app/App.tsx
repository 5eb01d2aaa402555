import { useEffect } from 'react';
import { DataProvider } from '../data/DataContext';
import type { LoadResult } from '../data/fetchData';
import { useAddressApplied, useUrlSync } from '../state/useUrlSync';
import { useDocumentSettings } from './useDocumentSettings';
import { Shell } from './Shell';

/** The whole app; `data` when the caller has already loaded (or, prerendering, read) the dataset. */
export function App({ data }: { data?: LoadResult }) {
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
 * Marks the page as live once it is hydrated (or rendered) and shows its address's filters: before this a prerendered
 * page's controls are not wired yet and its tables may still be unfiltered. A leaf, so its re-render is only its own.
 */
function ReadyMark() {
  const applied = useAddressApplied();
  useEffect(() => {
    if (applied) document.documentElement.setAttribute('data-ready', '');
  }, [applied]);
  return null;
}
