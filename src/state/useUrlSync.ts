import { useLayoutEffect, useSyncExternalStore } from 'react';
import { urlStateOf, useAppStoreApi, type AppStore } from './store';
import { decodeLocation, encodeLocation } from './url';

/**
 * Mirrors the store in the address (the page's path and the query string): a filter or view change pushes a
 * history entry (so back/forward step through them), typing in the search box replaces the current one, and
 * popstate restores the state. The first render shows the page as prerendered; the query's filters apply after.
 */
export function useUrlSync() {
  const store = useAppStoreApi();
  // A layout effect: the query's filters apply before the hydrated page first paints, so it does not flash unfiltered.
  useLayoutEffect(() => {
    // Restoring equal state would still hand every subscriber new objects: one synchronous re-render of the whole
    // page right after hydration, which is the longest task a page load has.
    const restoreIfChanged = () => {
      if (!addressApplied(store)) store.getState().restore(addressState());
    };
    restoreIfChanged();
    let lastQ = store.getState().filters.q;
    const unsubscribe = store.subscribe((state) => {
      const address = encodeLocation(urlStateOf(state));
      if (address === `${window.location.pathname}${window.location.search}`) {
        lastQ = state.filters.q;
        return;
      }
      const url = `${address}${window.location.hash}`;
      if (state.filters.q !== lastQ) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastQ = state.filters.q;
    });
    const onPop = restoreIfChanged;
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
}

/** Whether the store holds what the address says: false from a prerendered page's first render until the query's filters have applied. */
function addressApplied(store: AppStore): boolean {
  return encodeLocation(addressState()) === encodeLocation(urlStateOf(store.getState()));
}

const addressState = () => decodeLocation(window.location.pathname, window.location.search);

/**
 * True once the page shows what its address asks for. A prerendered page hydrates unfiltered and re-renders with the
 * query's filters after; a reader (or a test) that acts before then sees the wrong rows.
 */
export function useAddressApplied(): boolean {
  const store = useAppStoreApi();
  return useSyncExternalStore(
    store.subscribe,
    () => addressApplied(store),
    () => false,
  );
}
