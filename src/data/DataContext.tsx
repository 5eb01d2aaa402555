import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { BASE_URL } from './config';
import type { Dataset } from './schema';
import { guardedDataset, loadDataset, type LoadResult } from './fetchData';

type DataState = { status: 'loading' } | LoadResult;

const guarded = new WeakMap<object, Dataset>();

const DataContext = createContext<DataState>({ status: 'loading' } as DataState);

/** Loads the dataset, or supplies the result the entry script (or the prerender) already has. */
export function DataProvider({
  children,
  baseUrl = BASE_URL,
  initial,
}: {
  children: ReactNode;
  baseUrl?: string;
  initial?: LoadResult;
}) {
  const [state, setState] = useState<DataState>(initial ?? { status: 'loading' });
  useEffect(() => {
    if (initial) return;
    let live = true;
    loadDataset(baseUrl).then((result) => live && setState(result));
    return () => {
      live = false;
    };
  }, [baseUrl, initial]);
  return <DataContext.Provider value={state}>{children}</DataContext.Provider>;
}

export function useDataState(): DataState {
  return useContext(DataContext);
}

/**
 * The loaded dataset; only call below the shell's loading gate. When some files failed, reading one of them throws
 * DataFileUnavailable, which the view's error boundary turns into the data error panel.
 */
export function useDataset(): Dataset {
  const state = useContext(DataContext);
  if (!('ok' in state)) throw new Error('useDataset() called before the data loaded');
  if (state.ok) return state.dataset;
  let dataset = guarded.get(state);
  if (!dataset) {
    dataset = guardedDataset(state.partial, state.errors);
    guarded.set(state, dataset);
  }
  return dataset;
}

/** Supplies an already loaded dataset (tests, stories). */
export function StaticDataProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  return <DataContext.Provider value={{ ok: true, dataset }}>{children}</DataContext.Provider>;
}
