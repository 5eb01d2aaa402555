import { useEffect } from 'react';
import { DataProvider } from '../data/DataContext';
import type { LoadResult } from '../data/fetchData';
import { useAddressApplied, useUrlSync } from '../state/useUrlSync';
import { useDocumentSettings } from './useDocumentSettings';
import { Shell } from './Shell';
import { useCurrentAddress } from '../ui/useCurrentAddress';

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
