import type { ParseNote } from '../lib/notes.ts';
import { isPageBreakLine } from './flatTable.ts';
import { SourceError } from '../lib/errors.ts';
import { finnishCount } from '../lib/numberWords.ts';
import { type SourceText, requireLine, lineAt, notFound } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { parseFinnishDate } from '../lib/dates.ts';

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
  const start = requireLine(src, /painopistealueiden mukaiseen toiminnan kuvaukseen/, 'the priority-area introduction');
  const end = requireLine(
    src,
    /^Alueellinen ja ylimaakunnallinen toiminta/,
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
    const twice = out.find((p) => p.name === text);
    if (twice)
      throw new SourceError(src.file, n, `priority-area heading "${text}" repeats the heading of line ${twice.line}`);
    out.push({ order: out.length + 1, name: text, line: n });
  }
  if (out.length === 0) throw new SourceError(src.file, start, 'no priority-area headings found');
  return out;
}

export interface ReportFigureSpec {
  key: string;
  /** A pattern whose first group is the number (digits or a Finnish number word). */
  pattern: RegExp;
}

/** The counts the report gives, each found by the words around it. */
export const REPORT_FIGURES: ReportFigureSpec[] = [
  { key: 'steering-group-meetings', pattern: /kokoontunut toimintakauden aikana (\S+) kertaa/ },
  {
    key: 'child-protection-projects',
    pattern: /toteutettu (\S+) lastensuojelun tai ennaltaehkäisevän lastensuojelun hanketta/,
  },
  { key: 'bikva-experts', pattern: /saatiin (\S+) Bikva-osaajaa/ },
  { key: 'disability-projects-prepared', pattern: /valmisteltiin (\S+) vammaispalvelujen kehittämishanketta/ },
  { key: 'early-education-group-meetings-per-year', pattern: /keskimäärin (\S+) vuodessa/ },
  { key: 'municipalities-in-area', pattern: /alueen (\d+) kunnan/ },
  { key: 'disability-workshops', pattern: /järjesti (\S+) ylimaakunnallista työkokousta/ },
  { key: 'project-worker-meetings-per-year', pattern: /projektityöntekijöiden työkokouksia (\S+) kertaa vuodessa/ },
  { key: 'directors-meetings-per-year', pattern: /(\S+) kertaa vuodessa kokoonnutaan/ },
];

export interface ReportEventSpec {
  kind: 'meeting' | 'seminar' | 'evaluation' | 'training';
  /** Named groups: `title` as written, `when` (a year, "2004–05", or "d.m.yyyy -d.m.yyyy"), optional `place`. */
  pattern: RegExp;
}

/** The dated happenings the report names, each found by the words around it. */
export const REPORT_EVENTS: ReportEventSpec[] = [
  {
    kind: 'training',
    pattern:
      /(?<title>Arviointi hyvinvointipalvelujen kehittämisessä) – koulutuksella \((?<when>\d{1,2}\.\d{1,2}\.\d{4} ?- ?\d{1,2}\.\d{1,2}\.\d{4}) (?<place>[^)]+)\)/,
  },
  {
    kind: 'evaluation',
    pattern:
      /osallistuivat yhteistyössä \((?<when>\d{4}–\d{2})\) (?<title>Stakesin Bikva - arviointimenetelmän pilottiryhmä)/,
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

/** "2005" → 2005; "2004–05" → 2004 to 2005; "26.9.2006 -14.2.2007" → the two days. */
function reportBounds(when: string, file: string, line: number): { start: string; end: string | null } {
  const days = /^(\S+?) ?- ?(\S+)$/.exec(when);
  if (days && days[1]!.includes('.'))
    return { start: parseFinnishDate(days[1]!, file, line), end: parseFinnishDate(days[2]!, file, line) };
  const years = /^(\d{4})–(\d{2})$/.exec(when);
  if (years) {
    const end = `${years[1]!.slice(0, 2)}${years[2]}`;
    if (end <= years[1]!) throw new SourceError(file, line, `the period "${when}" ends before it starts`);
    return { start: years[1]!, end };
  }
  return { start: when, end: null };
}

/** The report's dated happenings (REPORT_EVENTS); each must be found, so a reworded one names its pattern. */
export function parseReportEvents(src: SourceText): ReportEvent[] {
  return REPORT_EVENTS.map((spec) => {
    // Matched on the squashed line: the transcript doubles spaces ("(2004–05)  Stakesin").
    const n = src.lines.findIndex((l) => spec.pattern.test(squash(l))) + 1;
    if (n === 0) throw notFound(src, `the dated item ${spec.pattern}`);
    const g = spec.pattern.exec(squash(lineAt(src, n)))!.groups!;
    return { kind: spec.kind, title: g.title!, ...reportBounds(g.when!, src.file, n), place: g.place ?? null, line: n };
  });
}

export interface ReportFacts {
  objectives: Array<{ text: string; line: number }>;
  developerGroups: Array<{ name: string; ledBy: string; line: number }>;
  figures: Array<{ key: string; value: number; label: string; line: number }>;
}

/**
 * The report's objectives ("tavoitteena on ollut <infinitive phrase>", two joined by "sekä"), its developer
 * groups and the planner who leads each ("<Province> suunnittelija vastaa <field> … kehittäjäryhmien
 * toiminnasta"), and the counts in REPORT_FIGURES.
 */
export function parseReportFacts(src: SourceText): ReportFacts {
  const objectives: ReportFacts['objectives'] = [];
  const objectiveLine = requireLine(src, /tavoitteena on ollut/, 'the objectives ("tavoitteena on ollut")');
  for (const m of squash(lineAt(src, objectiveLine)).matchAll(/tavoitteena on ollut (.+?)\./g)) {
    for (const part of m[1]!.split(/ sekä (?=\p{Ll}+(?:aa|ää) )/u))
      objectives.push({ text: part, line: objectiveLine });
  }

  const groupLine = requireLine(
    src,
    /suunnittelija vastaa .* kehittäjäryhmien toiminnasta/,
    'who leads the developer groups ("suunnittelija vastaa … kehittäjäryhmien toiminnasta")',
  );
  const sentence = /((?:\S+-\s)?\S+ suunnittelija vastaa .+?) kehittäjäryhmien toiminnasta/
    .exec(squash(lineAt(src, groupLine)))![1]!
    .replace(' vastaa', '');
  const developerGroups: ReportFacts['developerGroups'] = [];
  const PROVINCE_POST = /((?:\p{Lu}\p{Ll}+-\s?)?\p{Lu}\p{Ll}+n suunnittelija) /gu;
  const posts = [...sentence.matchAll(PROVINCE_POST)];
  posts.forEach((p, i) => {
    const end = posts[i + 1]?.index ?? sentence.length;
    const fields = sentence
      .slice(p.index! + p[0].length, end)
      .replace(/(?:,| ja)\s*$/, '')
      .trim();
    // "vammais- ja maahanmuuttajatyön": the hyphen stands for the shared ending ("vammaistyön").
    const shared = /-\s+ja\s+\p{Ll}+?(työn)$/u.exec(fields)?.[1] ?? '';
    for (const field of fields.split(/\s+ja\s+/)) {
      const name = field.endsWith('-') ? `${field.slice(0, -1)}${shared}` : field;
      developerGroups.push({
        name: `${name[0]!.toUpperCase()}${name.slice(1)} kehittäjäryhmä`,
        ledBy: p[1]!.replace(/-\s/, '-'),
        line: groupLine,
      });
    }
  });
  if (developerGroups.length === 0)
    throw new SourceError(src.file, groupLine, 'no "<province> suunnittelija" leading a developer group');

  const figures: ReportFacts['figures'] = [];
  for (const spec of REPORT_FIGURES) {
    const n = requireLine(src, spec.pattern, `the count "${spec.key}" (${spec.pattern})`);
    const m = spec.pattern.exec(squash(lineAt(src, n)))!;
    const value = finnishCount(m[1]!);
    if (value === null) throw new SourceError(src.file, n, `"${m[1]}" is not a number (${spec.key})`);
    figures.push({ key: spec.key, value, label: m[0], line: n });
  }
  return { objectives, developerGroups, figures };
}
