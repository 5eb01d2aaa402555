import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt, notFound } from '../lib/document.ts';
import { parseFinnishDate } from '../lib/dates.ts';
import { squash } from '../lib/text.ts';
import { resolveMunicipality } from '../lib/municipalityNames.ts';
import type { MunicipalityRef } from './geoCsv.ts';
import { provincesInPhrase } from '../lib/provinces.ts';
import { DATE, TO, agreeing, joinDashes } from './lasseText.ts';

/** Parser for the LasSe action plan (a PDF transcript: one line per page, tables flattened into prose). */

export interface LasseOptions {
  refs: MunicipalityRef[];
  variants: Record<string, string>;
  separatorFixes: Array<{ after: string; before: string }>;
  provinceNames: string[];
}

export interface ListedMunicipality {
  code: string;
  written: string;
  groupProvinces: string[];
  joinedLater: boolean;
  line: number;
}

export interface MatrixProvince {
  province: string;
  areas: Array<{ name: string; members: string[] }>;
  independent: string[];
  /** Members written in parentheses: joining later. */
  later: string[];
}

export interface LasseData {
  project: {
    name: string;
    nameLine: number;
    start: string;
    end: string;
    administratorRaw: string;
    line: number;
    excerpt: string;
  };
  listed: ListedMunicipality[];
  listLine: number;
  matrix: MatrixProvince[];
  matrixLines: [number, number];
  laterArea: { year: number; name: string; members: string[]; line: number; excerpt: string } | null;
  duplicates: Array<{ written: string; code: string; line: number; group: string }>;
  variantsUsed: Array<{ written: string; code: string; line: number }>;
  /** The curated lost separators (MATRIX_SEPARATOR_FIXES) the matrix still lacked, restored. */
  separatorsRestored: Array<{ after: string; before: string }>;
  statedCounts: Array<{
    what:
      'participants' | 'participants-later' | 'area-members' | 'area-members-later' | 'areas' | 'province-participants';
    province?: string;
    value: number;
    line: number;
    excerpt: string;
  }>;
  shares: {
    projectName: string;
    line: number;
    excerpt: string;
    items: Array<{ organisation: string; percent: number }>;
  } | null;
  /** The module matrix ("MAAKUNTA | A moduuli | B moduuli | C moduuli"): each row's label as written and its marked modules. */
  moduleChoices: ModuleChoice[];
  /** "… tukee sosiaalialan osaamiskeskus X.": the centre the sentence after each group of participants names. */
  competenceCentres: Array<{ provinces: string[]; centre: string; line: number; excerpt: string }>;
}

export type Module = 'A' | 'B' | 'C';

export interface ModuleChoice {
  /** "Etelä-Pohjanmaa (18 kuntaa)", "Tampere (1/5 mukana hankkeessa)". */
  written: string;
  /** The province the row names, or null when it names a municipality. */
  province: string | null;
  municipalityCode: string | null;
  modules: Module[];
  line: number;
}

const stripPageNumbers = (line: string) =>
  squash(line)
    .replace(/^\d+\s+/, '')
    .replace(/\s+\d+$/, '');

function readProject(src: SourceText): LasseData['project'] {
  const name = squash(lineAt(src, 1));
  if (!/^LasSe/.test(name)) throw new SourceError(src.file, 1, 'expected the LasSe project name on the first line');
  const first = requireLine(src, /Hankeaika\s+\d/, 'the project period ("Hankeaika d.m.yyyy d.m.yyyy")');
  const stated = agreeing(
    src,
    new RegExp(`Hankeaika\\s+(${DATE})${TO}(${DATE})\\s+Hallinnoija:\\s*(.+?)\\s+Hankkeessa`, 'g'),
    'the project period and administrator ("Hankeaika … Hallinnoija: …")',
    (m, line) => ({
      start: parseFinnishDate(m[1]!, src.file, line),
      end: parseFinnishDate(m[2]!, src.file, line),
      administratorRaw: m[3]!,
    }),
  );
  if (!stated) throw new SourceError(src.file, first, 'unreadable "Hankeaika … Hallinnoija: …" statement');
  return { name, nameLine: 1, ...stated.value, line: stated.line, excerpt: stated.match[0] };
}

const GROUP =
  /([A-ZÄÖ][^.]*?)\s+(?:hankkeeseen osallistuvat|hankekuntia ovat)\s+(.+?)\s+kaupungit sekä\s+(.+?)\s+kunnat\./g;

function readParticipantList(src: SourceText, opts: LasseOptions, data: LasseData) {
  const line = requireLine(
    src,
    /hankkeeseen osallistuvat .+ kaupungit sekä/,
    'the list of participating municipalities',
  );
  data.listLine = line;
  const text = squash(lineAt(src, line));
  const groups = [...text.matchAll(GROUP)];
  groups.forEach((m, i) => {
    const phrase = m[1] ?? '';
    if (/osaamiskeskus/.test(phrase))
      throw new SourceError(
        src.file,
        line,
        `"${phrase.slice(0, 120)}" runs the competence centre's sentence into the next list of participants (a lost full stop?)`,
      );
    const group = provincesInPhrase(joinDashes(phrase.split(/\.\s/).pop() ?? phrase), opts.provinceNames);
    if (group.length === 0) throw new SourceError(src.file, line, `no province named in "${phrase}"`);
    // The centre is named in the sentences between this group's list and the next group's.
    const after = text.slice(m.index + m[0].length, groups[i + 1]?.index ?? text.length);
    const centre = /[^.]*\btukee sosiaalialan osaamiskeskus ([^.]+?)\./.exec(after);
    // A centre's name is capitalised words ("SONet BOTNIA"); lower-case words are the next sentence run on.
    if (centre?.[1] && !/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(centre[1]))
      throw new SourceError(
        src.file,
        line,
        `the competence centre "${centre[1].slice(0, 80)}" runs on into the next sentence (a lost full stop?)`,
      );
    if (centre?.[1])
      data.competenceCentres.push({ provinces: group, centre: centre[1], line, excerpt: centre[0].trim() });
    const seen = new Map<string, string>();
    for (const token of `${m[2]}, ${m[3]}`.split(/,\s*|\s+ja\s+/)) {
      const joinedLater = /\(/.test(token);
      const written = squash(token.replace(/\(.*?\)?$/, '').replace(/\(\s*alkaen\s*\)/, ''));
      if (!written) continue;
      const hit = resolveMunicipality(written, opts.refs, opts.variants, true);
      if (!hit)
        throw new SourceError(
          src.file,
          line,
          `"${written}" in the list of participants is no municipality of the reference list`,
        );
      if (hit.via === 'variant') data.variantsUsed.push({ written, code: hit.ref.code, line });
      if (seen.has(hit.ref.code)) {
        data.duplicates.push({ written, code: hit.ref.code, line, group: group.join(' + ') });
        continue;
      }
      seen.set(hit.ref.code, written);
      data.listed.push({ code: hit.ref.code, written, groupProvinces: group, joinedLater, line });
    }
  });
  if (data.listed.length === 0)
    throw new SourceError(src.file, line, 'no municipalities read from the list of participants');
}

const AREA_WORD = /(?:yhteistoiminta-alue|kuntayhtymä|liikelaitos|Peruspalvelukeskus|Kuntayhtymä)/;

function provinceHeaderPattern(names: string[]): RegExp {
  // The transcript breaks names at syllables ("Etelä- Pohjan maa", "Kanta- Häme").
  const alts = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => [...n].map((ch) => (ch === '-' ? '\\s?[-–]\\s?' : ch)).join('\\s?'));
  return new RegExp(`(?<![\\p{L}-])(${alts.join('|')})(?![\\p{L}])`, 'gu');
}

/** The line of a multi-line passage (first…last) where a written form stands, so a note cites its own line. */
function lineContaining(src: SourceText, written: string, first: number, last: number): number {
  for (let n = first; n <= last; n++) if (lineAt(src, n).includes(written)) return n;
  return first;
}

function readMatrix(src: SourceText, opts: LasseOptions, data: LasseData) {
  const first = requireLine(src, /ITSELLISET KUNNAT/, 'the cooperation-area matrix ("… ITSELLISET KUNNAT")');
  const last = requireLine(src, /\byht\.\s+\d+/, 'the end of the matrix ("yht. N")', first);
  data.matrixLines = [first, last];
  let text = '';
  for (let n = first; n <= last; n++) text += ` ${stripPageNumbers(lineAt(src, n))}`;
  text = text.slice(text.indexOf('ITSELLISET KUNNAT') + 'ITSELLISET KUNNAT'.length);
  text = text.slice(0, text.search(/\byht\.\s+\d/));
  // A spaced dash between two names is the compound's hyphen ("Pirkkala – Vesilahti yhteistoiminta-alue").
  text = text.replace(/(?<=\p{L}) [-–] (?=\p{Lu})/gu, '-');
  for (const fix of opts.separatorFixes) {
    // Only a separator the matrix still lacks is restored, and only a restored one is a note.
    if (!text.includes(`${fix.after} ${fix.before}`)) continue;
    text = text.replace(`${fix.after} ${fix.before}`, `${fix.after}, ${fix.before}`);
    data.separatorsRestored.push(fix);
  }
  for (const [written, name] of Object.entries(opts.variants)) {
    if (written.includes(' ') && text.includes(written)) {
      const ref = opts.refs.find((r) => r.nameFi === name);
      if (ref) data.variantsUsed.push({ written, code: ref.code, line: lineContaining(src, written, first, last) });
      text = text.replaceAll(written, name);
    }
  }
  const headers = provinceHeaderPattern(opts.provinceNames);
  const parts = text.split(headers);
  // Whatever stands before the first province heading would belong to none: a heading spelt otherwise.
  if (parts[0]?.trim())
    throw new SourceError(
      src.file,
      first,
      `"${parts[0].trim().slice(0, 80)}" stands before the first province of the cooperation-area matrix`,
    );
  // split() with a capture group alternates [before, header, body, header, body, …].
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const written = (parts[i] ?? '').replace(/\s/g, '').replace(/–/g, '-');
    const province = opts.provinceNames.find((p) => p === written)!;
    data.matrix.push(readMatrixProvince(src, first, province, parts[i + 1] ?? '', opts, data));
  }
  if (data.matrix.length === 0)
    throw new SourceError(src.file, first, 'no province found in the cooperation-area matrix');
}

function readMatrixProvince(
  src: SourceText,
  line: number,
  province: string,
  body: string,
  opts: LasseOptions,
  data: LasseData,
): MatrixProvince {
  const result: MatrixProvince = { province, areas: [], independent: [], later: [] };
  const queue: Array<{ name: string; members: string[] }> = [];
  let phrase: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const area = queue.shift();
    if (area) area.members.push(...run);
    else result.independent.push(...run);
    run = [];
  };
  const flushPhrase = () => {
    if (phrase.length === 0) return;
    const words = phrase;
    phrase = [];
    let current: string[] = [];
    for (const w of words) {
      current.push(w);
      if (
        /(?:yhteistoiminta-alue|kuntayhtymä)$/.test(w) ||
        (current.length === 2 && /^(?:Peruspalvelukeskus|Kuntayhtymä)$/.test(current[0]!))
      ) {
        const area = { name: current.join(' '), members: [] as string[] };
        queue.push(area);
        result.areas.push(area);
        current = [];
      }
    }
    if (current.length > 0) {
      const leftover = current.join(' ');
      if (!AREA_WORD.test(leftover))
        throw new SourceError(src.file, line, `unreadable text "${leftover}" in the ${province} part of the matrix`);
      const area = { name: leftover, members: [] as string[] };
      queue.push(area);
      result.areas.push(area);
    }
  };
  const words = body.trim().split(/\s+/).filter(Boolean);
  for (const raw of words) {
    const inParens = /^\(/.test(raw) || /\)$/.test(raw);
    const separated = /[,.]$/.test(raw);
    const word = raw.replace(/^\(|[,.)]+$/g, '');
    if (!word) continue;
    const hit = resolveMunicipality(word, opts.refs, opts.variants);
    if (!hit) {
      closeRun();
      phrase.push(word);
      continue;
    }
    if (hit.via === 'variant')
      data.variantsUsed.push({
        written: word,
        code: hit.ref.code,
        line: lineContaining(src, word, data.matrixLines[0], data.matrixLines[1]),
      });
    flushPhrase();
    if (inParens) {
      closeRun();
      result.later.push(hit.ref.code);
      continue;
    }
    run.push(hit.ref.code);
    if (!separated) closeRun();
  }
  closeRun();
  if (phrase.length > 0)
    throw new SourceError(
      src.file,
      line,
      `unreadable text "${phrase.join(' ')}" at the end of the ${province} part of the matrix`,
    );
  const empty = result.areas.find((a) => a.members.length === 0);
  if (empty)
    throw new SourceError(
      src.file,
      line,
      `cooperation area "${empty.name}" has no member municipalities in the matrix`,
    );
  return result;
}

function readLaterArea(src: SourceText, opts: LasseOptions): LasseData['laterArea'] {
  const found = agreeing(
    src,
    /Tammikuusta\s+(\d{4})\s+(?:alkaen|lähtien)\s+(.+?)\s+muodostavat\s+(.+?)n,/g,
    'the cooperation area formed later ("Tammikuusta YYYY alkaen … muodostavat …")',
    (m, n) => ({
      year: Number(m[1]),
      name: m[3]!,
      members: m[2]!.split(/,\s*|\s+ja\s+/).map((w) => {
        const hit = resolveMunicipality(w, opts.refs, opts.variants);
        if (!hit)
          throw new SourceError(
            src.file,
            n,
            `"${w}" in the ${m[1]} cooperation area is no municipality of the reference list`,
          );
        return hit.ref.code;
      }),
    }),
  );
  return found && { ...found.value, line: found.line, excerpt: found.match[0] };
}

/** The count statements the plan makes; each is a required part, so a mangled one is an error, not a lost note. */
function readStatedCounts(src: SourceText, opts: LasseOptions, data: LasseData) {
  const seen = new Set<string>();
  src.lines.forEach((raw, i) => {
    const line = i + 1;
    const text = squash(raw);
    const areaShare = /(\d+):st[äa]\s*\((\d+)\)\s*kunnasta\s+(\d+)\s*\((\d+)\)/.exec(text);
    if (areaShare) {
      seen.add('area-share');
      data.statedCounts.push({ what: 'participants', value: Number(areaShare[1]), line, excerpt: areaShare[0] });
      data.statedCounts.push({ what: 'participants-later', value: Number(areaShare[2]), line, excerpt: areaShare[0] });
      data.statedCounts.push({ what: 'area-members', value: Number(areaShare[3]), line, excerpt: areaShare[0] });
      data.statedCounts.push({ what: 'area-members-later', value: Number(areaShare[4]), line, excerpt: areaShare[0] });
    }
    const total = /yht\.\s+(\d+)\s+\((\d+)\)/.exec(text);
    if (total) {
      seen.add('total');
      data.statedCounts.push({ what: 'participants', value: Number(total[1]), line, excerpt: total[0] });
      data.statedCounts.push({ what: 'participants-later', value: Number(total[2]), line, excerpt: total[0] });
    }
    const involved = /Hankkeessa mukana\s*[:;.,]?\s*(\d+)\s+kuntaa/.exec(text);
    if (involved) {
      seen.add('involved');
      data.statedCounts.push({ what: 'participants-later', value: Number(involved[1]), line, excerpt: involved[0] });
    }
    const areas = /yhteensä yhdeksän \((\d+)/.exec(text);
    if (areas) {
      seen.add('areas');
      data.statedCounts.push({ what: 'areas', value: Number(areas[1]), line, excerpt: areas[0] });
    }
    for (const m of text.matchAll(/([A-ZÄÖ][a-zäö]+(?:-\s?[A-ZÄÖ][a-zäö]+)?)\s+\((\d+)\s+kuntaa\)/g)) {
      const province = opts.provinceNames.find((p) => p === m[1]!.replace(/\s/g, ''));
      if (!province) continue;
      seen.add(`province:${province}`);
      data.statedCounts.push({ what: 'province-participants', province, value: Number(m[2]), line, excerpt: m[0] });
    }
  });
  const required: Array<[string, string]> = [
    ['area-share', 'the statement of participants in cooperation areas ("58:stä(59) kunnasta 33(34)")'],
    ['areas', 'the count of cooperation areas ("yhteensä yhdeksän (9)")'],
    ['total', 'the matrix total ("yht. 58 (59)")'],
    ['involved', 'the count of participating municipalities ("Hankkeessa mukana: 60 kuntaa")'],
    ...data.matrix.map((p): [string, string] => [
      `province:${p.province}`,
      `the module matrix row of ${p.province} ("${p.province} (N kuntaa)")`,
    ]),
  ];
  for (const [key, what] of required) {
    if (!seen.has(key)) throw notFound(src, what);
  }
}

/** The organisation shares of the Välittäjä project ("Välittäjä 2009 Hankkeessa mukana: X (31%) Y(26%) …"): required. */
function readShares(src: SourceText): NonNullable<LasseData['shares']> {
  // A second table of the same project that gives other shares is an error, never a silent winner.
  const found = agreeing(
    src,
    /(\p{Lu}\p{Ll}+ \d{4}) Hankkeessa mukana\s*[:;.,]?\s*(.+?%.*?\))(?:\s+Kustannusarvio|$)/gu,
    'the organisation shares of the Välittäjä project',
    (m, n) => readShareTable(src, m, n),
  );
  if (found) return { ...found.value, line: found.line, excerpt: found.match[0] };
  throw notFound(
    src,
    'the organisation shares of the Välittäjä project ("Välittäjä 2009 Hankkeessa mukana: Organisation (NN %) …")',
  );
}

/** One "Hankkeessa mukana: X (31%) Y(26%) …" table: every share readable, several of them. */
function readShareTable(src: SourceText, m: RegExpExecArray, n: number) {
  const items = [...m[2]!.matchAll(/\s*([^()]+?)\s*\(\s*(\d+)\s*%\s*\)/g)].map((s) => ({
    organisation: squash(s[1] ?? ''),
    percent: Number(s[2]),
  }));
  const rest = m[2]!.replace(/\s*([^()]+?)\s*\(\s*(\d+)\s*%\s*\)/g, '').trim();
  if (rest)
    throw new SourceError(
      src.file,
      n,
      `unreadable organisation share "${rest}" in "${m[0]}" (expected "Organisation (NN %)")`,
    );
  if (items.length < 2)
    throw new SourceError(
      src.file,
      n,
      `the ${m[1]} project lists ${items.length} organisation share, expected several`,
    );
  return { projectName: m[1]!, items };
}

/**
 * The module matrix, flattened over two pages: row labels ("Pirkanmaa (12 kuntaa)", "Tampere (1/5 mukana
 * hankkeessa)"), then the cells, where an "x" marks module A and a cell naming "B moduuli" or "C moduuli" marks
 * that module. Where the transcript put two labels side by side, their cells follow in an order the flattening
 * does not keep; the marks can then be given to the rows only when each module is marked for all of them or none.
 */
function readModuleMatrix(src: SourceText, opts: LasseOptions): ModuleChoice[] {
  const first = requireLine(
    src,
    /\bMAAKUNTA\b.*\bA\s*-?\s*moduuli\b/,
    'the module matrix ("MAAKUNTA … A moduuli … B moduuli … C moduuli")',
  );
  const last = requireLine(
    src,
    /Edellä olevassa matriisissa/,
    'the end of the module matrix ("Edellä olevassa matriisissa")',
    first,
  );
  let text = '';
  const starts: Array<{ offset: number; line: number }> = [];
  for (let n = first; n <= last; n++) {
    starts.push({ offset: text.length, line: n });
    text += `${stripPageNumbers(lineAt(src, n))} `;
  }
  const lineOfOffset = (offset: number) => [...starts].reverse().find((s) => s.offset <= offset)!.line;
  const begin = /\bMAAKUNTA\b/.exec(text)!.index;
  const end = text.indexOf('Edellä olevassa matriisissa');
  const header = /A\s*-?\s*moduuli\s*\([^)]*\)\s*B\s*-?\s*moduuli\s*\([^)]*\)\s*C\s*-?\s*moduuli\s*\([^)]*\)/.exec(
    text.slice(begin, end),
  );
  if (!header)
    throw new SourceError(
      src.file,
      first,
      'the module matrix has no column header "A moduuli (…) B moduuli (…) C moduuli (…)"',
    );
  const headerFrom = begin + header.index;
  const headerTo = headerFrom + header[0].length;
  const provinces = opts.provinceNames.map((p) => p.replace(/-/g, '-\\s?')).join('|');
  const label = new RegExp(`(${provinces}|\\p{Lu}\\p{Ll}+)\\s*\\((\\d+\\s+kuntaa|[^()]*mukana[^()]*)\\)`, 'gu');
  type Mark = { at: number; label?: ModuleChoice; module?: Module };
  const marks: Mark[] = [];
  for (const m of text.slice(begin, end).matchAll(label)) {
    const at = begin + (m.index ?? 0);
    if (at >= headerFrom && at < headerTo) continue;
    const name = m[1]!.replace(/\s/g, '');
    const province = opts.provinceNames.find((p) => p === name) ?? null;
    const municipality = province ? null : resolveMunicipality(name, opts.refs, opts.variants);
    if (!province && !municipality) continue;
    marks.push({
      at,
      label: {
        written: squash(m[0]),
        province,
        municipalityCode: municipality?.ref.code ?? null,
        modules: [],
        line: lineOfOffset(at),
      },
    });
  }
  const markers: Array<[Module, RegExp]> = [
    ['A', /(?<![\p{L}\d])x(?![\p{L}\d])/gu],
    ['B', /(?<![\p{L}])B\s*-?\s*moduul/gu],
    ['C', /(?<![\p{L}])C\s*-?\s*moduul/gu],
  ];
  for (const [module, re] of markers) {
    for (const m of text.slice(headerTo, end).matchAll(re)) marks.push({ at: headerTo + (m.index ?? 0), module });
  }
  marks.sort((a, b) => a.at - b.at);
  const rows: ModuleChoice[] = [];
  let group: ModuleChoice[] = [];
  let counts: Record<Module, number> = { A: 0, B: 0, C: 0 };
  const close = () => {
    if (group.length === 0) return;
    for (const module of ['A', 'B', 'C'] as const) {
      const n = counts[module];
      if (n !== 0 && n !== group.length) {
        throw new SourceError(
          src.file,
          group[0]!.line,
          `module ${module} is marked ${n} times for the ${group.length} rows ${group.map((g) => g.written).join(', ')} of the module matrix: cannot tell which rows it belongs to`,
        );
      }
      if (n === group.length) group.forEach((g) => g.modules.push(module));
    }
    rows.push(...group);
    group = [];
    counts = { A: 0, B: 0, C: 0 };
  };
  let lastWasLabel = false;
  for (const mark of marks) {
    if (mark.label) {
      if (!lastWasLabel) close();
      group.push(mark.label);
      lastWasLabel = true;
    } else if (mark.module) {
      counts[mark.module]++;
      lastWasLabel = false;
    }
  }
  close();
  if (rows.length === 0)
    throw new SourceError(src.file, first, 'no rows ("Maakunta (N kuntaa)") found in the module matrix');
  const unmarked = rows.find((r) => r.modules.length === 0);
  if (unmarked)
    throw new SourceError(src.file, unmarked.line, `row "${unmarked.written}" of the module matrix marks no module`);
  return rows;
}

export function parseLasse(src: SourceText, opts: LasseOptions): LasseData {
  const data: LasseData = {
    project: readProject(src),
    listed: [],
    listLine: 0,
    matrix: [],
    matrixLines: [0, 0],
    laterArea: null,
    duplicates: [],
    variantsUsed: [],
    separatorsRestored: [],
    statedCounts: [],
    shares: null,
    moduleChoices: [],
    competenceCentres: [],
  };
  readParticipantList(src, opts, data);
  readMatrix(src, opts, data);
  data.laterArea = readLaterArea(src, opts);
  readStatedCounts(src, opts, data);
  data.shares = readShares(src);
  data.moduleChoices = readModuleMatrix(src, opts);
  return data;
}
