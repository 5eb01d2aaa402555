/**
 * Fetching and reading datapackage.json, free of React: the entry script compares its release with the page's
 * before the app has loaded (src/boot.ts).
 */
import { BASE_URL } from './config';
import type { Publication, PublicationCheck } from './publicationSchema';

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
