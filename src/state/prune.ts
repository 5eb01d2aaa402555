import type { UrlState } from './types';

/**
 * The ids the loaded data knows, per URL parameter. A set left undefined means its file did not load, so its
 * ids cannot be judged and stay as they are.
 */
export interface KnownIds {
  themes?: ReadonlySet<string>;
  admins?: ReadonlySet<string>;
  provinces?: ReadonlySet<string>;
  municipalities?: ReadonlySet<string>;
  projects?: ReadonlySet<string>;
}

const keep = (values: string[], known: ReadonlySet<string> | undefined) =>
  known ? values.filter((v) => known.has(v)) : values;
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
  const f = state.filters;
  const themes = keep(f.themes, known.themes);
  const admins = keep(f.admins, known.admins);
  const provinces = keep(f.provinces, known.provinces);
  const municipalities = keep(f.municipalities, known.municipalities);
  const selectedProjectId = keepOne(state.selectedProjectId, known.projects);
  const zoomProvince = keepOne(state.map.zoomProvince, known.provinces);
  const unchanged =
    themes.length === f.themes.length &&
    admins.length === f.admins.length &&
    provinces.length === f.provinces.length &&
    municipalities.length === f.municipalities.length &&
    selectedProjectId === state.selectedProjectId &&
    zoomProvince === state.map.zoomProvince;
  if (unchanged) return state;
  return {
    ...state,
    filters: { ...f, themes, admins, provinces, municipalities },
    selectedProjectId,
    map: { ...state.map, zoomProvince },
  };
}
