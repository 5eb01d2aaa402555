import { fetchDataTexts } from './fetchData';
import { parseDataset } from './load';
import { datasetMessages, transferables, type WorkerMessage } from './transfer';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/**
 * Fetches, parses and validates the data files and builds the project rows' computed parts, all off the main
 * thread: zod never loads on the page, and the page never holds the files' text. `event.data` is the site's
 * absolute base URL.
 */
self.onmessage = async (event: MessageEvent<string>) => {
  try {
    const result = parseDataset(await fetchDataTexts(event.data));
    if (!result.ok) return post({ type: 'failed', result });
    for (const message of datasetMessages(result.dataset)) post(message, transferables(message));
  } catch (e) {
    // A rejected promise in a worker never reaches the page's error handler: say so, or the page waits forever.
    post({ type: 'crashed', message: String(e) });
  }
};
