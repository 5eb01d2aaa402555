import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';

/**
 * The page's address as the browser shows it, kept current: the URL sync writes the address when the store
 * changes, and back/forward change it; whatever the address scheme, this reads the result.
 */
export function useCurrentAddress(): string {
  const [href, setHref] = useState(() => window.location.href);
  useEffect(() => {
    const update = () => setHref(window.location.href);
    // Deferred: this component's effect subscribes before the app's URL sync (children's effects run first),
    // so the address is read once every listener, the sync included, has run.
    const unsubscribe = useAppStore.subscribe(() => queueMicrotask(update));
    window.addEventListener('popstate', update);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', update);
    };
  }, []);
  return href;
}
