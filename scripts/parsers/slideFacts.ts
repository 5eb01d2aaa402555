import { type SourceText, lineAt } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

/** A slide of the ministry's transcript: its number and its text as one line. */
export interface Slide {
  number: number;
  text: string;
  line: number;
}

/**
 * The slides after "Transkriptio": lines starting with the next slide number ("13 VÄLI-SUOMEN …", or "36" alone),
 * up to the first "Lisätiedot" teaser.
 */
export function readSlides(src: SourceText): Slide[] {
  const slides: Slide[] = [];
  const start = src.lines.findIndex((l) => squash(l) === 'Transkriptio');
  for (let n = start + 2; n <= src.lines.length; n++) {
    const text = squash(lineAt(src, n));
    if (text === 'Lisätiedot') break;
    const m = /^(\d{1,2})(?: (.*))?$/.exec(text);
    if (m && Number(m[1]) === (slides.at(-1)?.number ?? 0) + 1)
      slides.push({ number: Number(m[1]), text: m[2] ?? '', line: n });
  }
  return slides;
}

export interface CopiedRun {
  slide: Slide;
  copiedSlide: Slide;
  /** The runs of words both slides share, longest first, each at least `minRun` words. */
  runs: string[][];
}

/** Every maximal run of at least `minRun` words that appears word for word in both texts. */
function sharedRuns(a: string[], b: string[], minRun: number): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i] !== b[j] || (i > 0 && j > 0 && a[i - 1] === b[j - 1])) continue;
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k >= minRun) runs.push(a.slice(i, i + k));
    }
  }
  return runs.sort((x, y) => y.length - x.length);
}

/**
 * Slides that repeat at least `minWords` words of an earlier slide in runs of `minRun` or more: a later slide built
 * on a copy of another's text (the Väli-Suomi slide repeats the Länsi-Suomi slide, its pilot regions included).
 */
export function copiedRuns(slides: Slide[], minWords = 30, minRun = 5): CopiedRun[] {
  const out: CopiedRun[] = [];
  const words = (s: Slide) => s.text.split(' ').filter(Boolean);
  for (const later of slides) {
    for (const earlier of slides.filter((s) => s.number < later.number)) {
      const runs = sharedRuns(words(later), words(earlier), minRun);
      if (runs.reduce((n, r) => n + r.length, 0) >= minWords) out.push({ slide: later, copiedSlide: earlier, runs });
    }
  }
  return out;
}

export interface DatedTerm {
  /** The word the date follows, as the first slide writes it ("kehittämissuunnitelmat"). */
  term: string;
  dates: Array<{ slide: Slide; written: string }>;
}

/** "(12.3.)", "(28.2.)", "(helmikuu)", "(huhti-toukokuu)": the undated-year dates the slides put after an item. */
const PARENTHESISED_DATE = /(\p{L}+) \((\d{1,2}\.\d{1,2}\.|\p{Ll}+kuu|\p{Ll}+-\p{Ll}+kuu)\)/gu;

/** Items that two or more slides date, with different dates. */
export function disagreeingDates(slides: Slide[]): DatedTerm[] {
  const byTerm = new Map<string, DatedTerm>();
  for (const slide of slides) {
    for (const m of slide.text.matchAll(PARENTHESISED_DATE)) {
      const key = m[1]!.toLowerCase();
      const entry = byTerm.get(key) ?? byTerm.set(key, { term: m[1]!, dates: [] }).get(key)!;
      entry.dates.push({ slide, written: m[2]! });
    }
  }
  return [...byTerm.values()].filter(
    (t) => new Set(t.dates.map((d) => d.slide.number)).size > 1 && new Set(t.dates.map((d) => d.written)).size > 1,
  );
}

/** A slide that heads a project with the areas it covers: "POHJOIS-SUOMEN TUKEVA (Oulunseutu, Oulunkaari, Kainuu)". */
export function areasOnSlide(slides: Slide[], head: string): { areas: string[]; slide: Slide } | null {
  for (const slide of slides) {
    const m = /^(.+?) \(([^()]+)\)$/.exec(slide.text);
    if (m && m[1]!.split(' ').at(-1) === head.toUpperCase())
      return { areas: m[2]!.split(/,\s*/).map((a) => a.trim()), slide };
  }
  return null;
}

/**
 * A teaser after the slides whose title names the region phrase of a project ("… Itä- ja Keski-Suomessa") and a
 * period ("2008 2011"): the period the document gives that project. Compared without spaces, as the slides break
 * "Keski- Suomessa".
 */
export function periodInTeaser(
  src: SourceText,
  regionPhrase: string,
): { start: string; end: string; line: number } | null {
  const key = (s: string) => s.replace(/\s/g, '').toLowerCase();
  for (let n = 1; n <= src.lines.length; n++) {
    if (squash(lineAt(src, n)) !== 'Lisätiedot') continue;
    // A teaser's title is the first line with text after its marker; the line after repeats it and goes on.
    let t = n + 1;
    while (t <= src.lines.length && !squash(lineAt(src, t))) t++;
    const title = squash(lineAt(src, t));
    if (!key(title).includes(key(regionPhrase))) continue;
    const years = /\b(\d{4})[ –-](\d{4})\b/.exec(title);
    if (years && years[1]! < years[2]!) return { start: years[1]!, end: years[2]!, line: t };
  }
  return null;
}
