import type { DataFileName } from './schema';

/** The data files the app loads, in the order the error panel lists them. Kept free of zod: the page loads this. */
export const DATA_FILE_NAMES: readonly DataFileName[] = ['projects.json', 'funding.json', 'themes.json', 'regions.json', 'sources.json', 'quality.json', 'programme.json', 'events.json', 'details.json', 'report.json'];

export interface DataFileError {
  file: DataFileName;
  /** What went wrong, in plain words: HTTP status, JSON syntax, or the first schema violations with their paths. */
  detail: string;
}

/** A file's text, or why there is none. */
export type FetchedFile = { text: string } | { error: string };

/** Fetches every data file's text relative to the site's base URL (the page's preloads answer these requests). */
export function fetchDataTexts(baseUrl: string, fetcher: typeof fetch = fetch): Promise<Record<DataFileName, FetchedFile>> {
  const one = async (file: DataFileName): Promise<FetchedFile> => {
    let response: Response;
    try {
      response = await fetcher(`${baseUrl}data/${file}`);
    } catch (e) {
      return { error: `network error: ${(e as Error).message}` };
    }
    if (!response.ok) return { error: `HTTP ${response.status} ${response.statusText}`.trim() };
    return { text: await response.text() };
  };
  return Promise.all(DATA_FILE_NAMES.map(one)).then((texts) => Object.fromEntries(DATA_FILE_NAMES.map((f, i) => [f, texts[i]!])) as Record<DataFileName, FetchedFile>);
}
