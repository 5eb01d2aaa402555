import type { ProjectRow } from '../data/rows';
import { collator, foldForSearch, type Lang } from '../i18n/format';
import type { ArrayFilterKey, Filters, Sort, YearFilter } from './types';

type FacetKey = ArrayFilterKey | 'cost';

const yearOf = (row: ProjectRow): YearFilter => (row.project.planYear === null ? 'none' : (String(row.project.planYear) as YearFilter));
const adminIds = (row: ProjectRow) => row.project.administrators.map((a) => a.organisationId);

/** Does the row pass every filter except `skip` (facet counts leave out their own facet)? */
export function matches(row: ProjectRow, f: Filters, skip?: FacetKey, query = foldForSearch(f.q.trim())): boolean {
  if (skip !== 'years' && f.years.length && !f.years.includes(yearOf(row))) return false;
  if (skip !== 'themes' && f.themes.length && !(row.project.themeId && f.themes.includes(row.project.themeId))) return false;
  if (skip !== 'admins' && f.admins.length && !adminIds(row).some((id) => f.admins.includes(id))) return false;
  if (skip !== 'provinces' && f.provinces.length && !row.provinceIds.some((id) => f.provinces.includes(id))) return false;
  if (skip !== 'municipalities' && f.municipalities.length && !row.municipalityCodes.some((c) => f.municipalities.includes(c))) return false;
  if (skip !== 'cost') {
    if (f.cost === 'known' && row.cost === null) return false;
    if (f.cost === 'unknown' && row.cost !== null) return false;
  }
  if (f.costMin !== null && (row.cost === null || row.cost < f.costMin)) return false;
  if (f.costMax !== null && (row.cost === null || row.cost > f.costMax)) return false;
  if (query && !query.split(/\s+/).every((word) => row.searchText.includes(word))) return false;
  return true;
}

let lastFilter: { rows: ProjectRow[]; filters: Filters; result: ProjectRow[] } | null = null;

/** The rows passing all filters. Memoised on the (immutable) inputs, so every view can call it freely. */
export function selectFilteredRows(rows: ProjectRow[], filters: Filters): ProjectRow[] {
  if (lastFilter && lastFilter.rows === rows && lastFilter.filters === filters) return lastFilter.result;
  const query = foldForSearch(filters.q.trim());
  const result = rows.filter((r) => matches(r, filters, undefined, query));
  lastFilter = { rows, filters, result };
  return result;
}

export type FacetCounts = Record<ArrayFilterKey, Map<string, number>> & { cost: Map<'known' | 'unknown', number> };

let lastFacets: { rows: ProjectRow[]; filters: Filters; result: FacetCounts } | null = null;

/** Counts per facet value with every other filter applied (Datasette-style), in one pass over the rows. */
export function facetCounts(rows: ProjectRow[], filters: Filters): FacetCounts {
  if (lastFacets && lastFacets.rows === rows && lastFacets.filters === filters) return lastFacets.result;
  const query = foldForSearch(filters.q.trim());
  const out: FacetCounts = { years: new Map(), themes: new Map(), admins: new Map(), provinces: new Map(), municipalities: new Map(), cost: new Map() };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const row of rows) {
    if (matches(row, filters, 'years', query)) bump(out.years, yearOf(row));
    if (row.project.themeId && matches(row, filters, 'themes', query)) bump(out.themes, row.project.themeId);
    if (matches(row, filters, 'admins', query)) new Set(adminIds(row)).forEach((id) => bump(out.admins, id));
    if (matches(row, filters, 'provinces', query)) row.provinceIds.forEach((id) => bump(out.provinces, id));
    if (matches(row, filters, 'municipalities', query)) row.municipalityCodes.forEach((c) => bump(out.municipalities, c));
    if (matches(row, filters, 'cost', query)) bump(out.cost, row.cost === null ? 'unknown' : 'known');
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
