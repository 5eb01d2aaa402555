import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt, notFound } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

/**
 * Spellings the LasSe plan and its teasers write one fact in, as regex sources: after scripts/lib/spelling.ts a dash
 * is "-" or "–", with or without spaces, and the PDF transcript often dropped it, leaving a space.
 */
export const DATE = String.raw`\d{1,2}\.\d{1,2}\.\d{4}`;
/** Between the two ends of a period: a dash, spaced or not, or the space a lost dash left. */
export const TO = String.raw`(?:\s*[-–]\s*|\s+)`;
/** Between two years or months a dash is written ("2012-2015", "2008 — 2011"). */
export const DASH = String.raw`\s*[-–]\s*`;
/** A meeting's weekday before its date, in any case, abbreviated or not ("ti", "Ti.", "maanantai"), or none. */
export const WEEKDAY = String.raw`(?:\p{L}+\.?\s+)?`;

/** A phrase's dashes written as the compound hyphen ("Etelä – Pohjanmaalta" → "Etelä-Pohjanmaalta"). */
export const joinDashes = (text: string) => text.replace(/(?<=\p{L})\s*[-–]\s*(?=\p{L})/gu, '-');

export interface Agreed<T> {
  value: T;
  line: number;
  match: RegExpExecArray;
}

/**
 * Every place the document states what `pattern` reads, read by `read`: a copy that reads the same is the same fact,
 * a copy that reads otherwise (a contradicting paragraph placed before the original) is an error naming both lines,
 * never a silent winner. `pattern` must be global. Returns the first reading, or null when nothing matches.
 */
export function agreeing<T>(
  src: SourceText,
  pattern: RegExp,
  what: string,
  read: (match: RegExpExecArray, line: number) => T,
): Agreed<T> | null {
  let first: (Agreed<T> & { key: string }) | null = null;
  for (let n = 1; n <= src.lines.length; n++) {
    for (const match of squash(lineAt(src, n)).matchAll(pattern)) {
      const value = read(match, n);
      const key = JSON.stringify(value, (k, v: unknown) => (k === 'line' ? undefined : v));
      if (!first) first = { value, line: n, match, key };
      else if (key !== first.key)
        throw new SourceError(
          src.file,
          n,
          `${what} is written twice and the copies differ: "${match[0].slice(0, 120)}" here, "${first.match[0].slice(0, 120)}" on line ${first.line}`,
        );
    }
  }
  return first && { value: first.value, line: first.line, match: first.match };
}

/** As agreeing(), for a statement the document must make. */
export function requireAgreeing<T>(
  src: SourceText,
  pattern: RegExp,
  what: string,
  read: (match: RegExpExecArray, line: number) => T,
): Agreed<T> {
  const found = agreeing(src, pattern, what, read);
  if (!found) throw notFound(src, what);
  return found;
}
