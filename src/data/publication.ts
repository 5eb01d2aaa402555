import { useEffect, useState } from 'react';
import { z } from 'zod';
import { describeIssues } from './load';

/** The part of datapackage.json (written by the data build) that the app reads: the release and every file. */
const PerLang = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export const Publication = z.object({
  version: z.string().min(1),
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
  licenses: z.array(z.object({ name: z.string(), title: z.string(), path: z.string() })).min(1),
  sources: z.array(z.object({ title: z.string() })),
  resources: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      format: z.enum(['json', 'csv']),
      bytes: z.number().int().nonnegative(),
      titles: PerLang,
      descriptions: PerLang,
    }),
  ),
});
export type Publication = z.infer<typeof Publication>;

export type PublicationState = { status: 'loading' } | { status: 'ok'; publication: Publication; bytes: number } | { status: 'error'; detail: string };

/** The descriptor's own file name, listed on the data page beside the files it describes. */
export const PACKAGE_FILE = 'datapackage.json';

const cache = new Map<string, Promise<PublicationState>>();

export async function loadPublication(baseUrl: string, fetcher: typeof fetch = fetch): Promise<PublicationState> {
  try {
    const response = await fetcher(`${baseUrl}data/${PACKAGE_FILE}`);
    if (!response.ok) return { status: 'error', detail: `${PACKAGE_FILE}: HTTP ${response.status}` };
    const text = await response.text();
    const parsed = Publication.safeParse(JSON.parse(text));
    if (!parsed.success) return { status: 'error', detail: `${PACKAGE_FILE}: ${describeIssues(parsed.error)}` };
    return { status: 'ok', publication: parsed.data, bytes: new TextEncoder().encode(text).length };
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
