import { fetchDataTexts, type FetchedFile } from './fetchData';
import type { DataFileName } from './schema';
import type { LoadResult } from './load';

/**
 * Loads the dataset with its parsing and validation in a worker, so neither zod's code nor its work is on the main
 * thread. The page fetches the texts (or the entry script has begun to). Where no worker can start (tests,
 * an old browser) the same code runs here instead.
 */
export async function loadDatasetOffThread(
  baseUrl: string,
  fetcher: typeof fetch = fetch,
  fetched: Promise<Record<DataFileName, FetchedFile>> = fetchDataTexts(baseUrl, fetcher),
): Promise<LoadResult> {
  const texts = await fetched;
  const here = () => import('./load').then((m) => m.parseDataset(texts));
  if (typeof Worker === 'undefined') return here();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LoadResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(here());
    };
    worker.postMessage(texts);
  });
}
