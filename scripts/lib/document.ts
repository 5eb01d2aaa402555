import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from './errors.ts';

export interface SourceText {
  /** File name as in the seeds folder, used in error messages. */
  file: string;
  /** Lines without their line breaks; index 0 is line 1. */
  lines: string[];
}

export function readSource(dir: string, file: string): SourceText {
  const path = join(dir, file);
  if (!existsSync(path)) throw new SourceError(file, null, `source document missing from ${dir}`);
  const text = readFileSync(path, 'utf8');
  return { file, lines: text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n') };
}

/** 1-based line number of the first line at or after `from` (1-based) matching `pattern`, or null. */
export function findLine(src: SourceText, pattern: RegExp, from = 1): number | null {
  for (let i = Math.max(0, from - 1); i < src.lines.length; i++) {
    if (pattern.test(src.lines[i] ?? '')) return i + 1;
  }
  return null;
}

export function requireLine(src: SourceText, pattern: RegExp, what: string, from = 1): number {
  const n = findLine(src, pattern, from);
  if (n === null) throw new SourceError(src.file, null, `cannot find ${what} (${pattern})`);
  return n;
}

export function lineAt(src: SourceText, n: number): string {
  return src.lines[n - 1] ?? '';
}
