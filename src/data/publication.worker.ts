import { checkPublicationText } from './publicationSchema';

/** Checks datapackage.json off the main thread, like the data files (load.worker.ts). */
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(checkPublicationText(event.data));
};
