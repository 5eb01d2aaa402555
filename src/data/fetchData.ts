import type { DataFileName, Dataset } from './schema';

/** The data files the app loads, in the order the error panel lists them. Kept free of zod: the page loads this. */
export const DATA_FILE_NAMES: readonly DataFileName[] = [
  'projects.json',
  'funding.json',
  'themes.json',
  'regions.json',
  'sources.json',
  'quality.json',
  'programme.json',
  'events.json',
  'details.json',
  'report.json',
];

/** The dataset property each file fills. */
export const DATA_KEYS: Record<DataFileName, keyof Dataset> = {
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
};

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

/** A file's text, or why there is none. */
export type FetchedFile = { text: string } | { error: DataFileProblem };

/** Fetches every data file's text relative to the site's base URL (the page's preloads answer these requests). */
export function fetchDataTexts(
  baseUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<Record<DataFileName, FetchedFile>> {
  const one = async (file: DataFileName): Promise<FetchedFile> => {
    let response: Response;
    try {
      response = await fetcher(`${baseUrl}data/${file}`);
    } catch (e) {
      return { error: { kind: 'network', message: (e as Error).message } };
    }
    if (!response.ok) return { error: { kind: 'http', status: response.status } };
    return { text: await response.text() };
  };
  return Promise.all(DATA_FILE_NAMES.map(one)).then(
    (texts) => Object.fromEntries(DATA_FILE_NAMES.map((f, i) => [f, texts[i]!])) as Record<DataFileName, FetchedFile>,
  );
}
