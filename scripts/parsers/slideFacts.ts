import { type SourceText, lineAt, notFound } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import { squash } from '../lib/text.ts';
import { parseDayOrMonth, parseFinnishDate } from '../lib/dates.ts';
import type { PreviewBlock } from './previews.ts';

/** A slide of the ministry's transcript: its number and its text as one line. */
export interface Slide {
  number: number;
  text: string;
  line: number;
}

/**
 * The slides write every dash as a hyphen ("Itä- ja Keski- Suomessa", "Lapsen ääni -kehittämisohjelma",
 * "Remontti - lasten"): a dash next to a letter is that hyphen, so a name reads the same whichever an editor typed.
 * A dash between digits ("2008–2011") stays a range.
 */
export function slideLines(src: SourceText): SourceText {
  return { ...src, lines: src.lines.map((l) => l.replace(/(?<=\p{L}\s?)–|–(?=\s?\p{L})/gu, '-')) };
}

/**
 * The lines that match `pattern`, which must all say the same: a copy of a slide that disagrees with it is an error
 * at the later line, whichever of the two is the original.
 */
export function requireOneReading(src: SourceText, pattern: RegExp, what: string): number {
  const lines = src.lines.flatMap((l, i) => (pattern.test(l) ? [i + 1] : []));
  const [first] = lines;
  if (first === undefined) throw notFound(src, what);
  const other = lines.find((n) => squash(lineAt(src, n)) !== squash(lineAt(src, first)));
  if (other !== undefined)
    throw new SourceError(src.file, other, `${what} is written again here, differently from line ${first}`);
  return first;
}

/** The marker before each teaser of another document after the slides. */
const TEASER = /^lisätiedot:?$/i;

/**
 * The slides after "Transkriptio": lines starting with a slide number ("13 VÄLI-SUOMEN …", or "36" alone), up to
 * the first "Lisätiedot" teaser, in the order of their numbers. A number written twice with different text, or a
 * number missing between two slides (a slide that lost its number), is an error; a copy identical to its slide is
 * read once.
 */
export function readSlides(raw: SourceText): Slide[] {
  const src = slideLines(raw);
  const start = src.lines.findIndex((l) => /^transkriptio$/i.test(squash(l)));
  const byNumber = new Map<number, Slide>();
  const unnumbered: number[] = [];
  for (let n = start + 2; n <= src.lines.length; n++) {
    const text = squash(lineAt(src, n));
    if (TEASER.test(text)) break;
    if (!text) continue;
    const m = /^(\d{1,3})(?: (.*))?$/.exec(text);
    if (!m) {
      unnumbered.push(n);
      continue;
    }
    const slide = { number: Number(m[1]), text: m[2] ?? '', line: n };
    const seen = byNumber.get(slide.number);
    if (seen && seen.text !== slide.text)
      throw new SourceError(
        src.file,
        Math.max(seen.line, n),
        `slide ${slide.number} is written again here, differently from line ${Math.min(seen.line, n)}`,
      );
    if (!seen) byNumber.set(slide.number, slide);
  }
  const slides = [...byNumber.values()].sort((a, b) => a.number - b.number);
  slides.forEach((slide, i) => {
    if (slide.number === i + 1) return;
    const before = slides[i - 1];
    const lost = unnumbered.find((n) => n > (before?.line ?? start) && n < slide.line);
    throw new SourceError(
      src.file,
      lost ?? slide.line,
      lost
        ? `a slide without its number between slides ${i} and ${slide.number}`
        : `slide ${i + 1} is missing before slide ${slide.number}`,
    );
  });
  // Text before the first slide or after the last ("VARHAINEN TUKI …") is no slide's; among the slides it is lost.
  const lines = slides.map((x) => x.line);
  const stray = unnumbered.find((n) => n > Math.min(...lines) && n < Math.max(...lines));
  if (stray !== undefined) {
    const after = slides.filter((x) => x.line < stray).at(-1);
    throw new SourceError(
      src.file,
      stray,
      `a line among the slides without a slide number${after ? ` (after slide ${after.number} of line ${after.line})` : ''}`,
    );
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

// "28.2.", "28.2", "28. 2.", "28.2.2009"; "helmikuu", "helmikuussa 2009"; "huhti-toukokuu", "huhtikuu - toukokuu".
const DAY = String.raw`\d{1,2}\.\s?\d{1,2}\.?(?:\s?\d{4})?`;
const MONTH = String.raw`\p{L}+kuu(?:ssa|n|ta)?(?:\s\d{4})?`;
const WHEN = String.raw`(?:${DAY}|${MONTH})(?:\s?-\s?(?:${DAY}|${MONTH}))?|\p{L}+\s?-\s?${MONTH}`;
/** The undated-year dates the slides put after an item, in parentheses or not: "(12.3.)", "(28.2.)", "(huhti-toukokuu)". */
const DATED = new RegExp(String.raw`(\p{L}+),?\s(?:\(\s*(${WHEN})\s*\)|(${DAY})(?![\d.]))`, 'gu');
/** A date as written, without the spaces an editor may put around its dash or inside it, a day ending in its stop. */
const tidy = (written: string) =>
  written
    .replace(/\s?-\s?/g, '-')
    .replace(/(?<=\d\.)\s(?=\d)/g, '')
    .replace(/(?<![\d.])(\d{1,2}\.\d{1,2})(?![.\d])/g, '$1.');
/** A date to compare: a day without its year, as all the slides speak of one year. */
const dateKey = (written: string) => written.replace(/(\d{1,2}\.\d{1,2})\.?(?:\s?\d{4})?/g, '$1.').toLowerCase();

/** Items that two or more slides date, with different dates. */
export function disagreeingDates(slides: Slide[]): DatedTerm[] {
  const byTerm = new Map<string, DatedTerm>();
  for (const slide of slides) {
    for (const m of slide.text.matchAll(DATED)) {
      const written = tidy(m[2] ?? m[3]!);
      const key = m[1]!.toLowerCase();
      const entry = byTerm.get(key) ?? byTerm.set(key, { term: m[1]!, dates: [] }).get(key)!;
      entry.dates.push({ slide, written });
    }
  }
  return [...byTerm.values()].filter(
    (t) =>
      new Set(t.dates.map((d) => d.slide.number)).size > 1 && new Set(t.dates.map((d) => dateKey(d.written))).size > 1,
  );
}

/**
 * A slide that heads a project with the areas it covers: "POHJOIS-SUOMEN TUKEVA (Oulunseutu, Oulunkaari, Kainuu)",
 * in capitals or not. Two slides that give the project different areas are an error at the later one.
 */
export function areasOnSlide(slides: Slide[], head: string, file: string): { areas: string[]; slide: Slide } | null {
  const found = slides.flatMap((slide) => {
    const m = /^(.+?) \(([^()]+)\)$/.exec(slide.text);
    return m && m[1]!.split(' ').at(-1)!.toUpperCase() === head.toUpperCase()
      ? [{ areas: m[2]!.split(/,\s*/).map((a) => a.trim()), slide }]
      : [];
  });
  const [first] = found;
  const other = found.find((f) => f.areas.join() !== first!.areas.join());
  if (other)
    throw new SourceError(
      file,
      other.slide.line,
      `slide ${other.slide.number} gives ${head} the areas ${other.areas.join(', ')}, slide ${first!.slide.number} ${first!.areas.join(', ')}`,
    );
  return first ?? null;
}

/** Two years, with or without the days before them and a dash between: "2008 2011", "2008–2011", "1.1.2008 – 31.12.2011". */
const YEARS = /(?<![\d.])(?:\d{1,2}\.\d{1,2}\.)?(\d{4})\s*[-–]?\s*(?:\d{1,2}\.\d{1,2}\.)?(\d{4})(?!\d)/;

/**
 * The "Lisätiedot" previews after the slides: each marker, its title (the first line with text after it) and the
 * line that repeats the title and goes on. A marker with a title but no text line after it is an error.
 */
export function slidePreviewBlocks(raw: SourceText): PreviewBlock[] {
  const src = slideLines(raw);
  const text: number[] = [];
  for (let n = 1; n <= src.lines.length; n++) if (squash(lineAt(src, n))) text.push(n);
  const blocks: PreviewBlock[] = [];
  text.forEach((n, i) => {
    if (!TEASER.test(squash(lineAt(src, n)))) return;
    const [titleLine, bodyLine] = [text[i + 1], text[i + 2]];
    // The transcript ends on a marker with nothing after it: the web page's last link, not a lost preview.
    if (titleLine === undefined) return;
    if (bodyLine === undefined || TEASER.test(squash(lineAt(src, titleLine))))
      throw new SourceError(src.file, n, 'a "Lisätiedot" preview without its title and text line');
    blocks.push({ titleLine, bodyLine });
  });
  return blocks;
}

/**
 * A teaser after the slides whose title names the region phrase of a project ("… Itä- ja Keski-Suomessa") and a
 * period ("2008 2011"): the period the document gives that project. Compared without spaces, as the slides break
 * "Keski- Suomessa". Such a title without a readable period, or two such titles with different periods, are errors.
 */
export function periodInTeaser(
  raw: SourceText,
  regionPhrase: string,
): { start: string; end: string; line: number } | null {
  const src = slideLines(raw);
  const key = (s: string) => s.replace(/\s/g, '').toLowerCase();
  const found: Array<{ start: string; end: string; line: number }> = [];
  for (let n = 1; n <= src.lines.length; n++) {
    if (!TEASER.test(squash(lineAt(src, n)))) continue;
    // A teaser's title is the first line with text after its marker; the line after repeats it and goes on.
    let t = n + 1;
    while (t <= src.lines.length && !squash(lineAt(src, t))) t++;
    const title = squash(lineAt(src, t));
    if (!key(title).includes(key(regionPhrase))) continue;
    const years = YEARS.exec(title);
    if (!years || years[1]! >= years[2]!)
      throw new SourceError(
        src.file,
        t,
        `the teaser titled with "${regionPhrase}" gives no period of two years in order ("2008 2011")`,
      );
    found.push({ start: years[1]!, end: years[2]!, line: t });
  }
  const [first] = found;
  const other = found.find((f) => f.start !== first!.start || f.end !== first!.end);
  if (other)
    throw new SourceError(
      src.file,
      other.line,
      `this teaser dates the project of "${regionPhrase}" ${other.start}–${other.end}, the teaser of line ${first!.line} ${first!.start}–${first!.end}`,
    );
  return first ?? null;
}

/**
 * Seminars the text after the slides dates: "Etelä-Pohjanmaan Kaste seminaari 18.1.2010", "Lasten Kaste -seminaari
 * 5.10.2010", "Hyvinvointialan kehittäjäseminaari HYVÄ-aluefoorum, 10.12.2009", "RAY:n strategiaseminaari, Helsinki
 * 8.3." (the seminar's name: up to two words before the word ending in -seminaari or -foorum, or an abbreviation in the
 * genitive, "RAY:n"; a place between name and date). A date without its year stays without one (--MM-DD). A seminar written twice is one.
 */
export function datedSeminars(
  raw: SourceText,
): Array<{ title: string; date: string; place: string | null; line: number }> {
  const src = slideLines(raw);
  const pattern =
    /(?<![\p{L}:-])((?:\p{Lu}+:\p{Ll}+\s|(?:[\p{L}-]+\s){0,2})-?[\p{L}-]*(?:seminaari|foorum)),?\s+(?:(\p{Lu}\p{Ll}+)\s)?(\d{1,2}\.\d{1,2}\.(?:\d{4}(?!\d))?)(?![\d.])/gu;
  const found: Array<{ title: string; date: string; place: string | null; line: number }> = [];
  src.lines.forEach((line, i) => {
    for (const m of squash(line).matchAll(pattern)) {
      const date = parseDayOrMonth(m[3]!, src.file, i + 1);
      const place = m[2] ?? null;
      if (!found.some((f) => f.title === m[1] && f.date === date && f.place === place))
        found.push({ title: m[1]!, date, place, line: i + 1 });
    }
  });
  return found;
}

/** An item a slide dates without its year, with the kind of happening its head word names. */
export interface SlideDatedItem {
  title: string;
  kind: 'meeting' | 'seminar' | 'report';
  start: string;
  end: string | null;
  place: string | null;
  line: number;
}

/** What a slide item's words say it is: a meeting ("ohjaustilaisuus", "tapaaminen", "aluekierrokset"), … */
const ITEM_KINDS: Array<[RegExp, SlideDatedItem['kind']]> = [
  [/seminaari|foorum|päivät/iu, 'seminar'],
  [/tilaisuus|tapaaminen|kierro|kokous/iu, 'meeting'],
  [/suunnitelm|raportti|selvitys/iu, 'report'],
];
/** A place in a list, with the date or the word "avoin" (open) the slide writes before it: "1.6. Pori", "avoin Oulu". */
const PLACE = String.raw`(?:(?:\d{1,2}\.\d{1,2}\.|avoin)\s)?\p{Lu}\p{Ll}+`;
const PLACE_LIST = new RegExp(String.raw`((?:\p{Ll}+\s){1,3})(${PLACE}(?:,\s${PLACE})+)`, 'gu');
/** A date after an item: in parentheses, or a day after a word and before no place ("kehittämissuunnitelmat 28.2."). */
const ITEM_DATE = new RegExp(String.raw`\(\s*(${WHEN})\s*\)|(?<=\p{L}\s)(${DAY})(?![\d.])(?!\s\p{Lu})`, 'gu');
/** The most words an item before its dated parenthesis may have; more means the flattened slide lost its boundary. */
const ITEM_WORDS = 6;

/**
 * Items the slides date without a year: "päätöksen saaneiden hankkeiden ohjaustilaisuus (12.3.)", "alueiden
 * kehittämissuunnitelmat (huhti-toukokuu)", "kehittämissuunnitelmat 28.2." (an item is the words since the slide's heading in capitals, the previous
 * parenthesis or the last comma), and a list of places where one has a date before it: "ministerin aluekierrokset
 * Espoo, Jyväskylä, Seinäjoki, 1.6. Pori, avoin Oulu" (the date belongs to the place after it, as "avoin" stands
 * before Oulu's). An item too long to be one, or of no kind its words name, is an error at the slide's line.
 */
export function slideDatedItems(slides: Slide[], file: string): SlideDatedItem[] {
  const kindOf = (title: string, line: number) => {
    const kind = ITEM_KINDS.find(([pattern]) => pattern.test(title))?.[1];
    if (!kind) throw new SourceError(file, line, `the dated item "${title}" names no meeting, seminar or report`);
    return kind;
  };
  const items: SlideDatedItem[] = [];
  for (const slide of slides) {
    let from = 0;
    for (const m of slide.text.matchAll(ITEM_DATE)) {
      const written = m[1] ?? m[2]!;
      const words = slide.text.slice(from, m.index).split(/[,)]/).pop()!.trim().split(' ');
      from = m.index + m[0].length;
      const heading = words.findIndex((w) => !/^[\p{Lu}\d-]{2,}$/u.test(w));
      const title = words.slice(heading < 0 ? words.length : heading).join(' ');
      if (!title || title.split(' ').length > ITEM_WORDS)
        throw new SourceError(
          file,
          slide.line,
          `slide ${slide.number} dates "${written}" after ${title ? `"${title}", more words than an item has` : 'no item'}`,
        );
      const [start, end] = tidy(written)
        .split('-')
        .map((w) => parseDayOrMonth(w, file, slide.line));
      items.push({
        title,
        kind: kindOf(title, slide.line),
        start: start!,
        end: end ?? null,
        place: null,
        line: slide.line,
      });
    }
    for (const m of slide.text.matchAll(PLACE_LIST)) {
      const title = m[1]!.trim();
      for (const entry of m[2]!.split(', ')) {
        const dated = /^(\d{1,2}\.\d{1,2}\.)\s(.+)$/u.exec(entry);
        if (dated)
          items.push({
            title,
            kind: kindOf(title, slide.line),
            start: parseDayOrMonth(dated[1]!, file, slide.line),
            end: null,
            place: dated[2]!,
            line: slide.line,
          });
      }
    }
  }
  return items;
}

/** A sub-project or continuation of a regional project as a teaser titles it, with the period the title gives. */
export interface TeaserPart {
  name: string;
  relation: 'sub-project' | 'successor';
  start: string;
  end: string;
  line: number;
}

/**
 * The sub-projects and continuations the teasers title with a project's leading name, in capitals or not: "TUKEVA.
 * Oulunkaaren osahankkeen loppuraportti 1.1.2009-31.10.2010" (the Oulunkaari sub-project, its report's period),
 * "KASTE-OHJELMA TUKEVA 2 (JATKOHANKE) 2010-2012" (TUKEVA 2, the continuation). A part titled twice is one; twice
 * with different periods, an error at the later title.
 */
export function teaserParts(raw: SourceText, head: string): TeaserPart[] {
  const src = slideLines(raw);
  const name = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const DAY = String.raw`\d{1,2}\.\d{1,2}\.\d{4}`;
  const sub = new RegExp(
    String.raw`(?<!\p{L})${name}\.?\s(\p{Lu}\p{Ll}+) osahankkeen loppuraportti (${DAY})\s?-\s?(${DAY})`,
    'iu',
  );
  const next = new RegExp(String.raw`(?<!\p{L})(${name} \d+) \(jatkohanke\) (\d{4})\s?-\s?(\d{4})(?!\d)`, 'iu');
  const parts: TeaserPart[] = [];
  for (let n = 1; n <= src.lines.length; n++) {
    if (!TEASER.test(squash(lineAt(src, n)))) continue;
    let t = n + 1;
    while (t <= src.lines.length && !squash(lineAt(src, t))) t++;
    const title = squash(lineAt(src, t));
    const s = sub.exec(title);
    const c = next.exec(title);
    const part: TeaserPart | null = s
      ? {
          name: `${s[1]} osahanke`,
          relation: 'sub-project',
          start: parseFinnishDate(s[2]!, src.file, t),
          end: parseFinnishDate(s[3]!, src.file, t),
          line: t,
        }
      : c
        ? { name: c[1]!.toUpperCase(), relation: 'successor', start: c[2]!, end: c[3]!, line: t }
        : null;
    if (!part) continue;
    const seen = parts.find((p) => p.name === part.name);
    if (seen && (seen.start !== part.start || seen.end !== part.end))
      throw new SourceError(
        src.file,
        t,
        `this teaser dates "${part.name}" ${part.start}–${part.end}, the teaser of line ${seen.line} ${seen.start}–${seen.end}`,
      );
    if (!seen) parts.push(part);
  }
  return parts;
}

/**
 * A regional project's final report among the teasers, titled with the project's leading name ("Selevä Paletti -
 * Loppuraportti"): its year and the municipalities its cover names in capitals ("KAUHAJOKI, TEUVA, ISOJOKI, KARIJOKI
 * SEKÄ SUUPOHJAN PERUSPALVELULIIKELAITOSKUNTAYHTYMÄ"), written in sentence case.
 */
export function finalReport(
  raw: SourceText,
  head: string,
): { title: string; year: string; areas: string[]; line: number } | null {
  const src = slideLines(raw);
  const title = new RegExp(`^(${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} - Loppuraportti)\\b`, 'iu');
  for (let n = 1; n <= src.lines.length; n++) {
    const text = squash(lineAt(src, n));
    const t = title.exec(text);
    if (!t || TEASER.test(text)) continue;
    const year = new RegExp(`${t[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d{4})`, 'iu').exec(text);
    if (!year) continue;
    const cover = /((?:\p{Lu}{3,}, )+\p{Lu}{3,} SEKÄ [\p{Lu} ]+?)(?= \p{Lu}[\p{Ll}]|$)/u.exec(text);
    const sentence = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
    const areas = cover ? cover[1]!.split(/, | SEKÄ /).map((a) => sentence(a.trim())) : [];
    return { title: t[1]!, year: year[1]!, areas, line: n };
  }
  return null;
}
