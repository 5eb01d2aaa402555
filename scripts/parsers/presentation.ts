import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

export interface NationalTheme {
  order: number;
  name: string;
  line: number;
}

/**
 * The STM slide "KASTE-ohjelman tavoitteet ja keinot" ends with the numbered theme areas
 * ("Teema-alueet … 1. Lasten, nuorten ja perheiden palvelut 2. … 7. Pitkäaikaisasunnottomuus"),
 * flattened onto one line with the goals and means.
 */
export function parseNationalThemes(src: SourceText): NationalTheme[] {
  const n = requireLine(src, /Teema-alueet/, 'the slide listing the national theme areas ("Teema-alueet")');
  const line = squash(lineAt(src, n));
  const first = line.search(/\s1\.\s/);
  if (first < 0) throw new SourceError(src.file, n, 'theme areas are not numbered from "1."');
  const parts = line.slice(first).split(/\s(\d)\.\s/).slice(1);
  const themes: NationalTheme[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const order = Number(parts[i]);
    if (order !== themes.length + 1) throw new SourceError(src.file, n, `theme areas out of order at "${order}."`);
    themes.push({ order, name: squash(parts[i + 1] ?? ''), line: n });
  }
  if (themes.length < 2) throw new SourceError(src.file, n, 'found fewer than two numbered theme areas');
  return themes;
}
