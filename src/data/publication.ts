import { startTransition, useEffect, useState } from 'react';
import { BASE_URL } from './config';
import type { Publication, PublicationCheck } from './publicationSchema';

export type { Publication };

export type PublicationState =
  | { status: 'loading' }
  | { status: 'ok'; publication: Publication; bytes: number }
  | { status: 'error'; detail: string };

/** The descriptor's own file name, listed on the data page beside the files it describes. */
export const PACKAGE_FILE = 'datapackage.json';

const cache = new Map<string, Promise<PublicationState>>();
/** Releases already checked, which a page renders at once: the data page's prerender and its hydration start from it. */
const ready = new Map<string, PublicationState>();

/** Fetches and checks the release once per page load; resolves when it is ready for a synchronous first render. */
export function preloadPublication(baseUrl: string = BASE_URL): Promise<PublicationState> {
  const known = ready.get(baseUrl);
  if (known) return Promise.resolve(known);
  if (!cache.has(baseUrl))
    cache.set(
      baseUrl,
      loadPublication(baseUrl).then((state) => (ready.set(baseUrl, state), state)),
    );
  return cache.get(baseUrl)!;
}

/** The prerender's release (checked from the built site), or none for a page whose hydration does not wait for it. */
export function setRenderedPublication(baseUrl: string, state: PublicationState | null): void {
  cache.delete(baseUrl);
  ready.delete(baseUrl);
  if (state) ready.set(baseUrl, state);
}

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
export function usePublication(baseUrl: string = BASE_URL): PublicationState {
  const [state, setState] = useState<PublicationState>(() => ready.get(baseUrl) ?? { status: 'loading' });
  useEffect(() => {
    let live = true;
    // A transition: the release arrives while the page is loading, and its re-render need not block the reader.
    preloadPublication(baseUrl).then((s) => live && startTransition(() => setState(s)));
    return () => {
      live = false;
    };
  }, [baseUrl]);
  return state;
}
