import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceError } from './errors.ts';

export interface SourceText {
  /** File name as in the seeds folder, used in error messages. */
  file: string;
  /** Lines without their line breaks; index 0 is line 1. */
  lines: string[];
  /** The file as read, so a reader can check that their copy is the one the data was built from. */
  bytes?: number;
  sha256?: string;
}

/** The two file-system calls the build makes on a source document; tests replace them to inject failures. */
export interface SourceFs {
  stat(path: string): { isDirectory(): boolean; isFile(): boolean };
  read(path: string): Uint8Array;
}

export const nodeFs: SourceFs = { stat: (p) => statSync(p), read: (p) => readFileSync(p) };

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'not found',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
  ELOOP: 'cannot be read: the path is a loop of symbolic links',
  EISDIR: 'is a folder, not a text file',
  ENOTREG: 'is not a regular file (a named pipe, socket or device), not a text file',
  ENOTDIR: 'cannot be read: a part of its path is not a folder',
  EMFILE: 'cannot be read: too many open files',
  EIO: 'cannot be read: input/output error',
  EEXIST: 'is a file where a folder is needed',
  ENOSPC: 'cannot be written: no space left on the device',
  EROFS: 'cannot be written: read-only file system',
};

/** One readable line for a file-system error instead of a stack trace. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  return FS_PROBLEMS[code] ?? `cannot be read (${code || (error as Error).message})`;
}

/**
 * Decodes a document as strict UTF-8: a byte sequence that is not UTF-8 (a Latin-1 "ä" is the single byte E4) is
 * an error naming the line, never a replacement character in the data. A byte-order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const decoded = new TextDecoder('utf-8').decode(bytes);
    const bad = decoded.indexOf('\ufffd');
    const line = decoded.slice(0, Math.max(0, bad)).split('\n').length;
    throw new SourceError(
      file,
      line,
      'not UTF-8 text (the documents must be saved as UTF-8; this looks like Latin-1 or another 8-bit encoding)',
    );
  }
}

/** Splits text into lines, accepting CRLF and CR line breaks. */
export const splitLines = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

export function readSource(dir: string, file: string, fs: SourceFs = nodeFs): SourceText {
  const path = join(dir, file);
  let bytes: Uint8Array;
  try {
    const kind = fs.stat(path);
    if (kind.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    // Reading a named pipe, socket or device would wait for a writer that never comes.
    if (!kind.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTREG' });
    bytes = fs.read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(
      file,
      null,
      code === 'ENOENT' ? `source document missing from ${dir}` : describeFsError(error),
    );
  }
  const text = decodeUtf8(bytes, file);
  if (text.includes('\u0000')) throw new SourceError(file, null, 'is binary, not a text document');
  return {
    file,
    lines: splitLines(text),
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
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
  if (n === null) throw notFound(src, what, from);
  return n;
}

/**
 * What a document lacks: the error names the last line read, where the search ended, so a cut-off document is seen
 * to end early (and a reworded heading is seen to be missing from the whole range).
 */
export function notFound(src: SourceText, what: string, from = 1): SourceError {
  const last = src.lines.length;
  if (src.lines.every((line) => line.trim() === ''))
    return new SourceError(src.file, null, `cannot find ${what}: the document is empty`);
  return new SourceError(
    src.file,
    last,
    `cannot find ${what} (read ${from > 1 ? `from line ${from}` : 'from the start'} to the end of the document, line ${last})`,
  );
}

export function lineAt(src: SourceText, n: number): string {
  return src.lines[n - 1] ?? '';
}
