import { LANGS, type Lang } from '../i18n/format';
import { BASE_URL } from '../data/config';
import { RELEASE_VERSION } from '../data/releaseFiles';
import { chosen, facet, FACET_KEYS, type FacetKey } from './facets';
import { normaliseBase, PROJECT_VIEW, routeOf, routePath } from './routes';
import {
  DEFAULT_URL_STATE,
  HIDEABLE_COLUMNS,
  MAP_LAYERS,
  SORT_COLUMNS,
  VIEWS,
  type Filters,
  type SortColumn,
  type TableColumn,
  type UrlState,
  type View,
} from './types';

/**
 * The public URL interface (people bookmark these; see README "Pages and URLs"). The path names the page (language,
 * view, project: routes.ts); the query string holds the filters and settings. Defaults are left out so links stay
 * short; parameters are written in a fixed order; anything unknown or malformed is ignored on reading.
 */

/** The site's base path (BASE_PATH at build time), e.g. `/kaste-dashboard/`. */
export const BASE = normaliseBase(BASE_URL);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const list = (value: string | null, ok: (s: string) => boolean) =>
  value === null
    ? []
    : [
        ...new Set(
          value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s && ok(s)),
        ),
      ];

const planYear = (value: string | null) => (value !== null && /^(?:19|20)\d\d$/.test(value) ? Number(value) : null);

/** The compared plan years; two different years or the defaults (whether the data has them is the view's check). */
function compareYears(p: URLSearchParams): { from: number; to: number } {
  const d = DEFAULT_URL_STATE.chart.compare;
  const from = planYear(p.get('from')) ?? d.from;
  const to = planYear(p.get('to')) ?? d.to;
  return from === to ? d : { from, to };
}

const wholeEuros = (value: string | null) => (value !== null && /^\d{1,12}$/.test(value) ? Number(value) : null);

/** The query string alone. `view`, `lang` and `project` here are the old query-only links (see legacyRedirect). */
export function decodeUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const d = DEFAULT_URL_STATE;
  const one = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = p.get(key);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  const sortRaw = p.get('sort');
  const sortId = sortRaw?.replace(/^-/, '');
  const costMin = wholeEuros(p.get('min'));
  const costMax = wholeEuros(p.get('max'));
  const project = p.get('project');
  const zoom = p.get('zoom');
  return {
    view: one<View>('view', VIEWS, d.view),
    lang: one<Lang>('lang', LANGS, d.lang),
    filters: {
      ...(Object.fromEntries(
        FACET_KEYS.map((key) => {
          const { param, choices, accepts } = facet(key);
          const raw = p.get(param);
          return [key, !choices ? list(raw, accepts) : raw !== null && accepts(raw) ? raw : 'any'];
        }),
      ) as Pick<Filters, FacetKey>),
      costMin,
      costMax: costMax !== null && costMin !== null && costMax < costMin ? null : costMax,
      q: (p.get('q') ?? '').slice(0, 200),
    },
    sort:
      sortId && (SORT_COLUMNS as readonly string[]).includes(sortId)
        ? { id: sortId as SortColumn, desc: sortRaw!.startsWith('-') }
        : null,
    hiddenColumns: HIDEABLE_COLUMNS.filter((c) =>
      list(p.get('hide'), (s) => (HIDEABLE_COLUMNS as readonly string[]).includes(s)).includes(c),
    ) as TableColumn[],
    selectedProjectId: project && ID.test(project) ? project : null,
    map: {
      geometry: one('geo', ['tiles', 'boundaries'] as const, d.map.geometry),
      layer: one('layer', MAP_LAYERS, d.map.layer),
      ytaYear: p.get('yta') === '2014' ? 2014 : 2013,
      projectYear: one('mapyear', ['2008', '2009', 'both'] as const, d.map.projectYear),
      zoomProvince: zoom && ID.test(zoom) ? zoom : null,
    },
    chart: { split: one('split', ['project', 'administrator'] as const, d.chart.split), compare: compareYears(p) },
    release: releaseParam(search),
  };
}

/** The data release an address asks for (`?release=<version>`), or null; read by the entry script to load its files. */
export function releaseParam(search: string): string | null {
  const value = new URLSearchParams(search).get('release');
  return value !== null && RELEASE_VERSION.test(value) ? value : null;
}

/** An address with the data release it shows pinned, so that a citation of it shows the same figures later. */
export function pinRelease(href: string, version: string): string {
  const url = new URL(href);
  url.searchParams.set('release', version);
  url.search = url.search.replace(/%2C/g, ',');
  return url.href;
}

/** The state at an address: the page from the path, everything else from the query string. */
export function decodeLocation(pathname: string, search: string, base = BASE): UrlState {
  const query = decodeUrlState(search);
  const route = routeOf(pathname, base);
  if (!route) return query;
  return { ...query, view: route.view, lang: route.lang, selectedProjectId: route.project ?? query.selectedProjectId };
}

/** The query string of a state: what the path does not already say. */
export function encodeQuery(s: UrlState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  const set = (key: string, value: string | null | undefined, fallback?: string) => {
    if (value !== null && value !== undefined && value !== '' && value !== fallback) p.set(key, value);
  };
  for (const key of FACET_KEYS) {
    set(facet(key).param, chosen(s.filters, key).join(','));
    // The cost range narrows the cost facet, so its parameters follow that facet's.
    if (key === 'cost') {
      set('min', s.filters.costMin === null ? null : String(s.filters.costMin));
      set('max', s.filters.costMax === null ? null : String(s.filters.costMax));
    }
  }
  set('q', s.filters.q.trim());
  set('sort', s.sort ? `${s.sort.desc ? '-' : ''}${s.sort.id}` : null);
  set('hide', s.hiddenColumns.join(','));
  if (s.view !== PROJECT_VIEW) set('project', s.selectedProjectId);
  set('geo', s.map.geometry, d.map.geometry);
  set('layer', s.map.layer, d.map.layer);
  set('yta', String(s.map.ytaYear), String(d.map.ytaYear));
  set('mapyear', s.map.projectYear, d.map.projectYear);
  set('zoom', s.map.zoomProvince);
  set('split', s.chart.split, d.chart.split);
  set('from', String(s.chart.compare.from), String(d.chart.compare.from));
  set('to', String(s.chart.compare.to), String(d.chart.compare.to));
  // Last, as pinRelease adds it: the page's data come from it, so every link of a release's page stays in it.
  set('release', s.release);
  // Commas separate list values; left unescaped they keep links readable (and URLSearchParams reads them back).
  const text = p.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * The address of a state: the page's path below the base, then the query.
 *
 * @example encodeLocation({ ...DEFAULT_URL_STATE, view: 'projects', lang: 'sv', selectedProjectId: 'p' }, '/k/') // '/k/sv/projects/p/'
 */
export function encodeLocation(s: UrlState, base = BASE): string {
  const project = s.view === PROJECT_VIEW ? s.selectedProjectId : null;
  return `${routePath({ lang: s.lang, view: s.view, project }, base)}${encodeQuery(s)}`;
}

/**
 * Where an old query-only link (`?view=projects&lang=sv&project=x&year=2008`, from before views were pages) now
 * lives, or null when the address is already a page's own. The query's view and language win over the path's; a
 * `project` on the projects page moves into the path when `projects` (the data's ids, once known) has it. The rest of
 * the query, an unreadable `view` or `lang` too, goes along as written, so the page named is the one that tells the
 * reader what it could not read (state/ignored.ts).
 */
export function legacyRedirect(
  pathname: string,
  search: string,
  base = BASE,
  projects?: ReadonlySet<string>,
): string | null {
  const p = new URLSearchParams(search);
  const query = decodeUrlState(search);
  const here = decodeLocation(pathname, search, base);
  const hasView = p.get('view') === query.view;
  const hasLang = p.get('lang') === query.lang;
  const view = hasView ? query.view : here.view;
  const pathProject = routeOf(pathname, base)?.project ?? null;
  const id = query.selectedProjectId;
  const opens = view === PROJECT_VIEW && pathProject === null && id !== null && (projects?.has(id) ?? true);
  if (!hasView && !hasLang && !opens) return null;
  if (hasView) p.delete('view');
  if (hasLang) p.delete('lang');
  if (opens) p.delete('project');
  // A project's own page left for another view keeps the project open there, as its panel.
  if (pathProject !== null && view !== PROJECT_VIEW) p.set('project', pathProject);
  const project = view !== PROJECT_VIEW ? null : opens ? id : pathProject;
  const rest = p.toString().replace(/%2C/g, ',');
  return `${routePath({ lang: hasLang ? query.lang : here.lang, view, project }, base)}${rest ? `?${rest}` : ''}`;
}
