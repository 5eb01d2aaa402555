import type { Lang } from '../i18n/format';

/**
 * The one CSV writer of the project: every export (projects table, chart numbers, the data page, the files the data
 * build publishes) goes through it.
 *
 * - `excel`: what Finnish and Swedish Excel open by double-click: ";" between cells, decimal comma.
 * - `en`: "," between cells, decimal point.
 *
 * Both start with a UTF-8 byte-order mark, so Excel reads ä, ö and å instead of guessing the system code page.
 * Numbers are written without thousands separators. Text cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR) get a leading apostrophe (OWASP "CSV injection"); numbers are never touched.
 */
export type CsvFormat = 'excel' | 'en';
export type CsvValue = string | number | null;

export const BOM = '\ufeff';

/** The CSV format a reader of the language expects: Finnish and Swedish Excel, or the English convention. */
export const csvFormatFor = (lang: Lang): CsvFormat => (lang === 'en' ? 'en' : 'excel');

export const csvSeparator = (format: CsvFormat) => (format === 'en' ? ',' : ';');

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number without grouping, with the format's decimal mark. */
export function csvNumber(n: number, format: CsvFormat): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const text = String(n);
  return format === 'en' ? text : text.replace('.', ',');
}

export function csvCell(value: CsvValue, format: CsvFormat): string {
  if (value === null) return '';
  const sep = csvSeparator(format);
  const text = typeof value === 'number' ? csvNumber(value, format) : neutraliseFormula(value);
  return text.includes(sep) || text.includes('"') || text.includes('\n') || text.includes('\r')
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** A whole CSV file: BOM, header row, one line per row, CRLF line ends (what Excel writes itself). */
export function toCsv(header: string[], rows: CsvValue[][], format: CsvFormat): string {
  const lines = [header, ...rows].map((cells) => cells.map((c) => csvCell(c, format)).join(csvSeparator(format)));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
