import { type SourceText, lineAt } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import { slugify, squash, stems } from '../lib/text.ts';
import type { MentionKind } from '../../src/data/schema.ts';
import type { Slide } from './slideFacts.ts';

/** A name, heading or list item read from a document's text, with the line it stands on (schema: Mention). */
export interface ReadMention {
  name: string;
  kind: MentionKind;
  under: string | null;
  start: string | null;
  end: string | null;
  places: string[];
  line: number;
}

/** A number read from a document's text (schema: Figure), with the line it stands on. */
export interface ReadFigure {
  key: string;
  value: number;
  upTo?: number;
  unit: 'count' | 'percent';
  label: string;
  line: number;
}

/** A curated pick of a name out of running text (scripts/curation.ts MENTIONS). */
export interface MentionPick {
  /** The words as the document writes them, spaces squashed. */
  written: string;
  /** The name in its basic form where the text inflects it ("Väli-Suomen alueellisen johtoryhmän"); else `written`. */
  name?: string;
  kind: ReadMention['kind'];
  /** The heading or phrase it stands under, in its basic form. */
  under?: string;
  /** `written` is a comma list whose items are the names ("ls- kehyt, perhehanke,varhaiskasvatus"). */
  list?: true;
}

const YEAR_SPAN = /(?<![\d.:])(\d{4})(?:\s?[–-]\s?(\d{4}))?(?![\d:])/u;

/**
 * The year or years the sentence of a name gives after it: "vuodelle 2009", "vuonna 2009–2010", "keväällä 2007";
 * "vuoteen 2020" (until 2020) is an end only. Up to the sentence's end, so a year of the next sentence is not taken.
 */
export function yearsAfter(text: string): { start: string | null; end: string | null } {
  const sentence = text.split(/\.\s(?=\p{Lu})|\.$/u)[0]!;
  const m = YEAR_SPAN.exec(sentence);
  if (!m) return { start: null, end: null };
  if (/vuoteen\s$/u.test(sentence.slice(0, m.index))) return { start: null, end: m[1]! };
  return { start: m[1]!, end: m[2] ?? null };
}

/**
 * The curated names of a document's running text, each at the first line that writes it, with the years its
 * sentence gives after it (none on slides, whose flattened text has no sentences). A name the document no longer
 * writes stops the build at the line that shares most of its words.
 */
export function pickedMentions(
  src: SourceText,
  picks: ReadonlyArray<MentionPick>,
  options: { dated: boolean },
): ReadMention[] {
  return picks.flatMap((p) => {
    const index = src.lines.findIndex((l) => squash(l).includes(p.written));
    if (index < 0) {
      const wanted = stems(p.written);
      const closest = src.lines
        .map((text, i) => ({ line: i + 1, shared: [...stems(text)].filter((x) => wanted.has(x)).length }))
        .sort((a, b) => b.shared - a.shared)[0];
      throw new SourceError(
        src.file,
        closest?.shared ? closest.line : null,
        `the document no longer writes "${p.written}", a name MENTIONS in scripts/curation.ts picks${closest?.shared ? ' (this line is the closest)' : ''}: update its words, or remove the entry`,
      );
    }
    const text = squash(lineAt(src, index + 1));
    const after = text.slice(text.indexOf(p.written) + p.written.length);
    const { start, end } = options.dated ? yearsAfter(after) : { start: null, end: null };
    const names = p.list ? p.written.split(/\s*,\s*/) : [p.name ?? p.written];
    return names.map((name) => ({
      name,
      kind: p.kind,
      under: p.under ?? null,
      start,
      end,
      places: [],
      line: index + 1,
    }));
  });
}

/** A slide's words that open with a capital and are no heading in capitals: "Valtiontalouden", "Paras-". */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const CAPITALS = /^[\p{Lu}-]{3,}$/u;

/**
 * A slide that is only a list of short items, each opening with a capital ("Valtiontalouden kehykset Hallitusohjelma
 * … -työ, yrittäminen ja työelämä Alueelliset kuulemistilaisuudet …"): at least five items, no heading in capitals, no
 * digits, no full stop, no item longer than six words. Its items, split before each capital.
 */
export function slideListItems(slides: Slide[]): Array<{ slide: Slide; items: string[] }> {
  return slides.flatMap((slide) => {
    const words = slide.text.split(' ').filter(Boolean);
    if (!words.length || /[\d.]/.test(slide.text) || words.some((w) => CAPITALS.test(w))) return [];
    const items: string[][] = [];
    for (const w of words) {
      if (CAPITALISED.test(w) || !items.length) items.push([w]);
      else items.at(-1)!.push(w);
    }
    const lists = items.map((i) => i.join(' '));
    // A list of sub-items ("Politiikkaohjelmat -terveyden edistäminen -lapset, …") is one item of up to twelve words.
    const tooLong = items.some((i) => i.length > (i.some((w) => w.startsWith('-')) ? 12 : 6));
    return items.length >= 5 && !tooLong ? [{ slide, items: lists }] : [];
  });
}

/**
 * Examples a slide gives for a kind of solution in parentheses after it, each a place of one word: "fyysinen tila
 * (mm. Hfors, Kainuu, Tuusula, Salo ym.)", under the words before the slide's first heading in capitals ("Perhekeskusratkaisut kunnissa").
 */
export function slideExamples(slides: Slide[]): ReadMention[] {
  const pattern = /(?<!\p{L})(\p{Ll}[\p{Ll} ]*?) \(mm\. ([^()]+?)(?: ym\.)?\)/gu;
  return slides.flatMap((slide) => {
    const head = slide.text.split(' ');
    const caps = head.findIndex((w) => CAPITALS.test(w));
    const under = caps > 0 ? head.slice(0, caps).join(' ') : null;
    return [...slide.text.matchAll(pattern)].flatMap((m) => {
      const places = m[2]!.split(/,\s*/).map((p) => p.trim());
      // A place is one word ("Hfors", "Kainuu"); "(mm. Yrjö Engström)" names a person, no example.
      if (places.some((p) => !/^\p{Lu}[\p{L}-]*$/u.test(p))) return [];
      return [
        {
          name: m[1]!.split(' ').slice(-2).join(' '),
          kind: 'model' as const,
          under,
          start: null,
          end: null,
          places,
          line: slide.line,
        },
      ];
    });
  });
}

/**
 * A slide's list of places after a lower-case item ("ministerin aluekierrokset Espoo, Jyväskylä, Seinäjoki, 1.6. Pori,
 * avoin Oulu"): the item with every place, a date or "avoin" (open) before one left to the dated items.
 */
export function slidePlaceLists(slides: Slide[]): ReadMention[] {
  const place = String.raw`(?:(?:\d{1,2}\.\d{1,2}\.|avoin)\s)?\p{Lu}\p{Ll}+`;
  const pattern = new RegExp(String.raw`(?<!\p{L})((?:\p{Ll}+\s){1,3})(${place}(?:,\s${place})+)`, 'gu');
  return slides.flatMap((slide) =>
    [...slide.text.matchAll(pattern)].map((m) => ({
      name: m[1]!.trim(),
      kind: 'item' as const,
      under: null,
      start: null,
      end: null,
      places: m[2]!.split(', ').map((p) => p.replace(/^(?:\d{1,2}\.\d{1,2}\.|avoin)\s/u, '')),
      line: slide.line,
    })),
  );
}

/**
 * Years a slide lists after a plural noun: "Kuntahankkeet 2005, 2006,ja 2007" — the noun with its first and last
 * year (the years follow each other; a gap would be no period and is an error).
 */
export function slideYearLists(slides: Slide[], file: string): ReadMention[] {
  const pattern = /(\p{Lu}\p{Ll}+t) ((?:\d{4},\s?)+ja \d{4})(?!\d)/gu;
  const seen = new Set<string>();
  return slides.flatMap((slide) =>
    [...slide.text.matchAll(pattern)].flatMap((m) => {
      const years = m[2]!.match(/\d{4}/g)!.map(Number);
      if (years.some((y, i) => i > 0 && y !== years[i - 1]! + 1))
        throw new SourceError(file, slide.line, `"${m[0]}" lists years that do not follow each other`);
      if (seen.has(m[1]!)) return [];
      seen.add(m[1]!);
      return [
        {
          name: m[1]!,
          kind: 'project' as const,
          under: null,
          start: String(years[0]),
          end: String(years.at(-1)),
          places: [],
          line: slide.line,
        },
      ];
    }),
  );
}

/**
 * A talk a seminar's programme titles after the seminar's date: "Etelä-Pohjanmaan Kaste seminaari 18.1.2010: VARHAINEN
 * TUKI JA OSALLISUUS - PERHEKESKUSTEN KEHITTÄMINEN" (the title in capitals, up to the next word in lower case).
 */
export function seminarTalks(src: SourceText): ReadMention[] {
  const pattern =
    /((?:\p{Lu}[\p{L}-]*\s){1,2}-?\p{L}*seminaari) (\d{1,2})\.(\d{1,2})\.(\d{4}): ((?:[\p{Lu}-]+\s)+?[\p{Lu}-]{2,})(?=\s\p{Lu}\p{Ll}|$)/gu;
  const found: ReadMention[] = [];
  src.lines.forEach((line, i) => {
    for (const m of squash(line).matchAll(pattern)) {
      if (found.some((f) => f.name === m[5])) continue;
      found.push({
        name: m[5]!,
        kind: 'document',
        under: m[1]!,
        start: `${m[4]}-${m[3]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`,
        end: null,
        places: [],
        line: i + 1,
      });
    }
  });
  return found;
}

/**
 * A period a programme's words give in the genitive before two years: "RAY:n avustusstrategiakauden 2012 2015" —
 * the period's name in its basic form ("RAY:n avustusstrategiakausi"), once.
 */
export function namedPeriods(src: SourceText): ReadMention[] {
  const pattern = /(\p{Lu}+:n \p{Ll}+kauden) (\d{4})\s?[–-]?\s?(\d{4})(?!\d)/gu;
  const found: ReadMention[] = [];
  src.lines.forEach((line, i) => {
    for (const m of squash(line).matchAll(pattern)) {
      const name = m[1]!.replace(/kauden$/u, 'kausi');
      const seen = found.find((f) => f.name === name);
      if (seen && (seen.start !== m[2] || seen.end !== m[3]))
        throw new SourceError(
          src.file,
          i + 1,
          `"${name}" is dated ${m[2]}–${m[3]} here, ${seen.start}–${seen.end} at line ${seen.line}`,
        );
      if (!seen)
        found.push({ name, kind: 'programme', under: null, start: m[2]!, end: m[3]!, places: [], line: i + 1 });
    }
  });
  return found;
}

/**
 * A final report a text cites in parentheses: "(Pikku-Sagan loppuraportti.2006.s. 51)" (its year and page), "(…:
 * Perhekeskustoiminnan kehittäminen. PERHE - hankkeen loppuraportti. STM Selvityksiä 2008:12.)" (after a speaker's
 * role, with its series number). The title as written without the speaker, page or closing stop; its year; once.
 */
export function citedReports(src: SourceText): ReadMention[] {
  const found: ReadMention[] = [];
  src.lines.forEach((line, i) => {
    for (const m of squash(line).matchAll(/\(([^()]*loppuraportti[^()]*)\)/gu)) {
      const cited = m[1]!.replace(/^[^:.]+:\s/u, '');
      const year = /(?<!\d)(\d{4})(?=[.:])/u.exec(cited);
      if (!year) continue;
      const name = cited
        .replace(/\.\s?\d{4}\.\s?s\.\s?\d+$/u, '')
        .replace(/\.$/u, '')
        .trim();
      // The slides write one report's dash twice, spaced or not ("PERHE - hankkeen", "PERHE -hankkeen").
      const key = (x: string) => x.replace(/\s/g, '');
      if (!found.some((f) => key(f.name) === key(name)))
        found.push({ name, kind: 'document', under: null, start: year[1]!, end: null, places: [], line: i + 1 });
    }
  });
  return found;
}

const NUMBER_WORDS: Record<string, number> = { kaksi: 2, kolme: 3, neljä: 4, viisi: 5, kuusi: 6 };

/**
 * How often a body meets, as a slide says it: "johtoryhmä kokoontuu 2 krt vuodessa", "esimiesfoorumit kokoontuvat
 * 2-4 krt vuodessa", "Kokoontuu vähintään neljä kertaa vuodessa" (the body the word before names, unless a sentence
 * ends there). Also "kuntia n. 100" and "70 % vastanneista …" (up to "eli" or a stop).
 */
export function slideFigures(slides: Slide[], file: string): ReadFigure[] {
  const meets =
    /(?:(\p{Ll}+) )?([Kk]okoontu\p{Ll}*) (vähintään )?(\d+|\p{Ll}+)(?:\s?-\s?(\d+))? (?:kertaa|krt) vuodessa/gu;
  const out: ReadFigure[] = [];
  const push = (f: ReadFigure) => {
    // A flattened slide writes its two columns' words twice ("kuntia n. 100 … kuntia n. 100"): one figure.
    if (!out.some((x) => x.key === f.key && x.value === f.value)) out.push(f);
  };
  for (const slide of slides) {
    for (const m of slide.text.matchAll(meets)) {
      const value = /^\d+$/.test(m[4]!) ? Number(m[4]) : NUMBER_WORDS[m[4]!];
      if (value === undefined)
        throw new SourceError(file, slide.line, `"${m[0]}": "${m[4]}" is no number of times a year`);
      push({
        key: `slide-${slide.number}-${slugify(m[1] ?? 'meetings', 30)}-per-year`,
        value,
        ...(m[5] ? { upTo: Number(m[5]) } : {}),
        unit: 'count',
        label: m[0]!,
        line: slide.line,
      });
    }
    for (const m of slide.text.matchAll(/(\p{Ll}+) n\. (\d+)(?![\d.])/gu))
      push({
        key: `slide-${slide.number}-${slugify(m[1]!, 30)}`,
        value: Number(m[2]),
        unit: 'count',
        label: m[0]!,
        line: slide.line,
      });
    for (const m of slide.text.matchAll(/(\d+) % ([^.,]+?)(?= eli |[.,])/gu))
      push({
        key: `slide-${slide.number}-percent`,
        value: Number(m[1]),
        unit: 'percent',
        label: m[0]!,
        line: slide.line,
      });
  }
  return out;
}
