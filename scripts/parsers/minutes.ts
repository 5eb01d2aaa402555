import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt, findLine, notFound } from '../lib/document.ts';
import { parseEuroAmount, parseLeadingCount } from '../lib/numbers.ts';
import type { ParseNote } from '../lib/notes.ts';
import { squash, stems, titleKey } from '../lib/text.ts';
import { PLAUSIBLE_AMOUNT_EUR } from '../curation.ts';
import { readFlatTable, type FlatRow } from './flatTable.ts';

/**
 * Parser for the steering-group minutes. The structure it expects, in this order:
 * Liite 1 — for each plan year an introduction ("Vuonna 2008 …", "Vuoden 2009 …"), a numbered list of themes and a
 * table (columns Hanke / Hallinnoija, optionally Kustannukset) whose rows are theme headings, project rows and an
 * optional total row at the end; Liite 2 — the sections LASTENSUOJELU, VARHAISKASVATUS and PERHEHANKKEET, each with
 * its period, and under PERHEHANKKEET one entry per Ostrobothnian province.
 */

export interface PlanTheme {
  year: number;
  order: number;
  name: string;
  line: number;
}

export interface PlanCost {
  amountEur: number;
  line: number;
  /** The cell as written. */
  written: string;
}

export interface PlanRow {
  year: number;
  themeOrder: number;
  name: string;
  administratorRaw: string;
  administratorLine: number;
  /** The Kustannukset cell of this row, read by the header's column; null where the cell is empty or there is no such column. */
  cost: PlanCost | null;
  cells: string[];
  lineStart: number;
  lineEnd: number;
}

export interface PlanTotal {
  year: number;
  projects: number | null;
  administrators: number | null;
  amountEur: number | null;
  cells: string[];
  lineStart: number;
  lineEnd: number;
}

export interface LaterProject {
  name: string;
  provinceName: string;
  start: string;
  end: string;
  line: number;
  excerpt: string;
}

/** A section of Liite 2: a development entity with its period, and the earlier projects its text names. */
export interface Appendix2Section {
  /** The heading as written, without its period ("LASTENSUOJELU"). */
  name: string;
  start: string;
  end: string;
  line: number;
  /** Projects the section says the work was done in before ("erillisissä hankkeissa (A, B, C)", "… Helminauha -hankkeessa"). */
  predecessors: Array<{ name: string; line: number }>;
  /** The share of Swedish speakers the section gives ("52 %:lla asukkaista ruotsi äidinkielenä"), as written. */
  swedishShare: { percent: number; written: string; line: number } | null;
}

export interface MinutesData {
  themes: PlanTheme[];
  rows: PlanRow[];
  totals: PlanTotal[];
  laterProjects: LaterProject[];
  appendix2: Appendix2Section[];
  /** The project Liite 2's heading links its entities to ("REMONTTIIN KYTKEYTYVÄT …"), in the inflected form written. */
  appendix2LinkedTo: { written: string; line: number } | null;
  notes: ParseNote[];
}

export interface MinutesOptions {
  /** Provinces the PERHEHANKKEET section of Liite 2 has one entry for each (Finnish names). */
  familyProjectProvinces: string[];
}

const HEADING_MIN_SCORE = 0.75;

/** Which listed theme a heading row names, by shared word stems ("Palvelurakenne, hoito- ja …" ~ theme 4). */
export function matchTheme(heading: string, themes: PlanTheme[]): { theme: PlanTheme; score: number } | null {
  const h = stems(heading);
  if (h.size === 0) return null;
  const scored = themes
    .map((theme) => {
      const t = stems(theme.name);
      let shared = 0;
      for (const s of h) if (t.has(s)) shared++;
      return { theme, score: shared / h.size };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < HEADING_MIN_SCORE) return null;
  if (second && second.score === best.score) return null;
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

export type HeadingReading =
  | { kind: 'exact'; theme: PlanTheme }
  | { kind: 'variant'; theme: PlanTheme }
  | { kind: 'unknown-heading' }
  | { kind: 'not-a-heading' };

/**
 * How a row whose other cells are empty reads: a listed theme as written, a close variant of one (a typo, or the
 * same words inflected or shortened), a heading that names no listed theme, or a project row whose administrator
 * is blank. Heading-like means short (at most three content words) or sharing half its word stems with a theme;
 * in a table with a cost column every such row is heading-like, as a project row there has an administrator or a cost.
 */
export function readHeading(text: string, themes: PlanTheme[], hasCostColumn: boolean): HeadingReading {
  const key = titleKey(text.replace(/^\d+\.\s*/, ''));
  const exact = themes.find((t) => titleKey(t.name) === key);
  if (exact) return { kind: 'exact', theme: exact };
  const close = themes.filter((t) => {
    const k = titleKey(t.name);
    return editDistance(k, key) <= Math.max(1, Math.floor(k.length * 0.12));
  });
  if (close.length === 1) return { kind: 'variant', theme: close[0]! };
  const byStems = matchTheme(text, themes);
  if (byStems) return { kind: 'variant', theme: byStems.theme };
  const contentWords = stems(text).size;
  const overlap = Math.max(
    0,
    ...themes.map((t) => {
      const ts = stems(t.name);
      return [...stems(text)].filter((s) => ts.has(s)).length / Math.max(1, contentWords);
    }),
  );
  return hasCostColumn || contentWords <= 3 || overlap >= 0.5 ? { kind: 'unknown-heading' } : { kind: 'not-a-heading' };
}

const COLUMNS = { name: /^hanke$/i, administrator: /^hallinnoija$/i, cost: /^kustannukset$/i } as const;
type Column = keyof typeof COLUMNS;

function tableColumns(src: SourceText, header: string[], headerLine: number): Record<Column, number> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const text = cell.replace(/[:.]$/, '').trim();
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => COLUMNS[c].test(text));
    if (!column)
      throw new SourceError(
        src.file,
        headerLine + i,
        `unknown column "${cell}" in the plan table header (expected Hanke, Hallinnoija and optionally Kustannukset)`,
      );
    if (found[column] !== undefined)
      throw new SourceError(src.file, headerLine + i, `column "${cell}" appears twice in the plan table header`);
    found[column] = i;
  });
  if (found.name === undefined) throw new SourceError(src.file, headerLine, 'plan table header has no "Hanke" column');
  if (found.administrator === undefined)
    throw new SourceError(src.file, headerLine, 'plan table header has no "Hallinnoija" column');
  return { name: found.name, administrator: found.administrator, cost: found.cost ?? -1 };
}

const isTotalRow = (row: FlatRow) => /^Yhteensä(?:\s|$)/i.test(row.cells[0] ?? '');

function readCost(src: SourceText, row: FlatRow, column: number, limit: number): PlanCost | null {
  if (column < 0 || (row.cells[column] ?? '') === '') return null;
  const written = row.cells[column]!;
  const line = row.cellLines[column]!;
  const amountEur = parseEuroAmount(written, src.file, line);
  if (amountEur === 0)
    throw new SourceError(
      src.file,
      line,
      `an amount of 0 € is not a plausible cost ("${written}"); an unknown cost is an empty cell`,
    );
  if (amountEur > limit)
    throw new SourceError(
      src.file,
      line,
      `implausibly large amount "${written}" (more than ${limit} €; see PLAUSIBLE_AMOUNT_EUR in scripts/curation.ts)`,
    );
  return { amountEur, line, written };
}

function readPlanTable(src: SourceText, headerLine: number, year: number, themes: PlanTheme[], out: MinutesData) {
  const table = readFlatTable(src, headerLine, out.notes);
  const col = tableColumns(src, table.header, headerLine);
  const yearThemes = themes.filter((t) => t.year === year);
  const listed = yearThemes.map((t) => t.name).join('; ');
  let current: PlanTheme | null = null;
  const headingLines = new Map<number, number>();
  const projectLines = new Map<string, number>();
  let total: PlanTotal | null = null;

  for (const row of table.rows) {
    const name = squash(row.cells[col.name] ?? '');
    if (total)
      throw new SourceError(
        src.file,
        row.lineStart,
        `row after the total row of line ${total.lineStart}: the total row must be the table's last`,
      );
    if (isTotalRow(row)) {
      const adminCell = row.cells[col.administrator] ?? '';
      const amount = readCost(src, row, col.cost, PLAUSIBLE_AMOUNT_EUR.total);
      total = {
        year,
        projects: parseLeadingCount(name, src.file, row.cellLines[col.name]!),
        administrators: adminCell ? parseLeadingCount(adminCell, src.file, row.cellLines[col.administrator]!) : null,
        amountEur: amount?.amountEur ?? null,
        cells: row.cells,
        lineStart: row.lineStart,
        lineEnd: row.lineEnd,
      };
      out.totals.push(total);
      continue;
    }
    const othersEmpty = row.cells.every((c, i) => i === col.name || c === '');
    if (othersEmpty) {
      const reading = readHeading(name, yearThemes, col.cost >= 0);
      if (reading.kind === 'unknown-heading') {
        throw new SourceError(
          src.file,
          row.lineStart,
          `theme heading "${name}" matches none of the ${year} themes listed above the table (${listed})`,
        );
      }
      if (reading.kind !== 'not-a-heading') {
        const seen = headingLines.get(reading.theme.order);
        if (seen !== undefined)
          throw new SourceError(
            src.file,
            row.lineStart,
            `theme heading "${name}" repeats the heading of line ${seen} (theme ${reading.theme.order}. ${reading.theme.name})`,
          );
        headingLines.set(reading.theme.order, row.lineStart);
        if (reading.kind === 'variant') {
          out.notes.push({
            kind: 'theme-heading-variant',
            line: row.lineStart,
            values: { written: name, planYear: year, order: reading.theme.order },
          });
        }
        current = reading.theme;
        continue;
      }
    } else if (yearThemes.some((t) => titleKey(t.name) === titleKey(name))) {
      throw new SourceError(src.file, row.lineStart, `row "${name}" names a theme but has an administrator or a cost`);
    }
    if (!current) {
      throw new SourceError(
        src.file,
        row.lineStart,
        `the first row "${name}" is no theme heading: it must name one of the ${year} themes listed above the table (${listed})`,
      );
    }
    if (name === '') throw new SourceError(src.file, row.lineStart, 'project row without a project name');
    const key = titleKey(name);
    const twin = projectLines.get(key);
    if (twin !== undefined)
      throw new SourceError(
        src.file,
        row.lineStart,
        `project "${name}" is listed twice in the ${year} table (also on line ${twin})`,
      );
    projectLines.set(key, row.lineStart);
    out.rows.push({
      year,
      themeOrder: current.order,
      name,
      administratorRaw: squash(row.cells[col.administrator] ?? ''),
      administratorLine: row.cellLines[col.administrator]!,
      cost: readCost(src, row, col.cost, PLAUSIBLE_AMOUNT_EUR.row),
      cells: row.cells,
      lineStart: row.lineStart,
      lineEnd: row.lineEnd,
    });
  }
  if (!out.rows.some((r) => r.year === year))
    throw new SourceError(src.file, headerLine, `the ${year} table has no project rows`);
  return table.endLine;
}

/** "Liite 1.", "Liite 1", "LIITE 1:", "Liite 1 –" at the start of a line. */
const appendixMarker = (n: number) => new RegExp(`^\\s*Liite\\s*${n}(?![\\d])\\s*[.:–-]?(?:\\s|$)`, 'i');
/** A table cell: indented by a tab, or by two or more spaces where the tab became spaces. */
const isCell = (line: string) => line.startsWith('\t') || /^ {2,}\S/.test(line);

function readAppendix1(src: SourceText, out: MinutesData, end: number) {
  const start = findLine(src, appendixMarker(1));
  if (start === null) throw notFound(src, 'appendix "Liite 1." (the plans of each year) at the start of any line');
  let year: number | null = null;
  let lastTable: { header: number; end: number } | null = null;
  const years: number[] = [];
  const introLines = new Map<number, number>();
  let n = start;
  while (n < end) {
    const line = lineAt(src, n);
    const intro = /\b(?:Vuonna|Vuoden)\s+(\d{4})\b/.exec(line);
    const item = /^\s*(\d+)\s*[.)]\s+(.+?)\.?\s*$/.exec(line);
    if (isCell(line)) {
      if (lastTable && lastTable.end < n) {
        const stray = lineAt(src, lastTable.end);
        throw new SourceError(
          src.file,
          lastTable.end,
          `unexpected line inside the table that starts on line ${lastTable.header}: "${stray.trim()}" (table cells must be indented with a tab; the table continues on line ${n})`,
        );
      }
      if (year === null) throw new SourceError(src.file, n, 'plan table before any "Vuonna/Vuoden YYYY" introduction');
      const yearThemes = out.themes.filter((t) => t.year === year);
      if (yearThemes.length === 0)
        throw new SourceError(src.file, n, `no numbered ${year} themes listed before the table`);
      if (out.rows.some((r) => r.year === year))
        throw new SourceError(src.file, n, `a second ${year} table (the ${year} plan has one)`);
      const tableEnd = readPlanTable(src, n, year, out.themes, out);
      lastTable = { header: n, end: tableEnd };
      n = tableEnd;
      continue;
    }
    if (intro?.[1]) {
      year = Number(intro[1]);
      if (years.includes(year))
        throw new SourceError(
          src.file,
          n,
          `a second introduction of the ${year} plan (the first is on line ${introLines.get(year)}): one of the two names the wrong year`,
        );
      years.push(year);
      introLines.set(year, n);
      lastTable = null;
    } else if (item?.[1] && item[2] && year !== null && !out.rows.some((r) => r.year === year)) {
      const order = Number(item[1]);
      const expected = out.themes.filter((t) => t.year === year).length + 1;
      if (order !== expected)
        throw new SourceError(src.file, n, `theme ${order}. of ${year} out of order (expected ${expected}.)`);
      out.themes.push({ year, order, name: squash(item[2]), line: n });
    }
    n++;
  }
  // The plan years are the introductions the appendix has; each needs its list and its table, so a plan cut off
  // after its introduction fails rather than passing as a plan without projects.
  if (years.length === 0)
    throw new SourceError(
      src.file,
      start,
      `Liite 1 introduces no plan year ("Vuonna YYYY …" / "Vuoden YYYY osalta …") before line ${end}`,
    );
  for (const y of years) {
    const introLine = introLines.get(y)!;
    if (!out.themes.some((t) => t.year === y))
      throw new SourceError(src.file, introLine, `the ${y} plan introduced here lists no numbered themes`);
    if (!out.rows.some((r) => r.year === y))
      throw new SourceError(
        src.file,
        introLine,
        `the ${y} plan introduced here has no project table before line ${end} (Liite 2)`,
      );
  }
}

const LATER_PROJECT = /^([A-ZÄÖÅ][\wäöåÄÖÅ-]+)\s*[:;]\s*(.+?)\s*\(?\s*(\d{4})\s*[–-]\s*(\d{4})\s*\)?\s*$/;
const LIITE2_SECTIONS = ['LASTENSUOJELU', 'VARHAISKASVATUS', 'PERHEHANKKEET'];

function readAppendix2(src: SourceText, out: MinutesData, start: number, opts: MinutesOptions) {
  const sectionLines = LIITE2_SECTIONS.map((name) => {
    const n = findLine(src, new RegExp(`^\\s*${name}\\b`, 'i'), start);
    if (n === null)
      throw new SourceError(
        src.file,
        start,
        `Liite 2 has no section "${name} (2009–2011)" (looked from line ${start} to the end)`,
      );
    return n;
  });
  sectionLines.forEach((n, i) => {
    const period = /\(\s*(\d{4})\s*[–-]\s*(\d{4})\s*\)/.exec(lineAt(src, n));
    if (!period?.[1] || !period[2])
      throw new SourceError(src.file, n, `Liite 2 section "${squash(lineAt(src, n))}" has no period "(yyyy–yyyy)"`);
    if (Number(period[2]) < Number(period[1]))
      throw new SourceError(src.file, n, `Liite 2 section period ends before it starts ("${period[0]}")`);
    const end = sectionLines[i + 1] ?? src.lines.length + 1;
    const predecessors: Appendix2Section['predecessors'] = [];
    let swedishShare: Appendix2Section['swedishShare'] = null;
    for (let k = n + 1; k < end; k++) {
      const named = /erillisissä hankkeissa\s*\(([^)]+)\)/.exec(lineAt(src, k));
      if (named?.[1])
        predecessors.push(
          ...named[1]
            .split(/,\s*/)
            .map((name) => ({ name: squash(name), line: k }))
            .filter((p) => p.name),
        );
      // "… on ollut työn alla ja kokeilussa Suupohjan Helminauha -hankkeessa": earlier work the section names.
      for (const m of squash(lineAt(src, k)).matchAll(/((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+) -hankkeessa\b/gu))
        predecessors.push({ name: m[1]!, line: k });
      const share = /(\d+) %:lla asukkaista ruotsi äidinkielenä/.exec(squash(lineAt(src, k)));
      if (share) {
        if (swedishShare)
          throw new SourceError(
            src.file,
            k,
            `a second Swedish-speaking share in ${LIITE2_SECTIONS[i]} (first on line ${swedishShare.line})`,
          );
        swedishShare = { percent: Number(share[1]), written: share[0], line: k };
      }
    }
    out.appendix2.push({
      name: LIITE2_SECTIONS[i]!,
      start: period[1],
      end: period[2],
      line: n,
      predecessors,
      swedishShare,
    });
  });
  const family = sectionLines[2]!;
  const seen = new Map<string, number>();
  for (let n = family + 1; n <= src.lines.length; n++) {
    const line = squash(lineAt(src, n));
    if (/^[A-ZÄÖ ]{6,}\s*\(/.test(line)) break;
    const province = opts.familyProjectProvinces.find((p) => new RegExp(`^${p}\\s*(?:[:;]|$)`).test(line));
    if (!province) continue;
    if (seen.has(province))
      throw new SourceError(
        src.file,
        n,
        `${province} has a second entry under PERHEHANKKEET (first on line ${seen.get(province)})`,
      );
    seen.set(province, n);
    const m = LATER_PROJECT.exec(line);
    if (!m?.[1] || !m[2] || !m[3] || !m[4]) {
      if (/[:;]/.test(line))
        throw new SourceError(
          src.file,
          n,
          `unreadable PERHEHANKKEET entry "${line}" (expected "Province: project name (yyyy–yyyy)")`,
        );
      continue;
    }
    const name = squash(m[2].replace(/[”“"]/g, '').replace(/\s+-\s+/, ' - '));
    out.laterProjects.push({ provinceName: m[1], name, start: m[3], end: m[4], line: n, excerpt: line });
  }
  const missing = opts.familyProjectProvinces.filter((p) => !seen.has(p));
  if (missing.length)
    throw new SourceError(
      src.file,
      family,
      `PERHEHANKKEET has no entry for ${missing.join(', ')} (looked from line ${family} to the end)`,
    );
}

export function parseMinutes(src: SourceText, opts: MinutesOptions): MinutesData {
  const out: MinutesData = {
    themes: [],
    rows: [],
    totals: [],
    laterProjects: [],
    appendix2: [],
    appendix2LinkedTo: null,
    notes: [],
  };
  const liite2 = findLine(src, appendixMarker(2));
  if (liite2 === null)
    throw notFound(src, 'appendix "Liite 2." (the 2009–2011 development entities) at the start of any line');
  const linked = /(\p{L}+)\s+kytkeytyvät\b/iu.exec(lineAt(src, liite2));
  if (linked?.[1]) out.appendix2LinkedTo = { written: linked[1], line: liite2 };
  readAppendix1(src, out, liite2);
  readAppendix2(src, out, liite2, opts);
  return out;
}
