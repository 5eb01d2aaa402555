import { fetchDataTexts } from './fetchData';
import type { LoadResult } from './load';
import { datasetAssembler, type WorkerMessage } from './transfer';

/**
 * Loads the dataset with its fetching, parsing, validation and row building in a worker, so neither zod's code
 * nor that work is on the main thread, and the dataset arrives in chunks that each cost the page a short task
 * (data/transfer.ts). The worker fetches the files too: fetched here, their text would pass through this thread
 * (seconds at 100 000 projects). The entry script (boot.ts) calls this right after the first paint. Where no worker
 * can start or it fails (tests, an old browser) the same code runs here.
 */
export async function loadDatasetOffThread(baseUrl: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const here = async () => {
    const texts = await fetchDataTexts(baseUrl, fetcher);
    return import('./load').then((m) => m.parseDataset(texts));
  };
  if (typeof Worker === 'undefined') return here();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    const assembler = datasetAssembler();
    const finish = (result: LoadResult | Promise<LoadResult>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'failed') return finish(message.result);
      if (message.type === 'crashed') {
        console.warn('The data worker failed; loading on the page instead:', message.message);
        return finish(here());
      }
      const assembled = assembler.add(message);
      if (assembled) finish({ ok: true, dataset: assembled.dataset });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(here());
    };
    // A relative base would resolve against the worker script's own address.
    worker.postMessage(new URL(baseUrl, window.location.href).href);
  });
}
