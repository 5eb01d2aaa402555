import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DATA_FILES, type Dataset, type DataFileName } from '../src/data/schema.ts';
import { integrityErrors } from './integrity.ts';
import { renderPackage } from './datapackage.ts';

export class ValidationError extends Error {}

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

const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every published file's text, validated against the shared schemas and cross-checked. */
export function renderDataset(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  for (const [file, schema] of Object.entries(DATA_FILES) as Array<[DataFileName, z.ZodType]>) {
    const result = schema.safeParse(dataset[KEYS[file]]);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ValidationError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    files.set(file, serialise(result.data));
  }
  const problems = integrityErrors(dataset);
  if (problems.length) throw new ValidationError(`inconsistent data:\n  ${problems.join('\n  ')}`);
  const schemas = Object.fromEntries(Object.entries(DATA_FILES).map(([file, schema]) => [file, z.toJSONSchema(schema, { unrepresentable: 'any' })]));
  files.set('schema.json', serialise({ $comment: 'JSON Schemas of the published data files, generated from src/data/schema.ts', files: schemas }));
  for (const [name, text] of renderPackage(dataset, files)) files.set(name, text);
  return files;
}

/**
 * Writes all files or none: everything is rendered and validated first, written to a temporary folder
 * beside the target, then renamed into place.
 */
export function writeAtomically(outDir: string, files: Map<string, string>) {
  mkdirSync(dirname(outDir), { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(dirname(outDir), '.data-build-'));
  try {
    for (const [name, text] of files) writeFileSync(join(tmp, name), text);
    for (const name of files.keys()) renameSync(join(tmp, name), join(outDir, name));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
