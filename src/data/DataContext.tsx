import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Dataset } from './schema';
import type { LoadResult } from './load';
import { loadDatasetOffThread } from './loadOffThread';

type DataState = { status: 'loading' } | LoadResult;

const DataContext = createContext<DataState>({ status: 'loading' } as DataState);

/** Loads the dataset, or supplies the result the entry script (or the prerender) already has. */
export function DataProvider({ children, baseUrl = import.meta.env.BASE_URL, initial }: { children: ReactNode; baseUrl?: string; initial?: LoadResult }) {
  const [state, setState] = useState<DataState>(initial ?? { status: 'loading' });
  useEffect(() => {
    if (initial) return;
    let live = true;
    loadDatasetOffThread(baseUrl).then((result) => live && setState(result));
    return () => {
      live = false;
    };
  }, [baseUrl, initial]);
  return <DataContext.Provider value={state}>{children}</DataContext.Provider>;
}

export function useDataState(): DataState {
  return useContext(DataContext);
}

/** The loaded dataset; only call below the shell's loading and error gates. */
export function useDataset(): Dataset {
  const state = useContext(DataContext);
  if (!('ok' in state) || !state.ok) throw new Error('useDataset() called before the data loaded');
  return state.dataset;
}

/** Supplies an already loaded dataset (tests, stories). */
export function StaticDataProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  return <DataContext.Provider value={{ ok: true, dataset }}>{children}</DataContext.Provider>;
}
