import { fetchDataTexts } from './fetchData';
import { parseDataset } from './load';
import { datasetMessages, transferables, type WorkerMessage } from './transfer';
import { checkPublicationText } from './publicationSchema';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** What the page asks: the dataset (the site's absolute base URL), or the check of datapackage.json's text. */
export type WorkerRequest = string | { publicationText: string };

/**
 * Fetches, parses and validates the data files and builds the project rows' computed parts, all off the main
 * thread: zod never loads on the page, and the page never holds the files' text. The same worker checks the data
 * release (data/publication.ts), so zod and the schemas are downloaded once.
 */
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  if (typeof event.data !== 'string') return self.postMessage(checkPublicationText(event.data.publicationText));
  try {
    const result = parseDataset(await fetchDataTexts(event.data));
    if (!result.ok) return post({ type: 'failed', result });
    for (const message of datasetMessages(result.dataset)) post(message, transferables(message));
  } catch (e) {
    // A rejected promise in a worker never reaches the page's error handler: say so, or the page waits forever.
    post({ type: 'crashed', message: String(e) });
  }
};
