import { createContext, startTransition, useContext, useEffect, useState } from 'react';
import { BASE_URL } from './config';
import type { Publication, PublicationCheck } from './publicationSchema';

export type { Publication };

export type PublicationState =
  | { status: 'loading' }
  | { status: 'ok'; publication: Publication; bytes: number }
  | { status: 'error'; detail: string };

/** The descriptor's own file name, listed on the data page beside the files it describes. */
export const PACKAGE_FILE = 'datapackage.json';

let loading: Promise<PublicationState> | undefined;

/** Fetches the release once per page load. */
export function preloadPublication(): Promise<PublicationState> {
  loading ??= loadPublication(BASE_URL);
  return loading;
}

/**
 * The release the page renders with at once: the prerender's (checked from the built site) and, so that hydration
 * matches it, the one the browser fetched before hydrating; null where it is fetched after the first render.
 */
export const PublicationContext = createContext<PublicationState | null>(null);

/** What the check of datapackage.json's text gives, as the page states it. */
export function publicationState(text: string, checked: PublicationCheck): PublicationState {
  if ('problem' in checked) return { status: 'error', detail: `${PACKAGE_FILE}: ${checked.problem}` };
  return { status: 'ok', publication: checked.publication, bytes: new TextEncoder().encode(text).length };
}

/**
 * The release as the page reads it: datapackage.json is written by the data build and checked against its schema by
 * the prerender (data/publicationSchema.ts), so the page only parses it.
 */
export async function loadPublication(baseUrl: string, fetcher: typeof fetch = fetch): Promise<PublicationState> {
  try {
    const response = await fetcher(`${baseUrl}data/${PACKAGE_FILE}`);
    if (!response.ok) return { status: 'error', detail: `${PACKAGE_FILE}: HTTP ${response.status}` };
    const text = await response.text();
    return publicationState(text, { publication: JSON.parse(text) as Publication });
  } catch (e) {
    return { status: 'error', detail: `${PACKAGE_FILE}: ${(e as Error).message}` };
  }
}

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
