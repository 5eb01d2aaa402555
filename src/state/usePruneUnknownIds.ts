import { useEffect, useMemo } from 'react';
import { useDataState } from '../data/DataContext';
import { pruneUnknownIds, type KnownIds } from './prune';
import { urlStateOf, useAppStore } from './store';
import { encodeUrlState } from './url';

/**
 * Once the data has loaded, removes ids it does not know from the state and rewrites the URL without them
 * (replacing the history entry: the address the user opened was never a state of its own).
 */
export function usePruneUnknownIds() {
  const data = useDataState();
  const known = useMemo<KnownIds | null>(() => {
    if (!('ok' in data)) return null;
    const d = data.ok ? data.dataset : data.partial;
    return {
      themes: d.themes && new Set(d.themes.map((t) => t.id)),
      admins: d.regions && new Set(d.regions.organisations.map((o) => o.id)),
      provinces: d.regions && new Set(d.regions.provinces.map((p) => p.id)),
      municipalities: d.regions && new Set(d.regions.municipalities.map((m) => m.code)),
      projects: d.projects && new Set(d.projects.map((p) => p.id)),
    };
  }, [data]);
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selectedProjectId);
  const zoom = useAppStore((s) => s.map.zoomProvince);
  useEffect(() => {
    if (!known) return;
    const current = urlStateOf(useAppStore.getState());
    const pruned = pruneUnknownIds(current, known);
    if (pruned === current) return;
    window.history.replaceState(null, '', `${window.location.pathname}${encodeUrlState(pruned)}${window.location.hash}`);
    useAppStore.getState().restore(pruned);
  }, [known, filters, selected, zoom]);
}
