import type { z } from 'zod';
import { DATA_FILES, type DataFileName, type Dataset } from './schema';

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

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataFileError[]; partial: Partial<Dataset> };

const KEYS: Record<DataFileName, keyof Dataset> = {
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

export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${parts.join('; ')} (+${more})` : parts.join('; ');
}

async function loadFile(baseUrl: string, file: DataFileName, fetcher: typeof fetch): Promise<{ value?: unknown; error?: DataFileProblem }> {
  let response: Response;
  try {
    response = await fetcher(`${baseUrl}data/${file}`);
  } catch (e) {
    return { error: { kind: 'network', message: (e as Error).message } };
  }
  if (!response.ok) return { error: { kind: 'http', status: response.status } };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (e) {
    return { error: { kind: 'json', message: (e as Error).message } };
  }
  const parsed = DATA_FILES[file].safeParse(json);
  if (!parsed.success) return { error: { kind: 'schema', message: describeIssues(parsed.error) } };
  return { value: parsed.data };
}

/** Fetches every data file relative to the site's base URL and validates it with the shared schemas. */
export async function loadDataset(baseUrl: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const files = Object.keys(DATA_FILES) as DataFileName[];
  const results = await Promise.all(files.map((f) => loadFile(baseUrl, f, fetcher)));
  const partial: Partial<Dataset> = {};
  const errors: DataFileError[] = [];
  results.forEach((r, i) => {
    const file = files[i]!;
    if (r.error !== undefined) errors.push({ file, problem: r.error });
    else (partial as Record<string, unknown>)[KEYS[file]] = r.value;
  });
  return errors.length ? { ok: false, errors, partial } : { ok: true, dataset: partial as Dataset };
}

/**
 * The dataset a view reads after a partial failure: the files that loaded, and for each broken one a property that
 * throws DataFileUnavailable when read.
 */
export function guardedDataset(partial: Partial<Dataset>, errors: DataFileError[]): Dataset {
  const dataset = { ...partial };
  for (const error of errors) {
    Object.defineProperty(dataset, KEYS[error.file], {
      enumerable: true,
      get() {
        throw new DataFileUnavailable(error, [error, ...errors.filter((e) => e !== error)]);
      },
    });
  }
  return dataset as Dataset;
}
