import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt, requireLine } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

/**
 * What each document states about itself: its title line (and the presenter of the slides, the headings of the
 * minutes' appendices), so that a next version of a document that retitles it changes the published title.
 */
export interface DocumentTitle {
  /** The title as the document writes it, cleaned of transcription breaks and capitals-only headings. */
  title: string;
  /** Lines the title is read from. */
  lines: number[];
  /** The year or span the title names ("2005–2006"), if it names one. */
  years: string | null;
}

const isShouted = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** A roman numeral of a sequel or a part ("II", "IV", "XII"): never a Finnish word, so it keeps its capitals. */
const isRomanNumeral = (word: string) => /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(word);

/**
 * A heading written in capitals in sentence case. A word keeps a capital where the same document writes it so in
 * the middle of a sentence more often than not (a proper name: "Vaasan", "Väli-Suomen", "KASTE-ohjelman"), so the
 * case of proper names comes from the document rather than from a word list.
 */
export function sentenceCase(heading: string, src: SourceText): string {
  const forms = new Map<string, { capital: number; lower: number; form: string | null }>();
  const count = (word: string) => {
    const key = word.toLowerCase();
    const seen = forms.get(key) ?? { capital: 0, lower: 0, form: null };
    if (word === key) seen.lower++;
    else {
      seen.capital++;
      // The document's own mixed-case spelling ("Kaste-ohjelman") wins over the same word shouted.
      if (seen.form === null || (isShouted(seen.form) && !isShouted(word))) seen.form = word;
    }
    forms.set(key, seen);
  };
  for (const line of src.lines) {
    for (const m of line.matchAll(/(?<=\p{Ll}\s)([\p{L}][\p{L}-]*)/gu)) {
      const word = m[1]!;
      // An acronym inside a sentence ("STM", "BOTNIAn" with its case ending) is written in capitals on purpose.
      const acronym = /^(\p{Lu}{2,})\p{Ll}{1,3}$/u.exec(word)?.[1];
      if (acronym) count(acronym);
      if (isShouted(word) && word.length === 1) continue;
      count(word);
    }
  }
  return heading
    .split(/\s+/)
    .map((word, i) => {
      if (!isShouted(word) || isRomanNumeral(word)) return word;
      const lower = word.toLowerCase();
      const seen = forms.get(lower);
      if (seen?.form && seen.capital > seen.lower) return seen.form;
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

/** Joins a name the transcript broke at its hyphen ("Väli- Suomessa" → "Väli-Suomessa"). */
const joinBrokenHyphens = (text: string) => text.replace(/(\p{L})- (\p{Lu})/gu, '$1-$2');

/** The title line: page 1 of a transcript ("1 LIIKETTÄ …" after "Transkriptio"), else the first line of text. */
function titleLine(src: SourceText): { line: number; text: string } {
  const transcript = src.lines.findIndex((l) => l.trim() === 'Transkriptio');
  const page1 = transcript < 0 ? -1 : src.lines.findIndex((l, i) => i > transcript && /^1\s+\S/.test(l));
  const n = page1 >= 0 ? page1 : src.lines.findIndex((l) => l.trim() !== '');
  if (n < 0) throw new SourceError(src.file, null, 'the document is empty: no title line');
  const text = squash(lineAt(src, n + 1));
  return { line: n + 1, text: joinBrokenHyphens(page1 >= 0 ? text.replace(/^1\s+/, '') : text) };
}

/** Slide 1: "LIIKETTÄ LASTEN SUOJELEMISEEN Lastensuojelusta lasten suojeluun Riitta Viitala, STM". */
export function readPresentationTitle(src: SourceText): DocumentTitle & { presenter: string } {
  const { line, text } = titleLine(src);
  const m =
    /^((?:\p{Lu}[\p{Lu}-]*\s+)*\p{Lu}[\p{Lu}-]*)\s+(\p{Lu}\p{Ll}.*?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+, \p{Lu}{2,})$/u.exec(
      text,
    );
  if (!m)
    throw new SourceError(
      src.file,
      line,
      `unreadable title slide "${text.slice(0, 80)}" (expected a heading in capitals, a subtitle and "Firstname Lastname, ORGANISATION")`,
    );
  return { title: `${sentenceCase(m[1]!, src)} – ${m[2]}`, presenter: m[3]!, lines: [line], years: null };
}

/** The first line of text, the document's heading ("VAASAN PERHEKESKUS", "Pohjanmaan toimintakertomus 2005–2006"). */
export function readHeadingTitle(src: SourceText): DocumentTitle {
  const { line, text: written } = titleLine(src);
  // The span "2005 - 2006" or "2005–06" is the span "2005–2006": one spelling in the title, its date and its translation.
  const text = written.replace(
    /\b(\d{4})\s*[–-]\s*(\d{4}|\d{2})$/,
    (_, from: string, to: string) => `${from}–${to.length === 2 ? from.slice(0, 2) + to : to}`,
  );
  const years = /\b(\d{4}(?:–\d{4})?)$/.exec(text)?.[1] ?? null;
  return { title: sentenceCase(text, src), lines: [line], years };
}

/** "LasSe- <name> Väli- Suomessa-hanke Tarkennettu toimintasuunnitelma ajalle": the project name and the kind of plan. */
export function readActionPlanTitle(src: SourceText): DocumentTitle {
  const { line, text } = titleLine(src);
  const m = /^(\S+?)-\s*(.+?)-hanke\s+(\p{Lu}.+?)(?:\s+ajalle)?$/u.exec(text);
  if (!m)
    throw new SourceError(
      src.file,
      line,
      `unreadable title "${text.slice(0, 80)}" (expected "<Acronym>- <project name>-hanke <kind of plan>")`,
    );
  const kind = m[3]!.charAt(0).toLowerCase() + m[3]!.slice(1);
  return { title: `${m[1]} – ${m[2]}: ${kind}`, lines: [line], years: null };
}

/** The headings of the minutes' appendices: "Liite 1.  KASTE-OHJELMAN TOTEUTUS …", "Liite 2. REMONTTIIN …". */
export function readAppendixHeadings(src: SourceText): Array<{ number: number; heading: string; line: number }> {
  return [1, 2].map((number) => {
    const line = requireLine(
      src,
      new RegExp(`^\\s*Liite\\s*${number}(?!\\d)\\s*[.:–-]?\\s+\\S`, 'i'),
      `the heading of appendix "Liite ${number}."`,
    );
    const heading = squash(lineAt(src, line)).replace(new RegExp(`^Liite\\s*${number}\\s*[.:–-]?\\s*`, 'i'), '');
    return { number, heading: sentenceCase(heading, src), line };
  });
}
