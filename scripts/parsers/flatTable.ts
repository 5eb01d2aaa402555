import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt } from '../lib/document.ts';

/** One row of a table whose cells the transcript flattened into tab-indented lines. */
export interface FlatRow {
  cells: string[];
  lineStart: number;
  lineEnd: number;
}

export interface FlatTable {
  header: string[];
  headerLine: number;
  rows: FlatRow[];
  /** Line after the table's last row. */
  endLine: number;
}

const isCellLine = (line: string) => line.startsWith('\t');
const isBlank = (line: string) => line.trim() === '';

/**
 * Reads a table written as groups of tab-indented lines, one line per cell and a blank line between
 * rows. The header group fixes the column count; a row with another count is unreadable. The table
 * ends at the first non-blank line that is not a cell.
 */
export function readFlatTable(src: SourceText, headerLine: number): FlatTable {
  const groups: FlatRow[] = [];
  let n = headerLine;
  const total = src.lines.length;
  while (n <= total) {
    const line = lineAt(src, n);
    if (isBlank(line)) {
      n++;
      continue;
    }
    if (!isCellLine(line)) break;
    const start = n;
    const cells: string[] = [];
    while (n <= total && isCellLine(lineAt(src, n))) {
      cells.push(lineAt(src, n).slice(1).replace(/[\s\u00a0]+$/, '').replace(/^[\s\u00a0]+/, ''));
      n++;
    }
    groups.push({ cells, lineStart: start, lineEnd: n - 1 });
  }
  const [head, ...rows] = groups;
  if (!head || head.cells.length < 2) {
    throw new SourceError(src.file, headerLine, 'expected a table header of at least two tab-indented cells');
  }
  for (const row of rows) {
    if (row.cells.length !== head.cells.length) {
      throw new SourceError(
        src.file,
        row.lineStart,
        `unreadable table row: expected ${head.cells.length} cells (${head.cells.join(' / ')}), found ${row.cells.length}`,
      );
    }
  }
  return { header: head.cells, headerLine, rows, endLine: n };
}
