import type { z } from 'zod';
import { DATA_FILES, type DataFileName, type Dataset } from './schema';
import {
  DATA_FILE_NAMES,
  DATA_KEYS,
  fetchDataTexts,
  type DataFileError,
  type DataFileProblem,
  type FetchedFile,
} from './fetchData';

export { DataFileUnavailable, guardedDataset, type DataFileError, type DataFileProblem } from './fetchData';

export type LoadResult =
  { ok: true; dataset: Dataset } | { ok: false; errors: DataFileError[]; partial: Partial<Dataset> };

export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${parts.join('; ')} (+${more})` : parts.join('; ');
}

function parseFile(file: DataFileName, fetched: FetchedFile): { value?: unknown; error?: DataFileProblem } {
  if ('error' in fetched) return { error: fetched.error };
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch (e) {
    return { error: { kind: 'json', message: (e as Error).message } };
  }
  const parsed = DATA_FILES[file].safeParse(json);
  if (!parsed.success) return { error: { kind: 'schema', message: describeIssues(parsed.error) } };
  return { value: parsed.data };
}

/** Parses and validates the fetched files with the shared schemas (the work the data worker does). */
export function parseDataset(texts: Record<DataFileName, FetchedFile>): LoadResult {
  const partial: Partial<Dataset> = {};
  const errors: DataFileError[] = [];
  for (const file of DATA_FILE_NAMES) {
    const r = parseFile(file, texts[file]);
    if (r.error !== undefined) errors.push({ file, problem: r.error });
    else (partial as Record<string, unknown>)[DATA_KEYS[file]] = r.value;
  }
  return errors.length ? { ok: false, errors, partial } : { ok: true, dataset: partial as Dataset };
}

/** Fetches every data file relative to the site's base URL and validates it with the shared schemas. */
export async function loadDataset(baseUrl: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  return parseDataset(await fetchDataTexts(baseUrl, fetcher));
}
