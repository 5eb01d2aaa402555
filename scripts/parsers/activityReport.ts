import type { ParseNote } from '../lib/notes.ts';
import { isPageBreakLine } from './flatTable.ts';
import { SourceError } from '../lib/errors.ts';
import { finnishCount } from '../lib/numberWords.ts';
import { type SourceText, requireLine, lineAt, notFound } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { parseFinnishDate } from '../lib/dates.ts';
import { sentenceCase } from './titles.ts';
import { basicForm } from '../lib/basicForm.ts';
import type { ReportListKey } from '../../src/data/schema.ts';

export interface ReportPriority {
  order: number;
  name: string;
  line: number;
}

/**
 * The activity report describes its priority areas one by one after "…painopistealueiden mukaiseen
 * toiminnan kuvaukseen." until "Alueellinen ja ylimaakunnallinen toiminta". Each area starts with a short
 * heading line: a few words, no full stop.
 */
export function parseReportPriorities(src: SourceText, notes: ParseNote[]): ReportPriority[] {
  const start = requireLine(
    src,
    /painopistealueiden mukaiseen toiminnan kuvaukseen/i,
    'the priority-area introduction',
  );
  const end = requireLine(
    src,
    /^\s*Alueellinen ja ylimaakunnallinen toiminta/i,
    'the end of the priority-area chapters',
    start,
  );
  const out: ReportPriority[] = [];
  for (let n = start + 1; n < end; n++) {
    const text = squash(lineAt(src, n));
    if (isPageBreakLine(lineAt(src, n)) && text !== '') {
      notes.push({ kind: 'page-break-line', line: n, values: { written: text } });
      continue;
    }
    if (text === '' || /[.:!?]$/.test(text) || text.split(' ').length > 6) continue;
    // A heading in capitals ("VAMMAISPALVELUT") is the same heading: read in the case the document writes its words.
    const name = /\p{Ll}/u.test(text) ? text : sentenceCase(text, src);
    const twice = out.find((p) => p.name === name);
    if (twice)
      throw new SourceError(src.file, n, `priority-area heading "${text}" repeats the heading of line ${twice.line}`);
    out.push({ order: out.length + 1, name, line: n });
  }
  if (out.length === 0) throw new SourceError(src.file, start, 'no priority-area headings found');
  return out;
}

export interface ReportFigureSpec {
  key: string;
  /** A pattern whose first group is the number (digits or a Finnish number word). */
  pattern: RegExp;
}

// A frequency is written "kaksi kertaa" or "kahdesti", "kolmesti" or "3 kertaa": the number word reads either.
const TIMES = String.raw`(\S+)(?: kertaa)?`;
// Where the report hyphenates, a dash or spaces may stand ("Bikva-osaajaa", "Bikva -osaajaa", "Bikva–osaajaa").
const DASH = String.raw`\s*[-–]\s*`;

/** The counts the report gives, each found by the words around it. */
export const REPORT_FIGURES: ReportFigureSpec[] = [
  { key: 'steering-group-meetings', pattern: /kokoontunut toimintakauden aikana (\S+) kertaa/ },
  {
    key: 'child-protection-projects',
    pattern: /toteutettu (\S+) lastensuojelun tai ennaltaehkäisevän lastensuojelun hanketta/,
  },
  { key: 'bikva-experts', pattern: new RegExp(`saatiin (\\S+) Bikva${DASH}osaajaa`) },
  { key: 'disability-projects-prepared', pattern: /valmisteltiin (\S+) vammaispalvelujen kehittämishanketta/ },
  { key: 'early-education-group-meetings-per-year', pattern: new RegExp(`keskimäärin ${TIMES} vuodessa`) },
  { key: 'municipalities-in-area', pattern: /alueen (\d+) kunnan/ },
  { key: 'disability-workshops', pattern: /järjesti (\S+) ylimaakunnallista työkokousta/ },
  {
    key: 'project-worker-meetings-per-year',
    pattern: new RegExp(`projektityöntekijöiden työkokouksia ${TIMES} vuodessa`),
  },
  { key: 'directors-meetings-per-year', pattern: new RegExp(`${TIMES} vuodessa kokoonnutaan`) },
];

export interface ReportEventSpec {
  kind: 'meeting' | 'seminar' | 'evaluation' | 'training';
  /** Named groups: `title` as written, `when` (a year, "2004–05", or "d.m.yyyy -d.m.yyyy"), optional `place`. */
  pattern: RegExp;
}

// A day d.m.yyyy, and a span of days or years with a hyphen or an en dash, spaced or not.
const DAY = String.raw`\d{1,2}\.\d{1,2}\.\d{4}`;
const YEARS = String.raw`\d{4}${DASH}(?:\d{4}|\d{2})`;

/** The dated happenings the report names, each found by the words around it. */
export const REPORT_EVENTS: ReportEventSpec[] = [
  {
    kind: 'training',
    pattern: new RegExp(
      `(?<title>Arviointi hyvinvointipalvelujen kehittämisessä)${DASH}koulutuksella \\((?<when>${DAY}${DASH}${DAY}) (?<place>[^)]+)\\)`,
    ),
  },
  {
    kind: 'evaluation',
    pattern: new RegExp(
      `osallistuivat yhteistyössä \\((?<when>${YEARS})\\) (?<title>Stakesin Bikva [-–] arviointimenetelmän pilottiryhmä)`,
    ),
  },
  {
    kind: 'meeting',
    pattern:
      /Vuoden (?<when>\d{4}) alussa (?<place>\p{Lu}\p{Ll}+lla) järjestettiin .*?(?<title>kaksikielinen lastensuojelun työkokous)/u,
  },
  {
    kind: 'seminar',
    pattern:
      /Keväällä (?<when>\d{4}) toteutettiin (?<place>\p{Lu}\p{Ll}+ssa) (?<title>maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari)/u,
  },
  {
    kind: 'meeting',
    pattern:
      /(?<place>\p{Lu}\p{Ll}+ssa) järjestettiin (?<when>\d{4}) (?<title>julkisen ja järjestösektorin laaja työkokous)/u,
  },
  {
    kind: 'training',
    pattern: /syksyllä (?<when>\d{4}) käynnistämä (?<title>sosiaalityön arvosanaopetus) (?<place>\p{Lu}\p{Ll}+ssa)/u,
  },
  {
    kind: 'training',
    pattern: /Vastaava (?<title>ruotsinkielinen opetus) alkoi (?<place>\p{Lu}\p{Ll}+ssa) syksyllä (?<when>\d{4})/u,
  },
  {
    kind: 'meeting',
    pattern:
      /keväällä (?<when>\d{4}) (?<title>vanhustyön kehittäjäryhmän järjestämässä tilaisuudessa) (?<place>\p{Lu}\p{Ll}+lla)/u,
  },
  {
    kind: 'training',
    pattern: /toteutti \((?<when>\d{4})\) (?<title>palveluohjauksen erikoistumisopinnot)/,
  },
];

export interface ReportEvent {
  kind: ReportEventSpec['kind'];
  title: string;
  start: string;
  end: string | null;
  place: string | null;
  line: number;
}

/** "2005" → 2005; "2004–05", "2004 - 2005" → 2004 to 2005; "26.9.2006 -14.2.2007" → the two days. */
function reportBounds(when: string, file: string, line: number): { start: string; end: string | null } {
  const days = /^(\S+?)\s*[-–]\s*(\S+)$/.exec(when);
  if (days && days[1]!.includes('.'))
    return { start: parseFinnishDate(days[1]!, file, line), end: parseFinnishDate(days[2]!, file, line) };
  const years = /^(\d{4})\s*[-–]\s*(\d{4}|\d{2})$/.exec(when);
  if (years) {
    const end = years[2]!.length === 4 ? years[2]! : `${years[1]!.slice(0, 2)}${years[2]}`;
    if (end <= years[1]!) throw new SourceError(file, line, `the period "${when}" ends before it starts`);
    return { start: years[1]!, end };
  }
  return { start: when, end: null };
}

/** Every match of `pattern`, line by line, on the squashed line: the transcript doubles spaces ("(2004–05)  Stakesin"). */
function matchesIn(src: SourceText, pattern: RegExp): Array<{ line: number; match: RegExpMatchArray }> {
  const every = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return src.lines.flatMap((text, i) => [...squash(text).matchAll(every)].map((match) => ({ line: i + 1, match })));
}

/**
 * What the report states once, from every place it is written: copies that read the same are that statement (at the
 * first), a copy that reads otherwise stops the build at both lines, as neither can be told to be the original.
 */
function statedOnce<T>(src: SourceText, what: string, readings: Array<{ line: number; value: T; key: string }>) {
  const [first, ...others] = readings;
  const other = others.find((r) => r.key !== first!.key);
  if (other)
    throw new SourceError(
      src.file,
      other.line,
      `${what} here (${other.key}) differs from ${other.line === first!.line ? 'earlier on this line' : `line ${first!.line}`} (${first!.key}): the report states it once; keep the right one`,
    );
  return first!;
}

/** The report's dated happenings (REPORT_EVENTS); each must be found, so a reworded one names its pattern. */
export function parseReportEvents(src: SourceText): ReportEvent[] {
  return REPORT_EVENTS.map((spec) => {
    const found = matchesIn(src, spec.pattern);
    if (found.length === 0) throw notFound(src, `the dated item ${spec.pattern}`);
    const readings = found.map(({ line, match }) => {
      const g = match.groups!;
      // "Bikva – arviointimenetelmän": a spaced dash in a name is the hyphen the report spaces ("Bikva - …").
      const title = g.title!.replace(/ – /g, ' - ');
      const value = { kind: spec.kind, title, ...reportBounds(g.when!, src.file, line), place: g.place ?? null };
      return { line, value, key: `"${[value.start, value.end, value.place].filter(Boolean).join(', ')}"` };
    });
    const { line, value } = statedOnce(src, `the dated item "${readings[0]!.value.title}"`, readings);
    return { ...value, line };
  });
}

export interface ReportListSpec {
  key: ReportListKey;
  /** The group `items` is the list; split at commas, "ja" and "sekä". */
  pattern: RegExp;
  /** The items are written in the nominative: kept as written. */
  asWritten?: boolean;
  /** One item, a title in quotes: not split at its "ja". */
  whole?: boolean;
}

/** The short lists the report gives, each found by the words around it. */
export const REPORT_LISTS: ReportListSpec[] = [
  { key: 'bikva-results', pattern: new RegExp(`saatiin \\S+ Bikva${DASH}osaajaa, (?<items>.+?)\\.`), asWritten: true },
  {
    key: 'planned-study-modules',
    pattern: /kehittäminen ”(?<items>[^”]+)” opintokokonaisuuksien/,
    asWritten: true,
    whole: true,
  },
  { key: 'disability-projects', pattern: /kehittämishanketta \((?<items>[^)]+)\)/, asWritten: true },
  { key: 'planned-projects', pattern: /olleet (?<items>\p{Ll}.+?) suunnittelu /u },
  { key: 'created', pattern: /luotu \p{Lu}[\p{L} ]*?sivuille (?<items>\p{Ll}+ \p{Ll}+rekisteri)ä/u },
  { key: 'substance-groups', pattern: /substanssiryhmät toimivat (?<items>.+?)\./ },
];

// A compound's head the list shares after a hyphen ("vanhus- ja vammaistyössä": vanhustyö, vammaistyö).
const SHARED_HEAD = /(?:työ|palvelut|hankkeet|hanke)$/;

/** The report's short lists (REPORT_LISTS), each at its first line; a list missing or an item in a case not read stops. */
export function parseReportLists(src: SourceText): Array<{ key: ReportListKey; items: string[]; line: number }> {
  return REPORT_LISTS.map((spec) => {
    const found = matchesIn(src, spec.pattern)[0];
    if (!found) throw notFound(src, `the list "${spec.key}" (${spec.pattern})`);
    const list = found.match.groups!.items!;
    const written = spec.whole ? [list] : list.split(/,\s*|\s+(?:ja|sekä)\s+/).filter(Boolean);
    const items = written.map((item) => {
      if (spec.asWritten || item.endsWith('-')) return item;
      const form = basicForm(item, []);
      if (form === null)
        throw new SourceError(
          src.file,
          found.line,
          `cannot read the basic form of "${item}" in the list "${spec.key}"`,
        );
      return form;
    });
    // A word ending in a hyphen takes the head the next item shares ("vanhus-" + "vammaistyö" → "vanhustyö").
    const joined = items.map((item, i) =>
      item.endsWith('-') && SHARED_HEAD.test(items[i + 1] ?? '')
        ? `${item.slice(0, -1)}${SHARED_HEAD.exec(items[i + 1]!)![0]}`
        : item,
    );
    const broken = joined.find((x) => x.endsWith('-'));
    if (broken) throw new SourceError(src.file, found.line, `"${broken}" shares no head with the item after it`);
    return { key: spec.key, items: joined, line: found.line };
  });
}

export interface ReportFacts {
  /** Projects the report names, by their basic form ("Väylä-hanke"), at their first line; the year one ended. */
  projects: Array<{ name: string; end?: string; line: number }>;
  /** Periods the report states for a post or a programme, as written, with their dates. */
  periods: Array<{ text: string; start: string; end: string; line: number }>;
  objectives: Array<{ text: string; line: number }>;
  developerGroups: Array<{ name: string; ledBy: string; line: number }>;
  figures: Array<{ key: string; value: number; label: string; line: number }>;
}

/**
 * A capitalised word after a lower-case one that the document writes so nowhere else mid-sentence: not a name
 * ("Pohjanmaan") but the start of a sentence whose full stop was lost ("… saatavuutta Kolmantena, …").
 */
function lostFullStop(text: string, src: SourceText): string | null {
  const midSentence = (word: string) => new RegExp(`(?<=\\p{Ll}[,;]? )${word}(?!\\p{L})`, 'gu');
  for (const [word] of text.matchAll(/(?<=\p{Ll}[,;]? )\p{Lu}\p{Ll}+/gu)) {
    if (src.lines.reduce((n, line) => n + [...squash(line).matchAll(midSentence(word))].length, 0) < 2) return word;
  }
  return null;
}

/** One line's objectives: each "tavoitteena on ollut" sentence, two objectives joined by "sekä". */
function objectivesOn(src: SourceText, line: number): string[] {
  const out: string[] = [];
  // A sentence ends at a full stop before a space, or at the end of the line if the stop was lost there.
  for (const m of squash(lineAt(src, line)).matchAll(/tavoitteena on ollut (.+?)(?:\.(?= |$)|$)/g)) {
    const runOn = lostFullStop(m[1]!, src);
    if (runOn)
      throw new SourceError(
        src.file,
        line,
        `the objective "${m[1]}" runs into another sentence at "${runOn}": a full stop lost before it?`,
      );
    out.push(...m[1]!.split(/ sekä (?=\p{Ll}+(?:aa|ää) )/u));
  }
  return out;
}

/** One line's developer groups and the planner who leads each ("<Province> suunnittelija vastaa <fields> …"). */
function developerGroupsOn(src: SourceText, line: number): Array<{ name: string; ledBy: string }> {
  const sentence = new RegExp(`((?:\\S+${DASH})?\\S+ suunnittelija vastaa .+?) kehittäjäryhmien toiminnasta`)
    .exec(squash(lineAt(src, line)))![1]!
    .replace(' vastaa', '');
  const groups: Array<{ name: string; ledBy: string }> = [];
  const PROVINCE_POST = new RegExp(`((?:\\p{Lu}\\p{Ll}+${DASH})?\\p{Lu}\\p{Ll}+n suunnittelija) `, 'gu');
  const posts = [...sentence.matchAll(PROVINCE_POST)];
  posts.forEach((p, i) => {
    const end = posts[i + 1]?.index ?? sentence.length;
    const fields = sentence
      .slice(p.index + p[0].length, end)
      .replace(/(?:,| ja)\s*$/, '')
      .trim();
    // "vammais- ja maahanmuuttajatyön": the hyphen stands for the shared ending ("vammaistyön").
    const shared = /[-–]\s+ja\s+\p{Ll}+?(työn)$/u.exec(fields)?.[1] ?? '';
    for (const field of fields.split(/\s+ja\s+/)) {
      const name = /[-–]$/.test(field) ? `${field.slice(0, -1)}${shared}` : field;
      groups.push({
        name: `${name[0]!.toUpperCase()}${name.slice(1)} kehittäjäryhmä`,
        ledBy: p[1]!.replace(new RegExp(DASH), '-'),
      });
    }
  });
  if (groups.length === 0)
    throw new SourceError(src.file, line, 'no "<province> suunnittelija" leading a developer group');
  return groups;
}

/** The lines whose squashed text matches `pattern`; none is an error naming `what`. */
function linesWith(src: SourceText, pattern: RegExp, what: string): number[] {
  const lines = src.lines.flatMap((text, i) => (pattern.test(squash(text)) ? [i + 1] : []));
  if (lines.length === 0) throw notFound(src, what);
  return lines;
}

const quoted = (items: string[]) => items.map((x) => `"${x}"`).join('; ');

/**
 * The report's objectives ("tavoitteena on ollut <infinitive phrase>", two joined by "sekä"), its developer
 * groups and the planner who leads each ("<Province> suunnittelija vastaa <field> … kehittäjäryhmien
 * toiminnasta"), and the counts in REPORT_FIGURES. Each is stated once; a copy must read the same (statedOnce).
 */
export function parseReportFacts(src: SourceText): ReportFacts {
  const objectiveLines = linesWith(src, /tavoitteena on ollut/, 'the objectives ("tavoitteena on ollut")');
  const stated = statedOnce(
    src,
    'the objectives',
    objectiveLines.map((line) => {
      const value = objectivesOn(src, line);
      return { line, value, key: quoted(value) };
    }),
  );
  const objectives = stated.value.map((text) => ({ text, line: stated.line }));

  const groupLines = linesWith(
    src,
    /suunnittelija vastaa .* kehittäjäryhmien toiminnasta/,
    'who leads the developer groups ("suunnittelija vastaa … kehittäjäryhmien toiminnasta")',
  );
  const groups = statedOnce(
    src,
    'who leads the developer groups',
    groupLines.map((line) => {
      const value = developerGroupsOn(src, line);
      return { line, value, key: quoted(value.map((g) => `${g.name}: ${g.ledBy}`)) };
    }),
  );
  const developerGroups = groups.value.map((g) => ({ ...g, line: groups.line }));

  const figures = REPORT_FIGURES.map((spec) => {
    const found = matchesIn(src, spec.pattern);
    if (found.length === 0) throw notFound(src, `the count "${spec.key}" (${spec.pattern})`);
    const readings = found.map(({ line, match }) => {
      const value = finnishCount(match[1]!);
      if (value === null) throw new SourceError(src.file, line, `"${match[1]}" is not a number (${spec.key})`);
      return { line, value: { value, label: match[0] }, key: String(value) };
    });
    const { line, value } = statedOnce(src, `the count "${spec.key}"`, readings);
    return { key: spec.key, ...value, line };
  });
  return { objectives, developerGroups, figures, ...namedAndDated(src) };
}

/**
 * The projects the report names ("Väylä-hanke", "Hyve-hankkeen", "Paavo- hankkeen"), once each by their basic form,
 * and the periods it states for a post or a programme ("suunnittelija ajalla 15.2.- 31.12.2006", "maakuntaohjelman
 * 2007 - 2010"), each with its first line.
 */
function namedAndDated(src: SourceText): Pick<ReportFacts, 'projects' | 'periods'> {
  const projects: ReportFacts['projects'] = [];
  const periods: ReportFacts['periods'] = [];
  src.lines.forEach((raw, i) => {
    const line = squash(raw);
    for (const m of line.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+)-\s?hank\p{L}*/gu)) {
      const name = `${m[1]}-hanke`;
      if (!projects.some((p) => p.name === name)) projects.push({ name, line: i + 1 });
    }
    // A project the report says ended ("… maahanmuuttajasosiaalityön hankkeen päätyttyä syksyllä 2005").
    for (const m of line.matchAll(/(\p{Ll}+ hankkeen) päätyttyä \p{Ll}+llä (\d{4})/gu))
      projects.push({ name: basicForm(m[1]!, [])!, end: m[2]!, line: i + 1 });
    const post =
      /((?:\p{Lu}\S* )?[\p{L} ]+? palkattu \p{Ll}+) ajalla (\d{1,2}\.\d{1,2}\.)\s*[-–]\s*(\d{1,2}\.\d{1,2}\.\d{4})/u.exec(
        line,
      );
    if (post) {
      const end = parseFinnishDate(post[3]!, src.file, i + 1);
      periods.push({
        text: post[1]!,
        start: parseFinnishDate(`${post[2]}${end.slice(0, 4)}`, src.file, i + 1),
        end,
        line: i + 1,
      });
    }
    const programme = /(\p{Lu}\p{Ll}+ maakuntaohjelma)n (\d{4})\s*[-–]\s*(\d{4})/u.exec(line);
    if (programme) periods.push({ text: programme[1]!, start: programme[2]!, end: programme[3]!, line: i + 1 });
  });
  return { projects, periods };
}
