import { SourceError } from './errors.ts';

// Finnish documents group digits with ordinary, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009) spaces.
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const AMOUNT = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*$|^\d+$/;

/**
 * Parses a whole-euro amount as written in the sources: "180 100", "9 528 150 euroa", "1 000 000 ".
 * Anything else ("3 000 00O", "12,5", "n. 300 000") is an error naming file and line, never a guess.
 */
export function parseEuroAmount(raw: string, file: string, line: number): number {
  const text = raw
    .trim()
    .replace(/\s*(?:euroa|eur|€)$/i, '')
    .trim();
  if (/^0\d|^0[ \u00a0\u202f\u2009]\d/.test(text)) {
    throw new SourceError(
      file,
      line,
      `amount with a leading zero "${raw.trim()}" (a digit lost or added in transcription?)`,
    );
  }
  if (!AMOUNT.test(text)) {
    throw new SourceError(file, line, `unreadable amount "${raw.trim()}" (expected whole euros such as "180 100")`);
  }
  const value = Number(text.replace(GROUP_SPACES, ''));
  if (!Number.isSafeInteger(value)) throw new SourceError(file, line, `amount out of range "${raw.trim()}"`);
  return value;
}

/** "14 hanketta" → 14; "9 eri hallinnoijaa" → 9. */
export function parseLeadingCount(raw: string, file: string, line: number): number {
  const m = /^(\d+)\s/.exec(raw.trim().replace(/^Yhteensä\s+/i, ''));
  if (!m?.[1]) throw new SourceError(file, line, `expected a count at the start of "${raw.trim()}"`);
  return Number(m[1]);
}
