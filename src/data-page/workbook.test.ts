import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { dataTables } from '../data/tables';
import { EURO_FORMAT, filteredTables, sheetRows } from './workbook';

const d = realDataset();
const table = (lang: 'fi' | 'sv', id: string) => dataTables(d, lang).find((t) => t.id === id)!;

describe('the workbook sheets', () => {
  it('hold the header and coded values in the reader’s language and costs as euro-formatted numbers', () => {
    const [header, ...rows] = sheetRows(table('sv', 'projects'), 'sv');
    expect(header!.slice(0, 3)).toEqual([
      { value: 'id', fontWeight: 'bold' },
      { value: 'projekt', fontWeight: 'bold' },
      { value: 'namnets språk', fontWeight: 'bold' },
    ]);
    const proomu = rows.find((r) => r[0]?.value === '2008-proomu-hanke')!;
    const col = (name: string) => table('sv', 'projects').fields.findIndex((f) => f.name === name);
    expect(proomu[col('language')]).toEqual({ value: 'finska', type: String });
    expect(proomu[col('administrator_status')]).toEqual({ value: 'angiven', type: String });
    expect(proomu[col('cost_eur')]).toEqual({ value: 180100, type: Number, format: EURO_FORMAT });
    expect(proomu[col('plan_year')]).toEqual({ value: 2008, type: Number });
    const costs = sheetRows(table('fi', 'costs'), 'fi');
    expect(costs.some((r) => r[0]?.value === 'asiakirjan yhteensä-rivi' && r[3]?.format === EURO_FORMAT)).toBe(true);
  });

  it('write full dates as dates and leave a year or a month alone as text', () => {
    const events = table('fi', 'events');
    const start = events.fields.findIndex((f) => f.name === 'start');
    const cells = sheetRows(events, 'fi')
      .slice(1)
      .map((r) => r[start]);
    const full = events.rows.findIndex((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r[start])));
    const partial = events.rows.findIndex((r) => /^\d{4}(-\d{2})?$/.test(String(r[start])));
    expect(full).toBeGreaterThanOrEqual(0);
    const [y, m, day] = String(events.rows[full]![start]).split('-').map(Number);
    expect(cells[full]).toEqual({ value: new Date(Date.UTC(y!, m! - 1, day)), type: Date, format: 'd.m.yyyy' });
    expect(partial).toBeGreaterThanOrEqual(0);
    expect(cells[partial]).toEqual({ value: events.rows[partial]![start], type: String });
    const kind = events.fields.findIndex((f) => f.name === 'kind');
    expect(
      sheetRows(events, 'sv')
        .slice(1)
        .map((r) => r[kind]?.value),
    ).not.toContain('meeting');
  });

  it('filter the projects, their costs and shares to the selection, without the plans’ total rows', () => {
    const tables = dataTables(d, 'fi');
    const [projects, costs, shares] = filteredTables(tables, new Set(['2008-proomu-hanke']));
    expect([projects!.id, costs!.id, shares!.id]).toEqual(['projects', 'costs', 'shares']);
    expect(projects!.rows.map((r) => r[0])).toEqual(['2008-proomu-hanke']);
    expect(costs!.rows.map((r) => [r[0], r[1], r[3]])).toEqual([['project', '2008-proomu-hanke', 180100]]);
    expect(shares!.rows.every((r) => r[0] === '2008-proomu-hanke')).toBe(true);
    expect([projects!.count, costs!.count, shares!.count]).toEqual([1, 1, shares!.rows.length]);
  });
});
