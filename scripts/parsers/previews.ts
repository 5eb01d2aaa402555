import type { SourceText } from '../lib/document.ts';
import { lineAt } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import { contactDetailIn, squash } from '../lib/text.ts';
import { FINNISH_MONTH_STEMS } from '../../src/i18n/finnishMonths.ts';
import type { Preview, PreviewKind } from '../../src/data/schema.ts';

/** A preview block after a document: the marker's title line and the text line that repeats the title and goes on. */
export interface PreviewBlock {
  titleLine: number;
  bodyLine: number;
}

/** Words a person's title or degree is written with: a part of a title with one of them names a person. */
const ROLE =
  /(?:johtaja|koordinaattori|päällikkö|professori|emerita|lakimies|lääkäri|suunnittelija|sihteeri|näyttäjä)(?!\p{L})|(?<![\p{L}-])(?:OTM|LT|toim\.)(?![\p{L}])/iu;

/**
 * A name a title line gives with no title or degree, so the rule cannot see it: the `count` words after the title's
 * first words `before` (as written; no name in them). Curated in scripts/curation.ts (PREVIEW_PERSON_WORDS); the
 * words must be capitalised, the shape of a name, and some title line must start so, or the build stops naming it.
 */
export interface PersonWords {
  before: string;
  count: number;
}

/**
 * A title as written without the names and contact details of private persons: an e-mail address or phone number
 * is dropped, a part (between ". ", ", ", "? ") with a person's title or degree ("Hankejohtaja", "LT", "OTM") is
 * dropped whole, and the curated words of a name the text gives no title for are dropped.
 */
export function withoutPersons(
  written: string,
  persons: ReadonlyArray<PersonWords>,
  file: string,
  line: number,
): { title: string; dropped: number } {
  const words = squash(written).split(' ');
  let dropped = 0;
  for (const p of persons) {
    const from = p.before.split(' ').length;
    if (!squash(written).startsWith(`${p.before} `)) continue;
    const named = words.slice(from, from + p.count);
    if (named.length !== p.count || !named.every((w) => /^(?:\p{Lu}[\p{Ll}-]+[,.]?|ja)$/u.test(w)))
      throw new SourceError(
        'scripts/curation.ts',
        null,
        `PREVIEW_PERSON_WORDS["${p.before}"] finds no name in the ${p.count} words after it at ${file}:${line}: update or remove the entry`,
      );
    for (let i = from; i < from + p.count; i++) words[i] = '';
    dropped++;
  }
  const parts = words
    .filter(Boolean)
    .filter((w) => !contactDetailIn(w))
    .join(' ')
    .split(/(?<=[.,?!])\s+/);
  const kept = parts.filter((part) => !ROLE.test(part) && !contactDetailIn(part));
  dropped += parts.length - kept.length + words.filter((w) => w && contactDetailIn(w)).length;
  const title = kept
    .join(' ')
    .replace(/[,\s]+$/, '')
    .trim();
  return { title, dropped };
}

const KINDS: Array<[PreviewKind, RegExp]> = [
  ['thesis', /pro gradu|opinnäytetyö/i],
  ['minutes', /muistio|pöytäkirja|asialista/i],
  ['newsletter', /uutiskirje/i],
  ['regulation', /asetus\b/i],
  ['guide', /(?<!\p{L})opas(?!\p{L})|-opas|\bO P A S\b/iu],
  ['report', /raportti|raportit|selvitys|selvityksiä|työpapereita/i],
  ['plan', /suunnitelma|toimintaohjelma/i],
  ['seminar', /seminaari|foorum|koulutus|aamukahvit/i],
  ['meeting', /kokous/i],
];

/** "S T A K E S I N T Y Ö P A P E R E I T A 9 / 2 0 0 8": a run of single letters read as one word. */
const unspace = (text: string) =>
  text.replace(/(?<![\p{L}\d])(?:[\p{L}\d/] ){3,}[\p{L}\d/](?![\p{L}\d])/gu, (run) => run.replace(/ /g, ''));

const SERIES =
  /((?:\p{Lu}[\p{L}-]*\s){0,3}?(?:\p{Lu}[\p{L}-]*?))\s?(selvityksiä|työpapereita|raportit|raportteja|julkaisuja)\s?(\d{4}:\d+|\d{1,3}\/\d{4}|\d{4})/iu;

/** An organisation: genitive words before what it is ("Tampereen kaupunki"), or a name ending in "ry" or "Oy". */
const ORGANISATION =
  /(?:(?:\p{Lu}[\p{L}-]*n|ja|sosiaali-|hyvinvoinnin)\s){1,3}(?:kaupunki|kunta|kuntayhtymä|yliopisto|sosiaalivirasto|sairaanhoitopiiri|ministeriö|laitos|erityishuoltopiiri|palvelukeskus)(?!\p{L})|(?:\p{Lu}[\p{L}-]*\s){1,3}(?:ry|Oy)(?!\p{L})/gu;

/** The first organisation a text names, without a leading "ja" or a person's title or degree before it. */
function organisationIn(text: string): string | null {
  for (const m of text.matchAll(ORGANISATION)) {
    const words = squash(m[0]).split(' ');
    while (words.length > 1 && (words[0] === 'ja' || ROLE.test(words[0]!))) words.shift();
    if (words.length > 1) return words.join(' ');
  }
  return null;
}

const pad = (n: string) => n.padStart(2, '0');
/** A day some year has (29.2. included); "31.4." is none. */
const validDay = (d: string, m: string) => {
  const date = new Date(Date.UTC(2000, Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
};

/**
 * The first date or period a text gives, as precise as written; a day without its year stays without one, and is
 * read only where `yearless` (a preview's first lines cut off "4.1." of a numbered heading).
 */
export function previewDate(text: string, yearless = true): { start: string; end: string | null } | null {
  // A period's end may be written without its year ("1.9.2012 31.12."), not before a capital (a section number).
  const days =
    /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})?\s?[-–]?\s?(\d{1,2})\.(\d{1,2})\.(?:(\d{4})(?!\d)|(?![\d.]|\s?\p{Lu}))/u.exec(
      text,
    );
  if (days && (days[3] || days[6]) && validDay(days[1]!, days[2]!) && validDay('1', days[5]!)) {
    const [endDay, endMonth, endYear] = [days[4]!, days[5]!, days[6]];
    // An end without its year stays without one (--MM-DD); an end day no month has ("31.4.2015") is kept to its month.
    const end = validDay(endDay, endMonth)
      ? `${endYear ?? '-'}-${pad(endMonth)}-${pad(endDay)}`
      : endYear && `${endYear}-${pad(endMonth)}`;
    if (end) return { start: `${days[3] ?? endYear}-${pad(days[2]!)}-${pad(days[1]!)}`, end };
  }
  const years = /(?<![\d.:/])((?:19|20)\d\d)\s?[-–]?\s?((?:19|20)\d\d)(?!\d|\.\d)/.exec(text);
  if (years && years[1]! < years[2]!) return { start: years[1]!, end: years[2]! };
  // A day without its year is one only before no capitalised word: "2.1. Hankkeen tavoitteet" is a section number.
  const day = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:\s?(\d{4})(?![\d.])|(?![\d.]|\s?\p{Lu}))/u.exec(text);
  if (day && validDay(day[1]!, day[2]!) && (day[3] || yearless))
    return {
      start: day[3] ? `${day[3]}-${pad(day[2]!)}-${pad(day[1]!)}` : `--${pad(day[2]!)}-${pad(day[1]!)}`,
      end: null,
    };
  const month = new RegExp(`(?<!\\p{L})(${FINNISH_MONTH_STEMS.join('|')})kuu(?:ssa|n|ta)?\\s(\\d{4})`, 'iu').exec(text);
  if (month) {
    const m = FINNISH_MONTH_STEMS.findIndex((s) => s === month[1]!.toLowerCase()) + 1;
    return { start: `${month[2]}-${pad(String(m))}`, end: null };
  }
  // A year glued to a word is part of a name ("SOTE2020"), not a date.
  const year = /(?<![\p{L}\d.:/])((?:19|20)\d\d)(?![\d:/]|\.\d)/u.exec(text);
  return year ? { start: year[1]!, end: null } : null;
}

/** How much of the text line after the repeated title is read for a date, series or organisation. */
const BODY_HEAD = 200;

/** A word written before a date that is a name of a place ("Helsinki 8.3.", "Lappeenranta 31.3.2016"). */
const PLACE_BEFORE_DATE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)\s\d{1,2}\.\d{1,2}\./gu;
const NOT_A_PLACE = /(?:seminaari|muistio|suunnitelma|raportti|lautakunta|kokous|kysely|aika)$/iu;

/**
 * One preview: its title as written (without persons), the kind of document its words name, the first date or
 * period, a series with its number, an organisation and the places written before a date. The title line is read
 * first; the text line's first characters after the repeated title give what the title does not.
 */
export function readPreview(
  src: SourceText,
  block: PreviewBlock,
  documentId: string,
  persons: ReadonlyArray<PersonWords>,
): { preview: Preview; dropped: number } {
  const written = squash(lineAt(src, block.titleLine));
  const { title, dropped } = withoutPersons(written, persons, src.file, block.titleLine);
  if (!title)
    throw new SourceError(src.file, block.titleLine, 'a preview title with nothing left once persons are dropped');
  const body = squash(lineAt(src, block.bodyLine));
  const head = unspace(
    body.startsWith(written) ? body.slice(written.length, written.length + BODY_HEAD) : body.slice(0, BODY_HEAD),
  );
  // The kind, date and organisation are the title's own: the text's first dates are often the project's period or
  // a meeting's, not the previewed document's. A series with its number is the document's wherever it is written.
  const series = SERIES.exec(unspace(title)) ?? SERIES.exec(head);
  const kind = KINDS.find(([, re]) => re.test(title) || (series !== null && re.test(series[0])))?.[0] ?? null;
  // A series number carries its year ("2008:6", "9/2008"): the year the document came out.
  const seriesYear = series ? /(?:19|20)\d\d/.exec(series[3]!)?.[0] : undefined;
  const date = previewDate(title) ?? (seriesYear ? { start: seriesYear, end: null } : null);
  const organisation = organisationIn(title);
  const places = [...new Set([...title.matchAll(PLACE_BEFORE_DATE)].map((m) => m[1]!))].filter(
    (p) => !NOT_A_PLACE.test(p),
  );
  return {
    preview: {
      title,
      kind,
      start: date?.start ?? null,
      end: date?.end ?? null,
      series: series ? `${series[1]} ${series[2]!.toLowerCase()} ${series[3]}` : null,
      organisation,
      places,
      source: { document: documentId, lineStart: block.titleLine, lineEnd: block.bodyLine },
    },
    dropped,
  };
}

/**
 * Every preview of a document's blocks; a block written twice word for word is one preview. `dropped`: how many
 * titles lost a person's name or contact.
 */
export function readPreviews(
  src: SourceText,
  blocks: PreviewBlock[],
  documentId: string,
  persons: ReadonlyArray<PersonWords>,
  notTitles: ReadonlyArray<{ before: string }> = [],
): { previews: Preview[]; dropped: number } {
  const seen = new Set<string>();
  const previews: Preview[] = [];
  let dropped = 0;
  const notTitle = (block: PreviewBlock) =>
    notTitles.some((n) => squash(lineAt(src, block.titleLine)).startsWith(n.before));
  for (const block of blocks) {
    const key = `${lineAt(src, block.titleLine)}\n${lineAt(src, block.bodyLine)}`;
    if (seen.has(key) || notTitle(block)) continue;
    seen.add(key);
    const read = readPreview(src, block, documentId, persons);
    previews.push(read.preview);
    if (read.dropped > 0) dropped++;
  }
  const unused = persons.find((p) => !blocks.some((b) => squash(lineAt(src, b.titleLine)).startsWith(`${p.before} `)));
  if (unused)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `PREVIEW_PERSON_WORDS["${unused.before}"] starts no preview title of ${src.file}: update or remove the entry`,
    );
  const stale = notTitles.find((n) => !blocks.some((b) => squash(lineAt(src, b.titleLine)).startsWith(n.before)));
  if (stale)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `PREVIEW_NOT_TITLES["${stale.before}"] starts no preview of ${src.file}: update or remove the entry`,
    );
  return { previews, dropped };
}
