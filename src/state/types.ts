import type { Lang } from '../i18n/format';

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
] as const;
export type View = (typeof VIEWS)[number];

export type YearFilter = '2008' | '2009' | 'none';
export type CostFilter = 'any' | 'known' | 'unknown';

export interface Filters {
  years: YearFilter[];
  themes: string[];
  admins: string[];
  provinces: string[];
  /** Municipality codes: projects administered from there (the administrator's home municipality). */
  municipalities: string[];
  cost: CostFilter;
  costMin: number | null;
  costMax: number | null;
  q: string;
}
export type ArrayFilterKey = 'years' | 'themes' | 'admins' | 'provinces' | 'municipalities';

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
}

export const EMPTY_FILTERS: Filters = {
  years: [],
  themes: [],
  admins: [],
  provinces: [],
  municipalities: [],
  cost: 'any',
  costMin: null,
  costMax: null,
  q: '',
};

export const DEFAULT_URL_STATE: UrlState = {
  view: 'overview',
  lang: 'fi',
  filters: EMPTY_FILTERS,
  sort: null,
  hiddenColumns: [],
  selectedProjectId: null,
  map: { geometry: 'tiles', layer: 'province', ytaYear: 2013, projectYear: 'both', zoomProvince: null },
  chart: { split: 'project', compare: { from: 2008, to: 2009 } },
};
