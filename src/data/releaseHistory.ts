import { createContext, use, useContext } from 'react';
import { BASE_URL } from './config';
import { fetchText } from './fetchData';
import type { ReleaseHistory } from './releases';

/**
 * The history of every release (data/releases.ts). It is no file of a release, so it is not one of the dataset's
 * files (data/fetchData.ts) that every page loads and every release keeps: the changes page reads it.
 */
export const HISTORY_FILE = 'releases.json';

/** Fetches and parses the history; it was validated when it was built (scripts/releases.ts), so it is only read. */
export async function loadReleaseHistory(baseUrl: string, fetcher: typeof fetch = fetch): Promise<ReleaseHistory> {
  const fetched = await fetchText(`${baseUrl}data/${HISTORY_FILE}`, fetcher);
  if ('error' in fetched) {
    const { error } = fetched;
    throw new Error(`data/${HISTORY_FILE}: ${'status' in error ? `HTTP ${error.status}` : error.message}`);
  }
  return JSON.parse(fetched.text) as ReleaseHistory;
}

let loading: Promise<ReleaseHistory> | undefined;

/** Fetches the history once per page load; after a failure the next call tries again. */
export function preloadReleaseHistory(): Promise<ReleaseHistory> {
  loading ??= loadReleaseHistory(BASE_URL).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The history the page renders with at once: the prerender's, and the one the browser fetched before hydrating. */
export const ReleaseHistoryContext = createContext<ReleaseHistory | null>(null);

/** The history; a page that does not have it yet suspends until it arrives (a failure goes to the view's boundary). */
export function useReleaseHistory(): ReleaseHistory {
  return useContext(ReleaseHistoryContext) ?? use(preloadReleaseHistory());
}
