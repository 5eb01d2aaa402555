import { chosen, FACET_KEYS, withChosen, type KnownIds } from './facets';
import type { UrlState } from './types';

export type { KnownIds } from './facets';

const keepOne = (value: string | null, known: ReadonlySet<string> | undefined) =>
  value === null || !known || known.has(value) ? value : null;

/**
 * Drops ids the data does not know (`?theme=nosuch`, a project removed since the link was made): the README promises
 * that unknown values are ignored, and kept they would filter every view to nothing. Returns the same object when
 * nothing was dropped, so a caller can compare by identity.
 *
 * @example pruneUnknownIds(decodeUrlState('?theme=nosuch,plan-2008-1'), { themes: new Set(['plan-2008-1']) }).filters.themes // ['plan-2008-1']
 */
export function pruneUnknownIds(state: UrlState, known: KnownIds): UrlState {
  let filters = state.filters;
  for (const key of FACET_KEYS) {
    const ids = known[key];
    const values = chosen(filters, key);
    const kept = ids ? values.filter((v) => ids.has(v)) : values;
    if (kept.length !== values.length) filters = withChosen(filters, key, kept);
  }
  const selectedProjectId = keepOne(state.selectedProjectId, known.projects);
  const zoomProvince = keepOne(state.map.zoomProvince, known.provinces);
  const unchanged =
    filters === state.filters &&
    selectedProjectId === state.selectedProjectId &&
    zoomProvince === state.map.zoomProvince;
  if (unchanged) return state;
  return { ...state, filters, selectedProjectId, map: { ...state.map, zoomProvince } };
}
