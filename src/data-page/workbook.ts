import type { Lang } from '../i18n/format';
import { readerRows, type DataTable } from '../data/tables';

/** A cell as write-excel-file takes it. */
export type SheetCell = {
  value: string | number | Date;
  type?: typeof String | typeof Number | typeof Date;
  format?: string;
  fontWeight?: 'bold';
} | null;

/** Whole euros with the reader's digit grouping (Excel draws the separator of its own locale): 1 234 567 €. */
export const EURO_FORMAT = '#,##0 "€"';
const DATE_FORMAT: Record<Lang, string> = { fi: 'd.m.yyyy', sv: 'd.m.yyyy', en: 'yyyy-mm-dd' };
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A table's rows as workbook cells: the header in the reader's language, coded values in words, amounts in euros
 * as numbers with a euro format, full dates (`2009-03-12`) as dates. A year or a month alone stays text: a date
 * would invent a day the document does not give.
 */
export function sheetRows(table: DataTable, lang: Lang): SheetCell[][] {
  const euro = table.fields.map((f) => f.name.endsWith('_eur'));
  return [
    table.fields.map((f) => ({ value: f.title[lang], fontWeight: 'bold' as const })),
    ...readerRows(table, lang).map((row) =>
      row.map((value, i): SheetCell => {
        if (value === null) return null;
        if (typeof value === 'number')
          return euro[i] ? { value, type: Number, format: EURO_FORMAT } : { value, type: Number };
        const date = FULL_DATE.exec(value);
        if (date)
          return {
            value: new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))),
            type: Date,
            format: DATE_FORMAT[lang],
          };
        return { value, type: String };
      }),
    ),
  ];
}

/** The tables a filtered download holds: what the filters select is projects, and these tables are about them. */
export const FILTERED_TABLES = ['projects', 'costs', 'shares'];

/**
 * The projects, costs and funding shares of the given projects (by `id` or `project_id`); a plan's own total rows
 * belong to no project and are left out, since they are not totals of the selection.
 */
export function filteredTables(tables: DataTable[], projectIds: ReadonlySet<string>): DataTable[] {
  return tables
    .filter((t) => FILTERED_TABLES.includes(t.id))
    .map((t) => {
      const column = t.fields.findIndex((f) => f.name === (t.id === 'projects' ? 'id' : 'project_id'));
      const rows = t.rows.filter((r) => projectIds.has(String(r[column])));
      return { ...t, count: rows.length, rows };
    });
}
