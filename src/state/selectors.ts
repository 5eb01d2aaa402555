import { costAdministeredFrom, fullCostTotal, type CostTotal } from '../data/counting';
import { searchNames, type Lookups, type ProjectRow } from '../data/rows';
import { collator, foldForSearch, type Lang } from '../i18n/format';
import {
  countIn,
  facetIndexOf,
  FACETS,
  intersect,
  pick,
  rowsWithAny,
  emptyBitset,
  type Bitset,
  type FacetKey,
} from './facetIndex';
import type { ArrayFilterKey, Filters, Sort } from './types';

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

/** The range and text filters as one test per row (they are not in the facet index). */
function otherTest(f: Filters): ((row: ProjectRow) => boolean) | null {
  const query = foldForSearch(f.q.trim());
  const words = query ? query.split(/\s+/).map(wordMatcher) : [];
  const { costMin: min, costMax: max } = f;
  if (min === null && max === null && !words.length) return null;
  return (row) => {
    if (min !== null && (row.cost === null || row.cost < min)) return false;
    if (max !== null && (row.cost === null || row.cost > max)) return false;
    for (const matches of words) if (!matches(row)) return false;
    return true;
  };
}

/**
 * The filters as sets of row positions: per active facet the rows having one of its chosen values, and the rows
 * passing the range and text filters (null where a filter is not set: every row passes). The per-row test runs
 * only on rows that fail at most one facet, the only ones any count or listing can include.
 */
interface Plan {
  size: number;
  facets: Record<FacetKey, Bitset | null>;
  other: Bitset | null;
}

function plan(rows: readonly ProjectRow[], f: Filters): Plan {
  const index = facetIndexOf(rows);
  const arrayFacet = (key: ArrayFilterKey) => (f[key].length ? rowsWithAny(index, key, f[key]) : null);
  const facets: Plan['facets'] = {
    years: arrayFacet('years'),
    themes: arrayFacet('themes'),
    admins: arrayFacet('admins'),
    provinces: arrayFacet('provinces'),
    municipalities: arrayFacet('municipalities'),
    cost: f.cost === 'any' ? null : rowsWithAny(index, 'cost', [f.cost]),
  };
  const test = otherTest(f);
  if (!test) return { size: rows.length, facets, other: null };
  // Word by word: `once` holds rows failing at least one facet, `twice` those failing two or more.
  const once = emptyBitset(rows.length);
  const twice = emptyBitset(rows.length);
  for (const set of Object.values(facets))
    if (set)
      for (let w = 0; w < once.length; w++) {
        const fails = ~set[w]!;
        twice[w]! |= once[w]! & fails;
        once[w]! |= fails;
      }
  const other = emptyBitset(rows.length);
  for (let i = 0; i < rows.length; i++)
    if (!(twice[i >>> 5]! & (1 << (i & 31))) && test(rows[i]!)) other[i >>> 5]! |= 1 << (i & 31);
  return { size: rows.length, facets, other };
}

/** The rows passing every filter except the facet `skip`. */
const passing = (p: Plan, skip?: FacetKey) =>
  intersect(p.size, [p.other, ...FACETS.map((k) => (k === skip ? null : p.facets[k]))]);

/** The rows passing every filter except `skip`, as a facet sees them (the map ignores its own municipality filter). */
export function rowsMatching(rows: ProjectRow[], f: Filters, skip?: FacetKey): ProjectRow[] {
  return pick(rows, passing(plan(rows, f), skip));
}

let lastPlan: { rows: ProjectRow[]; filters: Filters; plan: Plan } | null = null;

/** One plan per filter state, shared by the listing and the facet counts of the same change. */
function planOf(rows: ProjectRow[], filters: Filters): Plan {
  if (lastPlan?.rows !== rows || lastPlan.filters !== filters) lastPlan = { rows, filters, plan: plan(rows, filters) };
  return lastPlan.plan;
}

let lastFilter: { rows: ProjectRow[]; filters: Filters; result: ProjectRow[] } | null = null;

/** The rows passing all filters. Memoised on the (immutable) inputs, so every view can call it freely. */
export function selectFilteredRows(rows: ProjectRow[], filters: Filters): ProjectRow[] {
  if (lastFilter && lastFilter.rows === rows && lastFilter.filters === filters) return lastFilter.result;
  const result = pick(rows, passing(planOf(rows, filters)));
  lastFilter = { rows, filters, result };
  return result;
}

export type FacetCounts = Record<ArrayFilterKey, Map<string, number>> & { cost: Map<'known' | 'unknown', number> };

let lastFacets: { rows: ProjectRow[]; filters: Filters; result: FacetCounts } | null = null;

/**
 * Counts per facet value with every other filter applied (Datasette-style): the projects that pass all other
 * filters and have the value. Values no such project has are left out.
 */
export function facetCounts(rows: ProjectRow[], filters: Filters): FacetCounts {
  if (lastFacets && lastFacets.rows === rows && lastFacets.filters === filters) return lastFacets.result;
  const p = planOf(rows, filters);
  const index = facetIndexOf(rows);
  const count = (key: FacetKey) => {
    const others = passing(p, key);
    const out = new Map<string, number>();
    for (const [value, list] of index.postings[key]) {
      const n = countIn(others, list);
      if (n) out.set(value, n);
    }
    return out;
  };
  const result = Object.fromEntries(FACETS.map((k) => [k, count(k)])) as FacetCounts;
  lastFacets = { rows, filters, result };
  return result;
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
