import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt } from '../lib/document.ts';
import { parseFinnishDate } from '../lib/dates.ts';
import { squash } from '../lib/text.ts';
import { resolveMunicipality } from '../lib/municipalityNames.ts';
import type { MunicipalityRef } from './geoCsv.ts';
import { provincesInPhrase } from '../lib/provinces.ts';

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
  project: { name: string; nameLine: number; start: string; end: string; administratorRaw: string; line: number; excerpt: string };
  listed: ListedMunicipality[];
  listLine: number;
  matrix: MatrixProvince[];
  matrixLines: [number, number];
  laterArea: { year: number; name: string; members: string[]; line: number; excerpt: string } | null;
  duplicates: Array<{ written: string; code: string; line: number; group: string }>;
  variantsUsed: Array<{ written: string; code: string; line: number }>;
  statedCounts: Array<{ what: 'participants' | 'participants-later' | 'area-members' | 'area-members-later' | 'areas' | 'province-participants'; province?: string; value: number; line: number; excerpt: string }>;
  shares: { projectName: string; line: number; excerpt: string; items: Array<{ organisation: string; percent: number }> } | null;
}

const stripPageNumbers = (line: string) => squash(line).replace(/^\d+\s+/, '').replace(/\s+\d+$/, '');

function readProject(src: SourceText): LasseData['project'] {
  const name = squash(lineAt(src, 1));
  if (!/^LasSe/.test(name)) throw new SourceError(src.file, 1, 'expected the LasSe project name on the first line');
  const line = requireLine(src, /Hankeaika\s+\d/, 'the project period ("Hankeaika d.m.yyyy d.m.yyyy")');
  const text = squash(lineAt(src, line));
  const m = /Hankeaika\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*[–-]?\s*(\d{1,2}\.\d{1,2}\.\d{4})\s+Hallinnoija:\s*(.+?)\s+Hankkeessa/.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) throw new SourceError(src.file, line, 'unreadable "Hankeaika … Hallinnoija: …" statement');
  return {
    name,
    nameLine: 1,
    start: parseFinnishDate(m[1], src.file, line),
    end: parseFinnishDate(m[2], src.file, line),
    administratorRaw: m[3],
    line,
    excerpt: m[0],
  };
}

const GROUP = /([A-ZÄÖ][^.]*?)\s+(?:hankkeeseen osallistuvat|hankekuntia ovat)\s+(.+?)\s+kaupungit sekä\s+(.+?)\s+kunnat\./g;

function readParticipantList(src: SourceText, opts: LasseOptions, data: LasseData) {
  const line = requireLine(src, /hankkeeseen osallistuvat .+ kaupungit sekä/, 'the list of participating municipalities');
  data.listLine = line;
  const text = squash(lineAt(src, line));
  for (const m of text.matchAll(GROUP)) {
    const phrase = m[1] ?? '';
    const group = provincesInPhrase(phrase.split(/\.\s/).pop() ?? phrase, opts.provinceNames);
    if (group.length === 0) throw new SourceError(src.file, line, `no province named in "${phrase}"`);
    const seen = new Map<string, string>();
    for (const token of `${m[2]}, ${m[3]}`.split(/,\s*|\s+ja\s+/)) {
      const joinedLater = /\(/.test(token);
      const written = squash(token.replace(/\(.*?\)?$/, '').replace(/\(\s*alkaen\s*\)/, ''));
      if (!written) continue;
      const hit = resolveMunicipality(written, opts.refs, opts.variants, true);
      if (!hit) throw new SourceError(src.file, line, `"${written}" in the list of participants is no municipality of the reference list`);
      if (hit.via === 'variant') data.variantsUsed.push({ written, code: hit.ref.code, line });
      if (seen.has(hit.ref.code)) {
        data.duplicates.push({ written, code: hit.ref.code, line, group: group.join(' + ') });
        continue;
      }
      seen.set(hit.ref.code, written);
      data.listed.push({ code: hit.ref.code, written, groupProvinces: group, joinedLater, line });
    }
  }
  if (data.listed.length === 0) throw new SourceError(src.file, line, 'no municipalities read from the list of participants');
}

const AREA_WORD = /(?:yhteistoiminta-alue|kuntayhtymä|liikelaitos|Peruspalvelukeskus|Kuntayhtymä)/;

function provinceHeaderPattern(names: string[]): RegExp {
  // The transcript breaks names at syllables ("Etelä- Pohjan maa", "Kanta- Häme").
  const alts = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => [...n].map((ch) => (ch === '-' ? '-\\s?' : ch)).join('\\s?'));
  return new RegExp(`(?<![\\p{L}-])(${alts.join('|')})(?![\\p{L}])`, 'gu');
}

function readMatrix(src: SourceText, opts: LasseOptions, data: LasseData) {
  const first = requireLine(src, /ITSELLISET KUNNAT/, 'the cooperation-area matrix ("… ITSELLISET KUNNAT")');
  const last = requireLine(src, /\byht\.\s+\d+/, 'the end of the matrix ("yht. N")', first);
  data.matrixLines = [first, last];
  let text = '';
  for (let n = first; n <= last; n++) text += ` ${stripPageNumbers(lineAt(src, n))}`;
  text = text.slice(text.indexOf('ITSELLISET KUNNAT') + 'ITSELLISET KUNNAT'.length);
  text = text.slice(0, text.search(/\byht\.\s+\d/));
  for (const fix of opts.separatorFixes) text = text.replace(`${fix.after} ${fix.before}`, `${fix.after}, ${fix.before}`);
  for (const [written, name] of Object.entries(opts.variants)) {
    if (written.includes(' ') && text.includes(written)) {
      const ref = opts.refs.find((r) => r.nameFi === name);
      if (ref) data.variantsUsed.push({ written, code: ref.code, line: first });
      text = text.replaceAll(written, name);
    }
  }
  const headers = provinceHeaderPattern(opts.provinceNames);
  const parts = text.split(headers);
  // split() with a capture group alternates [before, header, body, header, body, …].
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const province = opts.provinceNames.find((p) => p.replace(/\s/g, '') === (parts[i] ?? '').replace(/\s/g, ''));
    if (!province) continue;
    data.matrix.push(readMatrixProvince(src, first, province, parts[i + 1] ?? '', opts, data));
  }
  if (data.matrix.length === 0) throw new SourceError(src.file, first, 'no province found in the cooperation-area matrix');
}

function readMatrixProvince(src: SourceText, line: number, province: string, body: string, opts: LasseOptions, data: LasseData): MatrixProvince {
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
      if (/(?:yhteistoiminta-alue|kuntayhtymä)$/.test(w) || (current.length === 2 && /^(?:Peruspalvelukeskus|Kuntayhtymä)$/.test(current[0]!))) {
        const area = { name: current.join(' '), members: [] as string[] };
        queue.push(area);
        result.areas.push(area);
        current = [];
      }
    }
    if (current.length > 0) {
      const leftover = current.join(' ');
      if (!AREA_WORD.test(leftover)) throw new SourceError(src.file, line, `unreadable text "${leftover}" in the ${province} part of the matrix`);
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
    if (hit.via === 'variant') data.variantsUsed.push({ written: word, code: hit.ref.code, line });
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
  if (phrase.length > 0) throw new SourceError(src.file, line, `unreadable text "${phrase.join(' ')}" at the end of the ${province} part of the matrix`);
  const empty = result.areas.find((a) => a.members.length === 0);
  if (empty) throw new SourceError(src.file, line, `cooperation area "${empty.name}" has no member municipalities in the matrix`);
  return result;
}

function readLaterArea(src: SourceText, opts: LasseOptions): LasseData['laterArea'] {
  const re = /Tammikuusta\s+(\d{4})\s+alkaen\s+(.+?)\s+muodostavat\s+(.+?)n,/;
  for (let n = 1; n <= src.lines.length; n++) {
    const m = re.exec(squash(lineAt(src, n)));
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const members = m[2].split(/,\s*|\s+ja\s+/).map((w) => {
      const hit = resolveMunicipality(w, opts.refs, opts.variants);
      if (!hit) throw new SourceError(src.file, n, `"${w}" in the ${m[1]} cooperation area is no municipality of the reference list`);
      return hit.ref.code;
    });
    return { year: Number(m[1]), name: m[3], members, line: n, excerpt: m[0] };
  }
  return null;
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
    ...data.matrix.map((p): [string, string] => [`province:${p.province}`, `the module matrix row of ${p.province} ("${p.province} (N kuntaa)")`]),
  ];
  for (const [key, what] of required) {
    if (!seen.has(key)) throw new SourceError(src.file, null, `cannot find ${what}`);
  }
}

/** The organisation shares of the Välittäjä project ("Välittäjä 2009 Hankkeessa mukana: X (31%) Y(26%) …"): required. */
function readShares(src: SourceText): NonNullable<LasseData['shares']> {
  for (let n = 1; n <= src.lines.length; n++) {
    const text = squash(lineAt(src, n));
    const m = /(\p{Lu}\p{Ll}+ \d{4}) Hankkeessa mukana\s*[:;.,]?\s*(.+?%.*?\))(?:\s+Kustannusarvio|$)/u.exec(text);
    if (!m?.[1] || !m[2]) continue;
    const items = [...m[2].matchAll(/\s*([^()]+?)\s*\(\s*(\d+)\s*%\s*\)/g)].map((s) => ({ organisation: squash(s[1] ?? ''), percent: Number(s[2]) }));
    const rest = m[2].replace(/\s*([^()]+?)\s*\(\s*(\d+)\s*%\s*\)/g, '').trim();
    if (rest) throw new SourceError(src.file, n, `unreadable organisation share "${rest}" in "${m[0]}" (expected "Organisation (NN %)")`);
    if (items.length < 2) throw new SourceError(src.file, n, `the ${m[1]} project lists ${items.length} organisation share, expected several`);
    return { projectName: m[1], line: n, excerpt: m[0], items };
  }
  throw new SourceError(src.file, null, 'cannot find the organisation shares of the Välittäjä project ("Välittäjä 2009 Hankkeessa mukana: Organisation (NN %) …")');
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
    statedCounts: [],
    shares: null,
  };
  readParticipantList(src, opts, data);
  readMatrix(src, opts, data);
  data.laterArea = readLaterArea(src, opts);
  readStatedCounts(src, opts, data);
  data.shares = readShares(src);
  return data;
}
