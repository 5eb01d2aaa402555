import type { z } from 'zod';
import { DATA_FILES, type DataFileName, type Dataset } from './schema';

export interface DataFileError {
  file: DataFileName;
  /** What went wrong, in plain words: HTTP status, JSON syntax, or the first schema violations with their paths. */
  detail: string;
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

async function loadFile(baseUrl: string, file: DataFileName, fetcher: typeof fetch): Promise<{ value?: unknown; error?: string }> {
  let response: Response;
  try {
    response = await fetcher(`${baseUrl}data/${file}`);
  } catch (e) {
    return { error: `network error: ${(e as Error).message}` };
  }
  if (!response.ok) return { error: `HTTP ${response.status} ${response.statusText}`.trim() };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
  const parsed = DATA_FILES[file].safeParse(json);
  if (!parsed.success) return { error: `does not match the schema: ${describeIssues(parsed.error)}` };
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
    if (r.error !== undefined) errors.push({ file, detail: r.error });
    else (partial as Record<string, unknown>)[KEYS[file]] = r.value;
  });
  return errors.length ? { ok: false, errors, partial } : { ok: true, dataset: partial as Dataset };
}
