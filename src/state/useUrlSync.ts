import { useEffect } from 'react';
import { useAppStore, urlStateOf } from './store';
import { decodeUrlState, encodeUrlState } from './url';

/**
 * Mirrors the store in the query string: a filter or view change pushes a history entry (so back/forward step
 * through them), typing in the search box replaces the current one, and popstate restores the state.
 */
export function useUrlSync() {
  useEffect(() => {
    useAppStore.getState().restore(decodeUrlState(window.location.search));
    let lastQ = useAppStore.getState().filters.q;
    const unsubscribe = useAppStore.subscribe((state) => {
      const search = encodeUrlState(urlStateOf(state));
      if (search === window.location.search || (search === '' && window.location.search === '')) {
        lastQ = state.filters.q;
        return;
      }
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (state.filters.q !== lastQ) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastQ = state.filters.q;
    });
    const onPop = () => useAppStore.getState().restore(decodeUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
