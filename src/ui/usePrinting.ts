import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. Charts measure their width in script, for the screen; between `beforeprint`
 * and `afterprint` they draw for the paper instead, and the projects table renders every row. The re-render is
 * flushed inside `beforeprint`, so the browser lays out the printed page after it.
 */
let printing = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => {
  printing = value;
  listeners.forEach((l) => l());
};

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => flushSync(() => set(true)));
  window.addEventListener('afterprint', () => set(false));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/** The width of the text column on A4 with the print margins (210 mm − 2 × 12 mm at 96 px per inch), less a chart frame's padding. */
export const PAPER_CONTENT_WIDTH = 640;
