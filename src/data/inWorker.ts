/**
 * Sends one message to a fresh worker and resolves with its one reply. Where no worker can start (tests, an old
 * browser, a blocked script) `here` does the same work on this thread instead.
 */
export function inWorker<In, Out>(create: () => Worker, message: In, here: () => Promise<Out>): Promise<Out> {
  if (typeof Worker === 'undefined') return here();
  return new Promise((resolve) => {
    const worker = create();
    worker.onmessage = (event: MessageEvent<Out>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(here());
    };
    worker.postMessage(message);
  });
}
