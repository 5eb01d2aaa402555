import { costAdministeredFrom, fullCostTotal, type CostTotal } from '../data/counting';
import { searchNames, type Lookups, type ProjectRow } from '../data/rows';
import { collator, foldForSearch, type Lang } from '../i18n/format';
import { chosen, facet, FACET_KEYS, type FacetKey } from './facets';
import type { Filters, Sort } from './types';

/**
 * Whether a word is in a row's own text or in the names of what it links to (administrators, their home
 * municipalities, theme, provinces). Those objects are shared by many rows, so each is tested once per word.
 */
function wordMatcher(word: string) {
  const hits = new Map<object, boolean>();
  const hit = <T extends object>(o: T, names: (o: T) => string) => {
    let found = hits.get(o);
    if (found === undefined) {
      found = names(o).includes(word);
      hits.set(o, found);
    }
    return found;
  };
  return (row: ProjectRow) => {
    if (row.searchText.includes(word) || (row.theme && hit(row.theme, searchNames.theme))) return true;
    for (const o of row.organisations) if (hit(o, searchNames.organisation)) return true;
    for (const m of row.homes) if (hit(m, searchNames.municipality)) return true;
    for (const p of row.provinces) if (hit(p, searchNames.province)) return true;
    return false;
  };
}

type Test = (row: ProjectRow) => boolean;

/** The filters as per-row tests: one per active facet, and one for the cost range and the text (null: not set). */
function tests(f: Filters): { facets: Array<[FacetKey, Test]>; other: Test | null } {
  const facets: Array<[FacetKey, Test]> = [];
  for (const key of FACET_KEYS) {
    const values = chosen(f, key);
    if (!values.length) continue;
    const set = new Set(values);
    const of = facet(key).values;
    facets.push([key, (row) => of(row).some((v) => set.has(v))]);
  }
  const query = foldForSearch(f.q.trim());
  const words = query ? query.split(/\s+/).map(wordMatcher) : [];
  const { costMin: min, costMax: max } = f;
  if (min === null && max === null && !words.length) return { facets, other: null };
  return {
    facets,
    other: (row) => {
      if (min !== null && (row.cost === null || row.cost < min)) return false;
      if (max !== null && (row.cost === null || row.cost > max)) return false;
      return words.every((matches) => matches(row));
    },
  };
}

/** The rows passing every filter except `skip`, as a facet sees them (the map ignores its own municipality filter). */
export function rowsMatching(rows: ProjectRow[], f: Filters, skip?: FacetKey): ProjectRow[] {
  const { facets, other } = tests(f);
  const active = facets.filter(([key]) => key !== skip).map(([, test]) => test);
  return rows.filter((row) => active.every((test) => test(row)) && (!other || other(row)));
}

let lastFilter: { rows: ProjectRow[]; filters: Filters; result: ProjectRow[] } | null = null;

/** The rows passing all filters. Memoised on the (immutable) inputs, so every view can call it freely. */
export function selectFilteredRows(rows: ProjectRow[], filters: Filters): ProjectRow[] {
  if (lastFilter && lastFilter.rows === rows && lastFilter.filters === filters) return lastFilter.result;
  const result = rowsMatching(rows, filters);
  lastFilter = { rows, filters, result };
  return result;
}

export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Counts per facet value with every other filter applied (Datasette-style): the projects that pass all other
 * filters and have the value. Values no such project has are left out. One pass: a row passing every filter
 * counts in every facet, a row failing only facet k counts in k alone.
 */
export function facetCounts(rows: ProjectRow[], filters: Filters): FacetCounts {
  const { facets, other } = tests(filters);
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts;
  const add = (key: FacetKey, row: ProjectRow) => {
    const count = counts[key];
    for (const v of facet(key).values(row)) count.set(v, (count.get(v) ?? 0) + 1);
  };
  for (const row of rows) {
    if (other && !other(row)) continue;
    let failed: FacetKey | null = null;
    let fails = 0;
    for (const [key, test] of facets) if (!test(row) && ++fails === 1) failed = key;
    if (fails === 0) FACET_KEYS.forEach((k) => add(k, row));
    else if (fails === 1) add(failed!, row);
  }
  return counts;
}

export interface Summary {
  shown: number;
  knownCostTotal: number;
  withoutCost: number;
  /** Costs administered from the filtered municipalities or provinces (rule `administrator-home`). */
  places?: PlaceCost[];
}

export interface PlaceCost {
  kind: 'municipality' | 'province';
  ids: string[];
  total: CostTotal;
}

/** Rule `full` over the rows, the one definition the projects list, its print and the views' tables share. */
export function summarise(rows: ProjectRow[]): Summary {
  const total = fullCostTotal(rows);
  return { shown: rows.length, knownCostTotal: total.amount ?? 0, withoutCost: total.withoutCost };
}

/**
 * What the filtered rows' administrators at home in the filtered places carry: the figure the overview's province
 * chart and the map give for the same place under the same filters.
 */
export function placeCosts(rows: ProjectRow[], filters: Filters, l: Lookups): PlaceCost[] {
  const out: PlaceCost[] = [];
  if (filters.municipalities.length)
    out.push({
      kind: 'municipality',
      ids: filters.municipalities,
      total: costAdministeredFrom(rows, l, { municipalities: filters.municipalities }),
    });
  if (filters.provinces.length)
    out.push({
      kind: 'province',
      ids: filters.provinces,
      total: costAdministeredFrom(rows, l, { provinces: filters.provinces }),
    });
  return out;
}

export interface SortLabels {
  theme: (row: ProjectRow) => string;
  administrators: (row: ProjectRow) => string;
  provinces: (row: ProjectRow) => string;
}

/** Sorted copy; unknown costs (and other empty values) come last in both directions. */
export function sortRows(rows: ProjectRow[], sort: Sort | null, lang: Lang, labels: SortLabels): ProjectRow[] {
  if (!sort) return rows;
  const c = collator(lang);
  const dir = sort.desc ? -1 : 1;
  const key = (row: ProjectRow): string | number | null => {
    switch (sort.id) {
      case 'name':
        return row.project.name;
      case 'planYear':
        return row.project.planYear;
      case 'theme':
        return row.theme ? labels.theme(row) : null;
      case 'administrators':
        return labels.administrators(row) || null;
      case 'provinces':
        return labels.provinces(row) || null;
      case 'cost':
        return row.cost;
      case 'period':
        return row.project.period?.start ?? null;
    }
  };
  const keyed = rows.map((row, index) => ({ row, index, k: key(row) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.index - b.index : a.k === null ? 1 : -1;
    const cmp = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : c.compare(String(a.k), String(b.k));
    return cmp === 0 ? a.index - b.index : dir * cmp;
  });
  return keyed.map((k) => k.row);
}
