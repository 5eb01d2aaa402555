import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Dataset } from './schema';
import { loadDataset, type LoadResult } from './load';

type DataState = { status: 'loading' } | LoadResult;

const DataContext = createContext<DataState>({ status: 'loading' } as DataState);

export function DataProvider({ children, baseUrl = import.meta.env.BASE_URL }: { children: ReactNode; baseUrl?: string }) {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadDataset(baseUrl).then((result) => live && setState(result));
    return () => {
      live = false;
    };
  }, [baseUrl]);
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
