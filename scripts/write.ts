import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DATA_FILES, type Dataset } from '../src/data/schema.ts';
import { filesOf, validateDataset } from '../src/data/load.ts';
import { integrityErrors } from './integrity.ts';
import { renderPackage } from './datapackage.ts';

export class ValidationError extends Error {}

const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every published file's text, validated against the shared schemas and cross-checked. */
export function renderDataset(dataset: Dataset): Map<string, string> {
  const checked = validateDataset(filesOf(dataset));
  if (!checked.ok)
    throw new ValidationError(
      checked.errors.map((e) => `${e.file}: ${'message' in e.problem ? e.problem.message : ''}`).join('\n'),
    );
  const files = new Map<string, string>(
    Object.entries(filesOf(checked.dataset)).map(([file, value]) => [file, serialise(value)]),
  );
  const problems = integrityErrors(dataset);
  if (problems.length) throw new ValidationError(`inconsistent data:\n  ${problems.join('\n  ')}`);
  const schemas = Object.fromEntries(
    Object.entries(DATA_FILES).map(([file, schema]) => [file, z.toJSONSchema(schema, { unrepresentable: 'any' })]),
  );
  files.set(
    'schema.json',
    serialise({
      $comment: 'JSON Schemas of the published data files, generated from src/data/schema.ts',
      files: schemas,
    }),
  );
  for (const [name, text] of renderPackage(dataset, files)) files.set(name, text);
  return files;
}

/** The file-system calls of the writer; tests replace one to make a write fail part-way. */
export interface WriteFs {
  mkdir(path: string): void;
  mkdtemp(prefix: string): string;
  readdir(path: string): string[];
  copy(from: string, to: string): void;
  write(path: string, text: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  exists(path: string): boolean;
}

export const nodeWriteFs: WriteFs = {
  mkdir: (p) => mkdirSync(p, { recursive: true }),
  mkdtemp: (prefix) => mkdtempSync(prefix),
  readdir: (p) => readdirSync(p),
  copy: (from, to) => cpSync(from, to, { recursive: true }),
  write: (p, text) => writeFileSync(p, text),
  rename: (from, to) => renameSync(from, to),
  remove: (p) => rmSync(p, { recursive: true, force: true }),
  exists: (p) => existsSync(p),
};

/**
 * Writes all files or none. The new folder is built beside the target (with the files this build does not make,
 * such as the boundary file, copied over), then swapped in by two renames; if anything fails before the swap the
 * target is untouched, and if the second rename fails the old folder is put back.
 */
export function writeAtomically(outDir: string, files: Map<string, string>, fs: WriteFs = nodeWriteFs) {
  const parent = dirname(outDir);
  fs.mkdir(parent);
  const tmp = fs.mkdtemp(join(parent, '.data-build-'));
  const old = `${tmp}-previous`;
  try {
    if (fs.exists(outDir)) {
      for (const name of fs.readdir(outDir)) if (!files.has(name)) fs.copy(join(outDir, name), join(tmp, name));
    }
    for (const [name, text] of files) fs.write(join(tmp, name), text);
    const hadOld = fs.exists(outDir);
    if (hadOld) fs.rename(outDir, old);
    try {
      fs.rename(tmp, outDir);
    } catch (error) {
      if (hadOld) fs.rename(old, outDir);
      throw error;
    }
    if (hadOld) fs.remove(old);
  } finally {
    fs.remove(tmp);
  }
}
