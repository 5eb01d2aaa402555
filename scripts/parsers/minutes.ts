import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt, requireLine, findLine } from '../lib/document.ts';
import { parseEuroAmount, parseLeadingCount } from '../lib/numbers.ts';
import { squash, stems } from '../lib/text.ts';
import { readFlatTable, type FlatRow } from './flatTable.ts';

/** Parser for the steering-group minutes: Liite 1 (the 2008 and 2009 plans) and Liite 2 (2009–2011 entities). */

export interface PlanTheme {
  year: number;
  order: number;
  name: string;
  line: number;
}

export interface PlanRow {
  year: number;
  themeOrder: number;
  name: string;
  administratorRaw: string;
  amountEur: number | null;
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

export interface MinutesData {
  themes: PlanTheme[];
  rows: PlanRow[];
  totals: PlanTotal[];
  laterProjects: LaterProject[];
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

const isHeadingShaped = (row: FlatRow) => row.cells.slice(1).every((c) => c === '');

function readPlanTable(src: SourceText, headerLine: number, year: number, themes: PlanTheme[], out: MinutesData) {
  const table = readFlatTable(src, headerLine);
  const costColumn = table.header.findIndex((h) => /^kustannukset$/i.test(h));
  const adminColumn = table.header.findIndex((h) => /^hallinnoija$/i.test(h));
  if (adminColumn < 0) throw new SourceError(src.file, headerLine, 'plan table has no "Hallinnoija" column');
  const yearThemes = themes.filter((t) => t.year === year);
  let current: PlanTheme | null = null;

  table.rows.forEach((row, index) => {
    const first = row.cells[0] ?? '';
    if (/^Yhteensä(?:\s|$)/i.test(first)) {
      out.totals.push({
        year,
        projects: parseLeadingCount(first, src.file, row.lineStart),
        administrators: row.cells[adminColumn] ? parseLeadingCount(row.cells[adminColumn]!, src.file, row.lineStart + adminColumn) : null,
        amountEur:
          costColumn >= 0 && row.cells[costColumn]
            ? parseEuroAmount(row.cells[costColumn]!, src.file, row.lineStart + costColumn)
            : null,
        cells: row.cells,
        lineStart: row.lineStart,
        lineEnd: row.lineEnd,
      });
      return;
    }
    if (isHeadingShaped(row)) {
      const match = matchTheme(first, yearThemes);
      if (match) {
        current = match.theme;
        return;
      }
      // Every project sits under a theme, so the first row must be a heading of a listed theme.
      if (index === 0) {
        throw new SourceError(
          src.file,
          row.lineStart,
          `theme heading "${first}" matches none of the ${year} themes listed above the table (${yearThemes.map((t) => t.name).join('; ')})`,
        );
      }
    }
    if (!current) throw new SourceError(src.file, row.lineStart, `project row before any theme heading`);
    if (first === '') throw new SourceError(src.file, row.lineStart, 'project row without a project name');
    const costCell = costColumn >= 0 ? (row.cells[costColumn] ?? '') : '';
    out.rows.push({
      year,
      themeOrder: current.order,
      name: squash(first),
      administratorRaw: squash(row.cells[adminColumn] ?? ''),
      amountEur: costCell === '' ? null : parseEuroAmount(costCell, src.file, row.lineStart + costColumn),
      cells: row.cells,
      lineStart: row.lineStart,
      lineEnd: row.lineEnd,
    });
  });
  return table.endLine;
}

function readAppendix1(src: SourceText, out: MinutesData) {
  const start = requireLine(src, /^Liite 1\.\s/, 'appendix "Liite 1."');
  const end = findLine(src, /^Liite 2\.\s/, start) ?? src.lines.length + 1;
  let year: number | null = null;
  let n = start;
  while (n < end) {
    const line = lineAt(src, n);
    const intro = /\b(?:Vuonna|Vuoden)\s+(\d{4})\b/.exec(line);
    const item = /^(\d+)\.\s+(.+?)\.?\s*$/.exec(line);
    if (intro?.[1] && !line.startsWith('\t')) {
      year = Number(intro[1]);
    } else if (item?.[1] && item[2] && year !== null) {
      out.themes.push({ year, order: Number(item[1]), name: squash(item[2]), line: n });
    } else if (/^\tHanke\s*$/.test(line)) {
      if (year === null) throw new SourceError(src.file, n, 'plan table before any "Vuonna/Vuoden YYYY" introduction');
      const yearThemes = out.themes.filter((t) => t.year === year);
      if (yearThemes.length === 0) throw new SourceError(src.file, n, `no numbered ${year} themes listed before the table`);
      n = readPlanTable(src, n, year, out.themes, out);
      continue;
    }
    n++;
  }
  for (const y of new Set(out.themes.map((t) => t.year))) {
    if (!out.rows.some((r) => r.year === y)) throw new SourceError(src.file, start, `no project table found for ${y}`);
  }
}

const LATER_PROJECT = /^([A-ZÄÖÅ][\wäöåÄÖÅ-]+)\s*:\s*(.+?)\s*\(?\s*(\d{4})\s*[–-]\s*(\d{4})\s*\)?\s*$/;

function readAppendix2(src: SourceText, out: MinutesData) {
  const start = findLine(src, /^Liite 2\.\s/);
  if (start === null) return;
  const section = findLine(src, /^PERHEHANKKEET\b/, start);
  if (section === null) return;
  for (let n = section + 1; n <= src.lines.length; n++) {
    const line = lineAt(src, n);
    if (/^[A-ZÄÖ ]{6,}\s*\(/.test(line)) break;
    const m = LATER_PROJECT.exec(squash(line));
    if (!m?.[1] || !m[2] || !m[3] || !m[4]) continue;
    const name = squash(m[2].replace(/[”“"]/g, '').replace(/\s+-\s+/, ' - '));
    out.laterProjects.push({ provinceName: m[1], name, start: m[3], end: m[4], line: n, excerpt: squash(line) });
  }
}

export function parseMinutes(src: SourceText): MinutesData {
  const out: MinutesData = { themes: [], rows: [], totals: [], laterProjects: [] };
  readAppendix1(src, out);
  readAppendix2(src, out);
  return out;
}
