import { parseDataset } from './load';

/** Parses and validates the data files off the main thread: zod and its schemas never load on the page itself. */
self.onmessage = (event: MessageEvent<Parameters<typeof parseDataset>[0]>) => {
  self.postMessage(parseDataset(event.data));
};
