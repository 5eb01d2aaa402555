import { describe, expect, it } from 'vitest';
import { buildProjectRows, type ProjectRow } from '../data/rows';
import type { Dataset } from '../data/schema';
import { foldForSearch } from '../i18n/format';
import { realDataset } from '../../test/unit/fixtures';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { facetCounts, rowsMatching, selectFilteredRows } from './selectors';
import { FACETS, type FacetKey } from './facetIndex';
import { EMPTY_FILTERS, type Filters } from './types';

/** The values a row has in each facet. */
function facetValues(row: ProjectRow): Record<FacetKey, readonly string[]> {
  return {
    years: [row.year],
    themes: row.project.themeId ? [row.project.themeId] : [],
    admins: row.adminIds,
    provinces: row.provinceIds,
    municipalities: row.municipalityCodes,
    cost: [row.cost === null ? 'unknown' : 'known'],
    evidence: [row.evidence],
  };
}

/**
 * The filters as the plain per-row tests they mean, searching one text of every name a row shows (what the
 * selectors did before the facet index and the per-object name matching): the indexed selectors must agree.
 */
const texts = new WeakMap<ProjectRow, string>();
function plainText(row: ProjectRow): string {
  if (texts.has(row)) return texts.get(row)!;
  const text = foldForSearch(
    [
      row.project.name,
      row.project.administratorRaw,
      ...row.organisations.flatMap((o) => [
        o.name,
        ...Object.values(o.names),
        ...Object.values(o.fullName),
        ...o.aliases,
      ]),
      ...row.homes.flatMap((m) => [m.name.fi, m.name.sv]),
      ...(row.theme ? Object.values(row.theme.name) : []),
      ...row.provinces.flatMap((p) => Object.values(p.name)),
    ].join(' \u0001 '),
  );
  texts.set(row, text);
  return text;
}

function plainFails(row: ProjectRow, f: Filters): Set<FacetKey | 'other'> {
  const fails = new Set<FacetKey | 'other'>();
  const values = facetValues(row);
  for (const key of ['years', 'themes', 'admins', 'provinces', 'municipalities'] as const)
    if (f[key].length && !values[key].some((v) => (f[key] as string[]).includes(v))) fails.add(key);
  if ((f.cost === 'known' && row.cost === null) || (f.cost === 'unknown' && row.cost !== null)) fails.add('cost');
  if (f.evidence !== 'any' && row.evidence !== f.evidence) fails.add('evidence');
  const words = foldForSearch(f.q.trim()).split(/\s+/).filter(Boolean);
  if (f.costMin !== null && (row.cost === null || row.cost < f.costMin)) fails.add('other');
  if (f.costMax !== null && (row.cost === null || row.cost > f.costMax)) fails.add('other');
  if (words.some((w) => !plainText(row).includes(w))) fails.add('other');
  return fails;
}

function plainCounts(rows: ProjectRow[], f: Filters) {
  const out = Object.fromEntries(FACETS.map((k) => [k, new Map<string, number>()])) as Record<
    FacetKey,
    Map<string, number>
  >;
  for (const row of rows) {
    const fails = plainFails(row, f);
    for (const key of FACETS)
      if (fails.size === 0 || (fails.size === 1 && fails.has(key)))
        for (const v of new Set(facetValues(row)[key])) out[key].set(v, (out[key].get(v) ?? 0) + 1);
  }
  return out;
}

/** Deterministic filter states drawn from the rows' own values (mulberry32). */
function filterStates(rows: ProjectRow[], n: number): Filters[] {
  let a = 7;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const some = (values: string[], p: number) => (rnd() < p ? values.filter(() => rnd() < 0.3).slice(0, 3) : []);
  const all = (key: FacetKey) => [...new Set(rows.flatMap((r) => facetValues(r)[key]))];
  const queries = [
    '',
    '',
    '',
    'vaasa',
    'Vasa',
    'hame',
    'äldre',
    'elderly kehittämis',
    'ikääntyvien pohjanmaa',
    'tavastehus',
    'hanke 1',
    'zzz',
  ];
  return Array.from({ length: n }, () => ({
    ...EMPTY_FILTERS,
    years: some(all('years'), 0.4) as Filters['years'],
    themes: some(all('themes'), 0.3),
    admins: some(all('admins'), 0.3),
    provinces: some(all('provinces'), 0.3),
    municipalities: some(all('municipalities'), 0.3),
    cost: rnd() < 0.2 ? 'known' : rnd() < 0.1 ? 'unknown' : 'any',
    evidence: rnd() < 0.2 ? 'stated' : rnd() < 0.1 ? 'uncertain' : 'any',
    costMin: rnd() < 0.15 ? Math.round(rnd() * 1_000_000) : null,
    costMax: rnd() < 0.15 ? Math.round(1_000_000 + rnd() * 2_000_000) : null,
    q: queries[Math.floor(rnd() * queries.length)]!,
  }));
}

const ids = (rs: ProjectRow[]) => rs.map((r) => r.project.id);

describe('the indexed selectors agree with the plain per-row filter', () => {
  for (const [name, dataset, states] of [
    ['on the real dataset', realDataset(), 300],
    ['on a synthetic dataset of 5 000 projects', syntheticDataset(realDataset(), 5000), 40],
  ] as Array<[string, Dataset, number]>) {
    it(name, () => {
      const rows = buildProjectRows(dataset);
      let nonEmpty = 0;
      for (const f of filterStates(rows, states)) {
        const expected = rows.filter((r) => plainFails(r, f).size === 0);
        expect(ids(selectFilteredRows(rows, f)), JSON.stringify(f)).toEqual(ids(expected));
        expect(ids(rowsMatching(rows, f, 'municipalities'))).toEqual(
          ids(rows.filter((r) => [...plainFails(r, f)].every((k) => k === 'municipalities'))),
        );
        expect(facetCounts(rows, f)).toEqual(plainCounts(rows, f));
        if (expected.length && expected.length < rows.length) nonEmpty++;
      }
      // The states really filter: most keep some rows and drop others.
      expect(nonEmpty).toBeGreaterThan(states / 3);
    });
  }
});
