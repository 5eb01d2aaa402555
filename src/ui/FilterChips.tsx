import { useLang, useT } from '../i18n';
import { useAppStore, activeFilterCount } from '../state/store';
import type { FacetKey } from '../state/facets';
import { useProjectRows } from '../state/useProjectRows';
import { filterLabels, type FilterLabel } from './filterLabels';

interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/** Every active filter as a removable chip, plus one control that clears them all. */
export function FilterChips() {
  const t = useT();
  const lang = useLang();
  const { lookups } = useProjectRows();
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const setFilter = useAppStore((s) => s.setFilter);
  const clear = useAppStore((s) => s.clearFilters);
  if (activeFilterCount(filters) === 0) return null;

  const remove = (f: FilterLabel) => {
    if (f.value !== undefined) toggle(f.filter as FacetKey, f.value);
    else if (f.filter === 'q') setFilter('q', '');
    else setFilter(f.filter as 'costMin' | 'costMax', null);
  };
  const chips: Chip[] = filterLabels(filters, lang, lookups).map((f) => ({
    key: f.key,
    label: f.label,
    remove: () => remove(f),
  }));

  return (
    <div className="chips" role="group" aria-label={t('activeFilters')}>
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="chip"
              onClick={c.remove}
              aria-label={t('removeFilter', { label: c.label })}
            >
              <span>{c.label}</span> <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clear}>
        {t('clearAll')}
      </button>
    </div>
  );
}
