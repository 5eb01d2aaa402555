import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useDataState } from '../data/DataContext';
import { ignoredParts, type IgnoredPart } from './ignored';
import { knownIds, type KnownIds } from './facets';
import { pruneUnknownIds } from './prune';
import { urlStateOf, useAppStore, useAppStoreApi } from './store';
import { encodeLocation } from './url';

/**
 * Once the data has loaded, removes ids it does not know from the state and rewrites the URL without them and
 * without anything else it could not read (replacing the history entry: the address the user opened was never a
 * state of its own). Returns what of the opened address was ignored, for the page to tell the reader.
 */
export function useIgnoredParts(): IgnoredPart[] {
  const data = useDataState();
  const known = useMemo<KnownIds | null>(() => {
    if (!('ok' in data)) return null;
    return knownIds(data.ok ? data.dataset : data.partial);
  }, [data]);
  // The address as opened, before anything rewrites it; read once the page runs in a browser.
  const opened = useRef<string | null>(null);
  useLayoutEffect(() => {
    opened.current = window.location.search;
  }, []);
  const [ignored, setIgnored] = useState<IgnoredPart[]>([]);
  const store = useAppStoreApi();
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selectedProjectId);
  const zoom = useAppStore((s) => s.map.zoomProvince);
  useEffect(() => {
    if (!known) return;
    if (opened.current !== null) {
      setIgnored(ignoredParts(opened.current, known));
      opened.current = null;
    }
    const current = urlStateOf(store.getState());
    const pruned = pruneUnknownIds(current, known);
    const address = encodeLocation(pruned);
    if (address !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(null, '', `${address}${window.location.hash}`);
    if (pruned !== current) store.getState().restore(pruned);
  }, [store, known, filters, selected, zoom]);
  return ignored;
}
