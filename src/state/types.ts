import type { Lang } from '../i18n/format';
import { emptyFacets, type FacetChoice, type ListFacetKey, type SingleFacetKey } from './facets';

export const VIEWS = [
  'overview',
  'projects',
  'compare',
  'map',
  'timeline',
  'context',
  'sources',
  'accessibility',
  'data',
  'glossary',
  'changes',
] as const;
export type View = (typeof VIEWS)[number];

/** The chosen values of every facet (state/facets.ts: a list, or one value or `any`), the cost range and the text. */
export type Filters = { [K in ListFacetKey]: string[] } & { [K in SingleFacetKey]: FacetChoice<K> | 'any' } & {
  costMin: number | null;
  costMax: number | null;
  q: string;
};

export const SORT_COLUMNS = ['name', 'planYear', 'theme', 'administrators', 'provinces', 'cost', 'period'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
  id: SortColumn;
  desc: boolean;
}

/** The projects table's columns; every one but the project name (the row header) can be hidden. */
export const TABLE_COLUMNS = [
  'name',
  'planYear',
  'theme',
  'administrators',
  'provinces',
  'cost',
  'period',
  'sources',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export const HIDEABLE_COLUMNS: readonly TableColumn[] = TABLE_COLUMNS.filter((c) => c !== 'name');

export const MAP_LAYERS = ['province', 'yta', 'lasse', 'projects', 'cost'] as const;

export interface MapState {
  geometry: 'tiles' | 'boundaries';
  layer: (typeof MAP_LAYERS)[number];
  ytaYear: 2013 | 2014;
  projectYear: '2008' | '2009' | 'both';
  zoomProvince: string | null;
}

export interface ChartState {
  split: 'project' | 'administrator';
  /** The two plan years the comparison sets side by side (`from`/`to` in the URL); any years the data has. */
  compare: { from: number; to: number };
}

/** Everything a link reproduces. The colour scheme is a personal setting and stays out of links. */
export interface UrlState {
  view: View;
  lang: Lang;
  filters: Filters;
  sort: Sort | null;
  /** Columns the reader hid in the projects table, in table order. */
  hiddenColumns: TableColumn[];
  selectedProjectId: string | null;
  map: MapState;
  chart: ChartState;
  /** The data release the page shows (`?release=`, a version from releases.json); null for the current data. */
  release: string | null;
}

export const EMPTY_FILTERS: Filters = { ...emptyFacets(), costMin: null, costMax: null, q: '' };

export const DEFAULT_URL_STATE: UrlState = {
  view: 'overview',
  lang: 'fi',
  filters: EMPTY_FILTERS,
  sort: null,
  hiddenColumns: [],
  selectedProjectId: null,
  map: { geometry: 'tiles', layer: 'province', ytaYear: 2013, projectYear: 'both', zoomProvince: null },
  chart: { split: 'project', compare: { from: 2008, to: 2009 } },
  release: null,
};
