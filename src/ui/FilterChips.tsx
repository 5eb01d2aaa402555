import { formatMoney, useLang, useT } from '../i18n';
import { useAppStore, activeFilterCount } from '../state/store';
import type { ArrayFilterKey } from '../state/types';
import { useProjectRows } from '../state/useProjectRows';

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

  const name = (key: ArrayFilterKey, v: string): string => {
    switch (key) {
      case 'years':
        return v === 'none' ? t('noPlanYear') : v;
      case 'themes':
        return lookups.themes.get(v)?.name[lang] ?? v;
      case 'admins':
        return lookups.names.organisation(v, lang);
      case 'provinces':
        return lookups.names.province(v, lang);
      case 'municipalities':
        return lookups.names.municipality(v, lang);
    }
  };
  const chips: Chip[] = [];
  for (const key of ['years', 'themes', 'admins', 'provinces', 'municipalities'] as const) {
    for (const v of filters[key]) chips.push({ key: `${key}:${v}`, label: `${t(`facet.${key}`)}: ${name(key, v)}`, remove: () => toggle(key, v) });
  }
  if (filters.cost !== 'any') chips.push({ key: 'cost', label: t(`cost.${filters.cost}`), remove: () => setFilter('cost', 'any') });
  if (filters.costMin !== null) chips.push({ key: 'min', label: `${t('costMin')} ${formatMoney(lang, filters.costMin)}`, remove: () => setFilter('costMin', null) });
  if (filters.costMax !== null) chips.push({ key: 'max', label: `${t('costMax')} ${formatMoney(lang, filters.costMax)}`, remove: () => setFilter('costMax', null) });
  if (filters.q.trim()) chips.push({ key: 'q', label: `”${filters.q.trim()}”`, remove: () => setFilter('q', '') });

  return (
    <div className="chips" role="group" aria-label={t('activeFilters')}>
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <button type="button" className="chip" onClick={c.remove} aria-label={t('removeFilter', { label: c.label })}>
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
