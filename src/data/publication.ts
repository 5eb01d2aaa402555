import { createContext, startTransition, useContext, useEffect, useState } from 'react';
import { preloadPublication, type PublicationState } from './publicationFile';

/**
 * The release the page renders with at once: the prerender's (checked from the built site) and, so that hydration
 * matches it, the one the browser fetched before hydrating; null where it is fetched after the first render.
 */
export const PublicationContext = createContext<PublicationState | null>(null);

/** The data's release (date, version, files), fetched once per page load and shared by every caller. */
export function usePublication(): PublicationState {
  const given = useContext(PublicationContext);
  const [state, setState] = useState<PublicationState>(() => given ?? { status: 'loading' });
  useEffect(() => {
    if (given) return;
    let live = true;
    // A transition: the release arrives while the page is loading, and its re-render need not block the reader.
    preloadPublication().then((s) => live && startTransition(() => setState(s)));
    return () => {
      live = false;
    };
  }, [given]);
  return state;
}
