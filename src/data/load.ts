import type { z } from 'zod';
import { DATA_FILES, type Dataset } from './schema';
import { DATA_FILE_NAMES, DATA_KEYS, type DataFileError, type LoadResult } from './fetchData';

export type { DataFileError, DataFileProblem, LoadResult } from './fetchData';

export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${parts.join('; ')} (+${more})` : parts.join('; ');
}

/**
 * The one check of the data files against the schemas: the data build runs it before writing, the prerender before
 * rendering, and a page whose view broke runs it to name the file (ui/ViewBoundary). `values` are the files'
 * parsed contents, by file name.
 */
export function validateDataset(values: Partial<Record<keyof typeof DATA_KEYS, unknown>>): LoadResult {
  const partial: Record<string, unknown> = {};
  const errors: DataFileError[] = [];
  for (const file of DATA_FILE_NAMES) {
    const parsed = DATA_FILES[file].safeParse(values[file]);
    if (parsed.success) partial[DATA_KEYS[file]] = parsed.data;
    else errors.push({ file, problem: { kind: 'schema', message: describeIssues(parsed.error) } });
  }
  return errors.length
    ? { ok: false, errors, partial: partial as Partial<Dataset> }
    : { ok: true, dataset: partial as unknown as Dataset };
}

/** The dataset's files by name, as validateDataset reads them. */
export const filesOf = (dataset: Partial<Dataset>) =>
  Object.fromEntries(DATA_FILE_NAMES.map((file) => [file, dataset[DATA_KEYS[file]]]));

/**
 * A load whose files are not the ones the page was built from (published since, or replaced on the server): every
 * file that arrived and parsed is checked against the schemas too, so a value of the wrong type names its file in the
 * error panel instead of showing as NaN.
 */
export function validateLoaded(result: LoadResult): LoadResult {
  const files = filesOf(result.ok ? result.dataset : result.partial);
  const checked = validateDataset(files);
  const failed = new Map((result.ok ? [] : result.errors).map((e) => [e.file, e]));
  if (!checked.ok) for (const e of checked.errors) if (files[e.file] !== undefined) failed.set(e.file, e);
  const errors = DATA_FILE_NAMES.flatMap((file) => failed.get(file) ?? []);
  // Without errors every file arrived, parsed and passed: the check's own result.
  return errors.length ? { ok: false, errors, partial: checked.ok ? checked.dataset : checked.partial } : checked;
}
