import type { SourceText } from './document.ts';
import { SourceError } from './errors.ts';
import type { ParseNote } from './notes.ts';

/**
 * Finnish and Swedish conjunctions after which a hyphen stands for the ending two compounds share
 * ("hyvinvointi- ja terveyserot", "hälso- och sjukvård"): that hyphen keeps the space after it.
 */
export const ELLIPSIS_CONJUNCTIONS = ['ja', 'tai', 'sekä', 'eli', 'tahi', 'och', 'eller'] as const;

/**
 * Parts a word the transcript glued to the conjunction after a compound-ellipsis hyphen: "hyvinvointija" →
 * "hyvinvointi- ja", "hälsooch" → "hälso- och". Null when the word ends in no such conjunction.
 */
export function partGluedConjunction(word: string): string | null {
  const lower = word.toLowerCase();
  const conjunction = ELLIPSIS_CONJUNCTIONS.find((c) => lower.length > c.length && lower.endsWith(c));
  if (!conjunction) return null;
  const cut = word.length - conjunction.length;
  return `${word.slice(0, cut)}- ${word.slice(cut)}`;
}

/**
 * Restores the compound-ellipsis hyphens a transcript lost at a line end of the original ("hyvinvointija
 * terveyserot"): each listed word is parted on its line, as a whole word, and noted. A word no conjunction ends,
 * or one its line no longer writes, is an error, so the list cannot go stale unseen. The word cannot be told from
 * a real one by its letters ("palveluja", "huoltoja" are words), hence a reviewed list rather than a rule.
 */
export function restoreLostHyphens(
  src: SourceText,
  fixes: ReadonlyArray<{ line: number; written: string }>,
  notes: ParseNote[],
): SourceText {
  const lines = [...src.lines];
  for (const { line, written } of fixes) {
    const read = partGluedConjunction(written);
    if (!read)
      throw new SourceError(
        src.file,
        line,
        `"${written}" ends in none of the conjunctions (${ELLIPSIS_CONJUNCTIONS.join(', ')}) a lost hyphen stood before`,
      );
    const text = lines[line - 1] ?? '';
    const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const word = new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'gu');
    const parted = text.replace(word, read);
    if (parted === text)
      throw new SourceError(
        src.file,
        line,
        `the line no longer writes "${written}", which LOST_HYPHENS in scripts/curation.ts parts: update or remove the entry`,
      );
    lines[line - 1] = parted;
    notes.push({ kind: 'lost-hyphen', line, values: { written, read } });
  }
  return { ...src, lines };
}
