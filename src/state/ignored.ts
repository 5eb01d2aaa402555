import { chosen, facet, FACET_KEYS, type KnownIds } from './facets';
import { pruneUnknownIds } from './prune';
import type { UrlState } from './types';
import { decodeUrlState } from './url';

/** One value of the address that the dashboard did not use, as written: `{ param: 'theme', value: 'nosuch' }`. */
export interface IgnoredPart {
  param: string;
  value: string;
}

/** The list parameters: each comma-separated value is used or ignored on its own. */
const LISTS: Record<string, (s: UrlState) => readonly string[]> = {
  ...Object.fromEntries(
    FACET_KEYS.filter((k) => !facet(k).choices).map((k) => [facet(k).param, (s: UrlState) => chosen(s.filters, k)]),
  ),
  hide: (s) => s.hiddenColumns,
};

/** The single-valued parameters: the value the state holds, written as the address writes it. */
const SINGLES: Record<string, (s: UrlState) => string | null> = {
  // The old query-only links' view and language: a readable one has sent the reader to its page (legacyRedirect).
  view: (s) => s.view,
  lang: (s) => s.lang,
  ...Object.fromEntries(
    FACET_KEYS.filter((k) => facet(k).choices).map((k) => [facet(k).param, (s: UrlState) => s.filters[k]]),
  ),
  sort: (s) => (s.sort ? `${s.sort.desc ? '-' : ''}${s.sort.id}` : null),
  project: (s) => s.selectedProjectId,
  geo: (s) => s.map.geometry,
  layer: (s) => s.map.layer,
  yta: (s) => String(s.map.ytaYear),
  mapyear: (s) => s.map.projectYear,
  zoom: (s) => s.map.zoomProvince,
  split: (s) => s.chart.split,
  release: (s) => s.release,
};

/** Amounts are used as numbers, so `min=0100` is used (as 100); only an amount that was dropped is ignored. */
const AMOUNTS: Record<string, (s: UrlState) => number | null> = {
  min: (s) => s.filters.costMin,
  max: (s) => s.filters.costMax,
};

/**
 * What of a query string the dashboard ignores: values it cannot read (`?layer=nosuch`, `?year=2010`) and ids
 * the data does not know (`?theme=nosuch`, pruned by pruneUnknownIds), each with its parameter, in the order
 * written. Parameters the dashboard does not define (a tracker's `utm_source`) are not its to report, and the text
 * search `q` is always used.
 *
 * @example ignoredParts('?theme=nosuch,plan-2008-1&layer=x', { themes: new Set(['plan-2008-1']) }) // [{ param: 'theme', value: 'nosuch' }, { param: 'layer', value: 'x' }]
 */
export function ignoredParts(search: string, known: KnownIds): IgnoredPart[] {
  const used = pruneUnknownIds(decodeUrlState(search), known);
  const ignored: IgnoredPart[] = [];
  for (const [param, raw] of new URLSearchParams(search)) {
    if (!raw.trim()) continue;
    if (param in LISTS) {
      const kept = LISTS[param]!(used);
      for (const value of raw.split(',').map((v) => v.trim()))
        if (value && !kept.includes(value)) ignored.push({ param, value });
    } else if (param in SINGLES) {
      if (raw !== SINGLES[param]!(used)) ignored.push({ param, value: raw });
    } else if (param in AMOUNTS) {
      if (AMOUNTS[param]!(used) === null) ignored.push({ param, value: raw });
    }
  }
  return ignored;
}

/** What the notice lists of the ignored parts: the first `max` distinct ones, and how many more there are. */
export interface IgnoredSummary {
  shown: IgnoredPart[];
  more: number;
}

/**
 * Keeps the notice short whatever the address holds: distinct parts only, at most `max` of them, each value cut to
 * `length` characters with an ellipsis (a 100 kB parameter is one line, not a page).
 *
 * @example summariseIgnored([{ param: 'q', value: 'x'.repeat(50) }], 8, 10).shown[0].value // 'xxxxxxxxx…'
 */
export function summariseIgnored(parts: IgnoredPart[], max = 8, length = 40): IgnoredSummary {
  const distinct = [...new Map(parts.map((p) => [`${p.param}=${p.value}`, p])).values()];
  const shown = distinct.slice(0, max).map((p) => {
    if (p.value.length <= length) return p;
    const cut = p.value.slice(0, length - 1);
    // Not half of a character written as two UTF-16 units.
    return { ...p, value: `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…` };
  });
  return { shown, more: distinct.length - shown.length };
}
