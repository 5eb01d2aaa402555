/**
 * Whether a new release of the site is ready to replace the one this page runs, and what reloading into it does:
 * set by the service worker's registration (src/app/serviceWorker.ts), read by the note (UpdateNote.tsx). Kept
 * outside the store, so that the entry's registration does not load it.
 */
let reload: (() => void) | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(apply: () => void): void {
  reload = apply;
  for (const listener of listeners) listener();
}

export const updateOffered = (): (() => void) | null => reload;

export function onUpdateOffered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
