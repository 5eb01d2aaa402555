import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { sortLabels } from '../data/labels';
import { rowsOf, type ProjectRow } from '../data/rows';
import { useLang } from '../i18n/hooks';
import { placeCosts, selectFilteredRows, sortRows, summarise } from './selectors';
import { useAppStore } from './store';

export function useProjectRows() {
  return rowsOf(useDataset());
}

/** The rows passing the shared filters: what the table, charts and map all show. */
export function useFilteredRows(): ProjectRow[] {
  const { rows } = useProjectRows();
  const filters = useAppStore((s) => s.filters);
  return useMemo(() => selectFilteredRows(rows, filters), [rows, filters]);
}

/** What a projects table shows: the filtered rows in the chosen order, their summary and the open project. */
export function useProjectListing() {
  const lang = useLang();
  const { rows: all, rowById, lookups } = useProjectRows();
  const filtered = useFilteredRows();
  const sort = useAppStore((s) => s.sort);
  const selectedId = useAppStore((s) => s.selectedProjectId);
  const rows = useMemo(
    () => sortRows(filtered, sort, lang, sortLabels(lang, lookups)),
    [filtered, sort, lang, lookups],
  );
  const filters = useAppStore((s) => s.filters);
  const summary = useMemo(
    () => ({ ...summarise(filtered), places: placeCosts(filtered, filters, lookups) }),
    [filtered, filters, lookups],
  );
  return { all, rows, summary, selected: selectedId ? rowById.get(selectedId) : undefined };
}
