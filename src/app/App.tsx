import { useEffect } from 'react';
import { DataProvider } from '../data/DataContext';
import type { LoadResult } from '../data/fetchData';
import { useUrlSync } from '../state/useUrlSync';
import { useDocumentSettings } from './useDocumentSettings';
import { Shell } from './Shell';

/** The whole app; `data` when the caller has already loaded (or, prerendering, read) the dataset. */
export function App({ data }: { data?: LoadResult }) {
  useUrlSync();
  useDocumentSettings();
  // Marks the page as live (hydrated or rendered): before this a prerendered page's controls are not wired yet.
  useEffect(() => {
    document.documentElement.setAttribute('data-ready', '');
  }, []);
  return (
    <DataProvider initial={data}>
      <Shell />
    </DataProvider>
  );
}
