import { useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store';

function subscribe(listener: () => void) {
  // Deferred: the store's listeners include the app's URL sync, so the address is read once it has written it.
  const unsubscribe = useAppStore.subscribe(() => queueMicrotask(listener));
  window.addEventListener('popstate', listener);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', listener);
  };
}

/**
 * The page's address as the browser shows it, kept current: the URL sync writes the address when the store
 * changes, and back/forward change it; whatever the address scheme, this reads the result. The prerendered page
 * (and the hydration that matches it) has no address yet: '' there, the real one right after.
 */
export function useCurrentAddress(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.href,
    () => '',
  );
}
