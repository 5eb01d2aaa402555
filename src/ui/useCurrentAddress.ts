import { startTransition, useEffect, useState } from 'react';
import { SITE_URL } from '../data/config';
import { linkHref } from '../state/links';
import { urlStateOf, useAppStore, useAppStoreApi } from '../state/store';

/**
 * The page's address as the browser shows it, kept current: the URL sync writes the address when the store
 * changes, and back/forward change it; whatever the address scheme, this reads the result. The prerendered page
 * (and the hydration that matches it) has no address yet: '' there, the real one right after, in a transition, so
 * the re-render of every link and citation that shows it does not block the page while it loads. A component that
 * only ever mounts on a live page (`afterHydration`) has the address in its first render.
 */
export function useCurrentAddress({ afterHydration = false } = {}): string {
  const [address, setAddress] = useState(() => (afterHydration ? window.location.href : ''));
  const store = useAppStoreApi();
  useEffect(() => {
    const read = () => startTransition(() => setAddress(window.location.href));
    read();
    // Deferred: the store's listeners include the app's URL sync, so the address is read once it has written it.
    const unsubscribe = store.subscribe(() => queueMicrotask(read));
    window.addEventListener('popstate', read);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', read);
    };
  }, [store]);
  return address;
}

/**
 * The page's address for what the reader takes away (a printed page, a report): the browser's once the page is live,
 * before that the published address of the page the prerender stands for, so a page printed or reported before the
 * app has taken over names it too.
 */
export function usePageAddress(): string {
  const address = useCurrentAddress();
  const published = useAppStore((s) => `${SITE_URL}${linkHref(urlStateOf(s), {})}`);
  return address || published;
}
