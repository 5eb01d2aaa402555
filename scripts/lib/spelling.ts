import type { SourceText } from './document.ts';
import { FINNISH_MONTH_STEMS } from '../../src/i18n/finnishMonths.ts';

/**
 * The spellings a transcript or an editor varies without changing what a line says, each rewritten to the one
 * spelling the parsers read, so that a variant reads the same facts instead of silently matching nothing.
 * Applied to every document before any parser sees it; the documents themselves use the canonical forms.
 */

// Zero-width space, non-joiner, joiner, word joiner, invisible operators, byte-order mark, soft hyphen,
// Mongolian vowel separator: they change no word, but would change an id, a match or a published text.
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e]/g;

// Hyphen and non-breaking hyphen read as "-"; figure dash, em dash, horizontal bar and minus as the en dash.
const HYPHENS = /[\u2010\u2011]/g;
const DASHES = /[\u2012\u2014\u2015\u2212]/g;
// A dash joining two letters with no space is a compound's hyphen ("Etelä–Pohjanmaa").
const DASH_IN_WORD = /(?<=\p{L})–(?=\p{L})/gu;

// "22. toukokuuta 2013", "22 toukokuuta 2013": the month written out.
const MONTH_WRITTEN = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.? (${FINNISH_MONTH_STEMS.join('|')})kuuta (\\d{4})(?!\\d)`,
  'giu',
);
// "19.5.14": a day and month with a two-digit year (not a section number such as "3.1.3", nor "1.2.10.5").
const SHORT_YEAR = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d|\.\d)/g;
// "1-2015" for the month "1/2015".
const MONTH_DASH_YEAR = /(?<![\d./–-])(\d{1,2})-(\d{4})(?![\d/–-])/g;

/** A two-digit year of these documents (2005–2016): 00–49 are this century. */
const fullYear = (yy: string) => String(Number(yy) < 50 ? 2000 + Number(yy) : 1900 + Number(yy));

export function canonicalLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(DASHES, '–')
    .replace(DASH_IN_WORD, '-')
    .replace(
      MONTH_WRITTEN,
      (_, d: string, month: string, y: string) =>
        `${d}.${FINNISH_MONTH_STEMS.indexOf(month.toLowerCase() as (typeof FINNISH_MONTH_STEMS)[number]) + 1}.${y}`,
    )
    .replace(SHORT_YEAR, (whole, d: string, m: string, yy: string) =>
      Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${d}.${m}.${fullYear(yy)}` : whole,
    )
    .replace(MONTH_DASH_YEAR, (whole, m: string, y: string) =>
      Number(m) >= 1 && Number(m) <= 12 ? `${m}/${y}` : whole,
    );
}

export function canonicalSpelling(src: SourceText): SourceText {
  return { ...src, lines: src.lines.map(canonicalLine) };
}
