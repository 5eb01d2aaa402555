import { searchNames, type ProjectRow } from '../data/rows';
import { collator, foldForSearch, type Lang } from '../i18n/format';
import type { ArrayFilterKey, Filters, Sort } from './types';

const FACETS = ['years', 'themes', 'admins', 'provinces', 'municipalities', 'cost'] as const;
type FacetKey = (typeof FACETS)[number];
const BIT = Object.fromEntries(FACETS.map((k, i) => [k, 1 << i])) as Record<FacetKey, number>;
const OTHER = 1 << FACETS.length;

/** The filters turned into sets once per change, so the per-row test allocates nothing (100 000 rows). */
interface Compiled {
  years: Set<string> | null;
  themes: Set<string> | null;
  admins: Set<string> | null;
  provinces: Set<string> | null;
  municipalities: Set<string> | null;
  cost: Filters['cost'];
  min: number | null;
  max: number | null;
  words: Array<(row: ProjectRow) => boolean>;
}

const setOf = (values: string[]) => (values.length ? new Set(values) : null);
const anyIn = (values: string[], set: Set<string>) => {
  for (const v of values) if (set.has(v)) return true;
  return false;
};

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

function compile(f: Filters): Compiled {
  const query = foldForSearch(f.q.trim());
  return {
    years: setOf(f.years),
    themes: setOf(f.themes),
    admins: setOf(f.admins),
    provinces: setOf(f.provinces),
    municipalities: setOf(f.municipalities),
    cost: f.cost,
    min: f.costMin,
    max: f.costMax,
    words: query ? query.split(/\s+/).map(wordMatcher) : [],
  };
}

/** One bit per failed facet (and one for the range and text filters together): 0 means the row passes. */
function failures(row: ProjectRow, c: Compiled): number {
  let mask = 0;
  if (c.years && !c.years.has(row.year)) mask |= BIT.years;
  if (c.themes && !(row.project.themeId && c.themes.has(row.project.themeId))) mask |= BIT.themes;
  if (c.admins && !anyIn(row.adminIds, c.admins)) mask |= BIT.admins;
  if (c.provinces && !anyIn(row.provinceIds, c.provinces)) mask |= BIT.provinces;
  if (c.municipalities && !anyIn(row.municipalityCodes, c.municipalities)) mask |= BIT.municipalities;
  if ((c.cost === 'known' && row.cost === null) || (c.cost === 'unknown' && row.cost !== null)) mask |= BIT.cost;
  if (c.min !== null && (row.cost === null || row.cost < c.min)) mask |= OTHER;
  if (c.max !== null && (row.cost === null || row.cost > c.max)) mask |= OTHER;
  for (const matches of c.words) if (!matches(row)) mask |= OTHER;
  return mask;
}

/** The rows passing every filter except `skip`, as a facet sees them (the map ignores its own municipality filter). */
export function rowsMatching(rows: ProjectRow[], f: Filters, skip?: FacetKey): ProjectRow[] {
  const c = compile(f);
  const ignore = ~(skip ? BIT[skip] : 0);
  return rows.filter((row) => (failures(row, c) & ignore) === 0);
}

let lastFilter: { rows: ProjectRow[]; filters: Filters; result: ProjectRow[] } | null = null;

/** The rows passing all filters. Memoised on the (immutable) inputs, so every view can call it freely. */
export function selectFilteredRows(rows: ProjectRow[], filters: Filters): ProjectRow[] {
  if (lastFilter && lastFilter.rows === rows && lastFilter.filters === filters) return lastFilter.result;
  const c = compile(filters);
  const result = rows.filter((r) => failures(r, c) === 0);
  lastFilter = { rows, filters, result };
  return result;
}

export type FacetCounts = Record<ArrayFilterKey, Map<string, number>> & { cost: Map<'known' | 'unknown', number> };

let lastFacets: { rows: ProjectRow[]; filters: Filters; result: FacetCounts } | null = null;

/** Counts per facet value with every other filter applied (Datasette-style), in one pass over the rows. */
export function facetCounts(rows: ProjectRow[], filters: Filters): FacetCounts {
  if (lastFacets && lastFacets.rows === rows && lastFacets.filters === filters) return lastFacets.result;
  const c = compile(filters);
  const out: FacetCounts = { years: new Map(), themes: new Map(), admins: new Map(), provinces: new Map(), municipalities: new Map(), cost: new Map() };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  // Each row's predicates run once; a facet counts the rows that fail nothing but (at most) that facet.
  for (const row of rows) {
    const mask = failures(row, c);
    // Failing the range or text filter, or two facets, leaves the row out of every count.
    if (mask & OTHER || mask & (mask - 1)) continue;
    if (!(mask & ~BIT.years)) bump(out.years, row.year);
    if (row.project.themeId && !(mask & ~BIT.themes)) bump(out.themes, row.project.themeId);
    if (!(mask & ~BIT.admins)) for (const id of row.adminIds) bump(out.admins, id);
    if (!(mask & ~BIT.provinces)) for (const id of row.provinceIds) bump(out.provinces, id);
    if (!(mask & ~BIT.municipalities)) for (const code of row.municipalityCodes) bump(out.municipalities, code);
    if (!(mask & ~BIT.cost)) bump(out.cost, row.cost === null ? 'unknown' : 'known');
  }
  lastFacets = { rows, filters, result: out };
  return out;
}

export interface Summary {
  shown: number;
  knownCostTotal: number;
  withoutCost: number;
}

export function summarise(rows: ProjectRow[]): Summary {
  let knownCostTotal = 0;
  let withoutCost = 0;
  for (const r of rows) {
    if (r.cost === null) withoutCost++;
    else knownCostTotal += r.cost;
  }
  return { shown: rows.length, knownCostTotal, withoutCost };
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
