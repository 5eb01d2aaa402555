import { DataProvider } from '../data/DataContext';
import type { LoadResult } from '../data/load';
import { useUrlSync } from '../state/useUrlSync';
import { useDocumentSettings } from './useDocumentSettings';
import { Shell } from './Shell';

/** The whole app; `data` when the caller has already loaded (or, prerendering, read) the dataset. */
export function App({ data }: { data?: LoadResult }) {
  useUrlSync();
  useDocumentSettings();
  return (
    <DataProvider initial={data}>
      <Shell />
    </DataProvider>
  );
}
