import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt } from '../lib/document.ts';
import type { ParseNote } from '../lib/notes.ts';

/** One row of a table whose cells the transcript flattened into indented lines. */
export interface FlatRow {
  cells: string[];
  /** Line of each cell. */
  cellLines: number[];
  lineStart: number;
  lineEnd: number;
}

export interface FlatTable {
  header: string[];
  headerLine: number;
  rows: FlatRow[];
  /** Line after the table's last row (a blank line or the first line that is not part of the table). */
  endLine: number;
}

/**
 * A page-break artefact of a PDF transcript: "Sivu 3 (12)", "Sivu 3/12", "Page 3", "- 3 -", a lone page number or a
 * form feed. Such a line inside a table belongs to no cell.
 */
export const isPageBreakLine = (line: string) =>
  !line.startsWith('\t') &&
  /^ *(?:\f\s*)?(?:(?:sivu|sida|page|s\.)\s*\d+(?:\s*(?:\(\s*\d+\s*\)|\/\s*\d+))?|[-–]?\s*\d{1,3}\s*[-–]?|\f)\s*$/i.test(
    line,
  );

/** A cell is indented: by a tab as the transcripts write it, or by spaces where a tab became spaces. */
const isCellLine = (line: string) => /^[\t ]/.test(line) && (line.startsWith('\t') || line.trim() !== '');
const isBlank = (line: string) => line.trim() === '';
const cellText = (line: string) => line.replace(/^[\t ]/, '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');

/**
 * Reads a table written as groups of indented lines, one line per cell and a blank line between rows. The header
 * group fixes the column count; a row with another count is unreadable. Page-break lines are skipped and noted.
 * The table ends at a blank line followed by a line that is neither a cell nor a page break, or at such a line itself.
 */
export function readFlatTable(src: SourceText, headerLine: number, notes: ParseNote[]): FlatTable {
  const groups: FlatRow[] = [];
  let n = headerLine;
  const total = src.lines.length;
  const pageBreak = (at: number) =>
    notes.push({ kind: 'page-break-line', line: at, values: { written: lineAt(src, at).trim() } });
  while (n <= total) {
    const line = lineAt(src, n);
    if (isBlank(line)) {
      n++;
      continue;
    }
    if (isPageBreakLine(line)) {
      pageBreak(n);
      n++;
      continue;
    }
    if (!isCellLine(line)) break;
    const row: FlatRow = { cells: [], cellLines: [], lineStart: n, lineEnd: n };
    while (n <= total) {
      const l = lineAt(src, n);
      if (isPageBreakLine(l)) {
        pageBreak(n);
        n++;
        continue;
      }
      if (!isCellLine(l)) break;
      row.cells.push(cellText(l));
      row.cellLines.push(n);
      row.lineEnd = n;
      n++;
    }
    groups.push(row);
  }
  const [head, ...rows] = groups;
  if (!head || head.cells.length < 2) {
    throw new SourceError(src.file, headerLine, 'expected a table header of at least two indented cells');
  }
  for (const row of rows) {
    if (row.cells.length !== head.cells.length) {
      throw new SourceError(
        src.file,
        row.lineStart,
        `unreadable table row: expected ${head.cells.length} cells (${head.cells.join(' / ')}), found ${row.cells.length}` +
          (row.cells.length < head.cells.length
            ? ' (a blank line inside a row, or a missing cell)'
            : ' (a missing blank line between rows, or an extra cell)'),
      );
    }
  }
  return { header: head.cells, headerLine, rows, endLine: n };
}
