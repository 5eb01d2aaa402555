import { geoDir, HAS_SOURCES, seedsDir, sourceText } from './sources.ts';
import { buildDataset } from '../../scripts/normalise/index.ts';
import { nodeFs, type SourceFs } from '../../scripts/lib/document.ts';
import type { Dataset } from '../../src/data/schema.ts';

/** The real documents, served in-process with some of them changed: shared by the fault-injection and content-change suites. */

export { geoDir, seedsDir };
export const MINUTES = '000_34c4f4e8cbac8681.txt';
export const SLIDES = '001_5e72e1e76d65b102.txt';
export const PLAN = '002_8693d7b1f13daa76.txt';
export const REPORT = '003_a770a4bc205e09dd.txt';
export const LASSE = '004_2387fd943a303f05.txt';
export const M = sourceText(MINUTES);
export const L = sourceText(LASSE);
export const S = sourceText(SLIDES);
export const P = sourceText(PLAN);
export const R = sourceText(REPORT);

export type Mutation = Partial<Record<string, string | Uint8Array>>;
export type Failures = Record<string, NodeJS.ErrnoException | 'folder'>;

/** A file system that serves the real documents with some of them replaced. */
export function fsWith(mutation: Mutation, failures: Failures = {}): SourceFs {
  const name = (path: string) => path.split('/').pop()!;
  return {
    stat: (path) => {
      const f = failures[name(path)];
      if (f === 'folder') return { isDirectory: () => true, isFile: () => false };
      return nodeFs.stat(path);
    },
    read: (path) => {
      const f = failures[name(path)];
      if (f && f !== 'folder') throw f;
      const m = mutation[name(path)];
      if (m === undefined) return nodeFs.read(path);
      return typeof m === 'string' ? Buffer.from(m, 'utf8') : m;
    },
  };
}

export const build = (mutation: Mutation, failures?: Failures): Dataset =>
  buildDataset({ seedsDir, geoDir, fs: fsWith(mutation, failures) });

/** Replaces one occurrence, failing the test setup if the text is not there exactly once. */
export function edit(text: string, from: string, to: string): string {
  // Without the documents the suites are skipped: their cases are built from empty texts and never run.
  if (!HAS_SOURCES) return text;
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`test setup: ${JSON.stringify(from)} found ${at < 0 ? 'nowhere' : 'twice'}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line where `needle` starts. */
export const lineOf = (text: string, needle: string) => {
  if (!HAS_SOURCES) return 0;
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`test setup: ${JSON.stringify(needle)} not found`);
  return text.slice(0, at).split('\n').length + (needle.startsWith('\n') ? 1 : 0);
};

/** `file:line: message` as a pattern anchored at the start. */
export const at = (file: string, line: number | null, rest: string) =>
  new RegExp(`^${file.replace('.', '\\.')}${line === null ? '' : `:${line}`}: ${rest}`);
