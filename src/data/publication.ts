import { useEffect, useState } from 'react';
import { inWorker } from './inWorker';
import type { Publication, PublicationCheck } from './publicationSchema';

export type { Publication };

export type PublicationState = { status: 'loading' } | { status: 'ok'; publication: Publication; bytes: number } | { status: 'error'; detail: string };

/** The descriptor's own file name, listed on the data page beside the files it describes. */
export const PACKAGE_FILE = 'datapackage.json';

const cache = new Map<string, Promise<PublicationState>>();

export async function loadPublication(baseUrl: string, fetcher: typeof fetch = fetch): Promise<PublicationState> {
  try {
    const response = await fetcher(`${baseUrl}data/${PACKAGE_FILE}`);
    if (!response.ok) return { status: 'error', detail: `${PACKAGE_FILE}: HTTP ${response.status}` };
    const text = await response.text();
    // zod and its work stay off the page's own thread, as for the data files.
    const checked = await inWorker<string, PublicationCheck>(
      () => new Worker(new URL('./publication.worker.ts', import.meta.url), { type: 'module' }),
      text,
      () => import('./publicationSchema').then((m) => m.checkPublicationText(text)),
    );
    if ('problem' in checked) return { status: 'error', detail: `${PACKAGE_FILE}: ${checked.problem}` };
    return { status: 'ok', publication: checked.publication, bytes: new TextEncoder().encode(text).length };
  } catch (e) {
    return { status: 'error', detail: `${PACKAGE_FILE}: ${(e as Error).message}` };
  }
}

/** The data's release (date, version, files), fetched once per page load and shared by every caller. */
export function usePublication(baseUrl: string = import.meta.env.BASE_URL): PublicationState {
  const [state, setState] = useState<PublicationState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    if (!cache.has(baseUrl)) cache.set(baseUrl, loadPublication(baseUrl));
    cache.get(baseUrl)!.then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [baseUrl]);
  return state;
}
