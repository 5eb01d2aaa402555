import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DATA_FILES, type Dataset } from '../src/data/schema.ts';
import { filesOf, validateDataset } from '../src/data/load.ts';
import { integrityErrors } from './integrity.ts';
import { renderPackage } from './datapackage.ts';
import type { ReleaseHistory } from '../src/data/releases.ts';
import { committedHistory, snapshotOf, withRelease } from './releases.ts';
import { storeRelease, storedHashes } from './releaseStore.ts';

export class ValidationError extends Error {}

const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every published file's text, validated against the shared schemas and cross-checked; `history` is the release
 * history so far (default: the committed releases.json), to which this release is added when its version is new.
 * The release's files go into the release store too (`releases/…`, scripts/releaseStore.ts); `stored` are the
 * files the store already has (default: the committed store's), which this release does not add again.
 */
export function renderDataset(
  dataset: Dataset,
  history: ReleaseHistory | null = committedHistory(),
  stored: ReadonlySet<string> = storedHashes(),
): Map<string, string> {
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
  // Not part of the package's version: it records the versions.
  const { version, created, resources } = JSON.parse(files.get('datapackage.json')!) as {
    version: string;
    created: string;
    resources: Array<{ path: string; hash: string }>;
  };
  const store = storeRelease({ version, created }, files, stored);
  for (const [name, text] of store.entries) files.set(name, text);
  files.set(
    'releases.json',
    serialise(withRelease(history, { version, created, stored: store.stored }, snapshotOf(dataset, resources))),
  );
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
  /** The path with symbolic links resolved (the path itself when it does not exist yet). */
  realpath(path: string): string;
  /** Permission bits of an existing folder. */
  mode(path: string): number;
  chmod(path: string, mode: number): void;
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
  realpath: (p) => (existsSync(p) ? realpathSync(p) : p),
  mode: (p) => statSync(p).mode & 0o7777,
  chmod: (p, mode) => chmodSync(p, mode),
};

// What mkdir would give a new folder under the usual umask 022: mkdtemp's 0700 would hide the data from a web server.
const NEW_FOLDER_MODE = 0o755;

/**
 * Writes all files or none. The new folder is built beside the target (with the files this build does not make,
 * such as the boundary file, copied over), then swapped in by two renames; if anything fails before the swap the
 * target is untouched, and if the second rename fails the old folder is put back. A target that is a symbolic link
 * is followed, so the link keeps pointing at the new data; the new folder keeps the old one's permissions. A file
 * named with a folder (`releases/files/…`) is written into the copied folder, so the release store keeps every
 * earlier release's files and gains this one's in the same swap.
 */
export function writeAtomically(target: string, files: Map<string, string>, fs: WriteFs = nodeWriteFs) {
  const outDir = fs.realpath(target);
  const parent = dirname(outDir);
  fs.mkdir(parent);
  const tmp = fs.mkdtemp(join(parent, '.data-build-'));
  const old = `${tmp}-previous`;
  try {
    if (fs.exists(outDir)) {
      for (const name of fs.readdir(outDir)) if (!files.has(name)) fs.copy(join(outDir, name), join(tmp, name));
    }
    for (const [name, text] of files) {
      // The release store's files sit in subfolders (releases/files/…, releases/<version>/).
      if (name.includes('/')) fs.mkdir(dirname(join(tmp, name)));
      fs.write(join(tmp, name), text);
    }
    const hadOld = fs.exists(outDir);
    fs.chmod(tmp, hadOld ? fs.mode(outDir) : NEW_FOLDER_MODE);
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
