import type { Dataset } from './schema';

/**
 * The published data files, in the order the error panel lists them, and the dataset property each fills: the one
 * list the data build, the prerender and the page read. Kept free of zod: the page loads this.
 */
export const DATA_KEYS = {
  'projects.json': 'projects',
  'funding.json': 'funding',
  'themes.json': 'themes',
  'regions.json': 'regions',
  'sources.json': 'sources',
  'quality.json': 'quality',
  'programme.json': 'programme',
  'events.json': 'events',
  'details.json': 'details',
  'report.json': 'report',
} as const satisfies Record<string, keyof Dataset>;

export type DataFileName = keyof typeof DATA_KEYS;
export const DATA_FILE_NAMES = Object.keys(DATA_KEYS) as DataFileName[];

/**
 * What went wrong with one file, as values the error panel words in the page's language. `message` is the browser's
 * or the validator's own text (English), shown labelled as technical detail.
 */
export type DataFileProblem =
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number }
  | { kind: 'json'; message: string }
  | { kind: 'schema'; message: string };

export interface DataFileError {
  file: DataFileName;
  problem: DataFileProblem;
}

/** A dataset, or which files could not be used and the rest: what the build's check, the prerender and the page share. */
export type LoadResult =
  { ok: true; dataset: Dataset } | { ok: false; errors: DataFileError[]; partial: Partial<Dataset> };

/**
 * Thrown when a view reads a file that failed to load. The view's error boundary shows the data error panel for
 * it, so only the views that need a broken file lose their content.
 */
export class DataFileUnavailable extends Error {
  /** `error` is the file the view read; `errors` every file that failed, that one first. */
  constructor(
    readonly error: DataFileError,
    readonly errors: DataFileError[],
  ) {
    super(`data/${error.file} could not be used`);
    this.name = 'DataFileUnavailable';
  }
}

/**
 * The dataset a view reads after a partial failure: the files that loaded, and for each broken one a property that
 * throws DataFileUnavailable when read.
 */
export function guardedDataset(partial: Partial<Dataset>, errors: DataFileError[]): Dataset {
  const dataset = { ...partial };
  for (const error of errors) {
    Object.defineProperty(dataset, DATA_KEYS[error.file], {
      enumerable: true,
      get() {
        throw new DataFileUnavailable(error, [error, ...errors.filter((e) => e !== error)]);
      },
    });
  }
  return dataset as Dataset;
}

/** One data file as it arrived: its text, or why it did not. */
export type FetchedFile = { text: string } | { error: DataFileProblem };
export type FetchedFiles = Record<DataFileName, FetchedFile>;

/** One file's text, or why it did not arrive (a network failure, an HTTP status). */
export async function fetchText(url: string, fetcher: typeof fetch = fetch): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (e) {
    return { error: { kind: 'network', message: (e as Error).message } };
  }
  if (!response.ok) return { error: { kind: 'http', status: response.status } };
  try {
    return { text: await response.text() };
  } catch (e) {
    return { error: { kind: 'network', message: (e as Error).message } };
  }
}

/** Fetches every data file relative to the site's base URL, as text; a file that does not arrive is named with its problem. */
export async function fetchDataFiles(baseUrl: string, fetcher: typeof fetch = fetch): Promise<FetchedFiles> {
  const results = await Promise.all(DATA_FILE_NAMES.map((file) => fetchText(`${baseUrl}data/${file}`, fetcher)));
  return Object.fromEntries(DATA_FILE_NAMES.map((file, i) => [file, results[i]!])) as FetchedFiles;
}

/**
 * Parses the fetched files. They were validated when they were built (scripts/write.ts, with the schemas of
 * data/schema.ts), so the page only reads them; a file that is not JSON is named with its problem.
 */
export function parseDataFiles(files: FetchedFiles): LoadResult {
  const partial: Record<string, unknown> = {};
  const errors: DataFileError[] = [];
  for (const file of DATA_FILE_NAMES) {
    const fetched = files[file];
    if ('error' in fetched) {
      errors.push({ file, problem: fetched.error });
      continue;
    }
    try {
      partial[DATA_KEYS[file]] = JSON.parse(fetched.text);
    } catch (e) {
      errors.push({ file, problem: { kind: 'json', message: (e as Error).message } });
    }
  }
  return errors.length ? { ok: false, errors, partial } : { ok: true, dataset: partial as unknown as Dataset };
}

/**
 * Whether the fetched files are the release the page was built and validated with (`release`, from the page): the
 * data package fetched beside them names that release, and every file has the size in bytes the package states for
 * it. Files of another release, or replaced on the server, are checked against the schemas (data/load.ts
 * `validateLoaded`); the page does not hash them.
 */
export function isBuiltRelease(
  files: FetchedFiles,
  publication: { version: string; resources: { path: string; bytes: number }[] } | null,
  release: string | undefined,
): boolean {
  if (!publication || !release || publication.version !== release) return false;
  const sizes = new Map(publication.resources.map((r) => [r.path, r.bytes]));
  const encoder = new TextEncoder();
  return DATA_FILE_NAMES.every((file) => {
    const fetched = files[file];
    return 'text' in fetched && encoder.encode(fetched.text).length === sizes.get(file);
  });
}

/** Fetches and parses every data file relative to the site's base URL. */
export async function loadDataset(baseUrl: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  return parseDataFiles(await fetchDataFiles(baseUrl, fetcher));
}
