import { useId, useMemo, useState } from 'react';
import { formatNumber, useLang, useT } from '../i18n';
import { useAppStore, useAppStoreApi } from '../state/store';
import { facetCounts } from '../state/selectors';
import { chosen, facet, FACET_KEYS, type FacetKey } from '../state/facets';
import { useProjectRows } from '../state/useProjectRows';
import { keepEarlyEdit } from '../ui/earlyEdit';

interface Option {
  value: string;
  label: string;
  count: number;
}

const VISIBLE = 8;

/** One facet's values as checkboxes; ticking a value of a single-choice facet replaces its value. */
function Facet({ filterKey, options }: { filterKey: FacetKey; options: Option[] }) {
  const t = useT();
  const lang = useLang();
  const { title, note } = facet(filterKey);
  const selected = useAppStore((s) => chosen(s.filters, filterKey));
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const store = useAppStoreApi();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const shown = expanded ? options : options.slice(0, VISIBLE);
  return (
    <fieldset className="facet">
      <legend>{t(title)}</legend>
      <ul id={id}>
        {shown.map((o) => (
          <li key={o.value}>
            <label className={o.count === 0 ? 'facet-empty' : undefined}>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={() => toggle(filterKey, o.value)}
                ref={keepEarlyEdit(({ checked }) => {
                  const now = chosen(store.getState().filters, filterKey);
                  if (now.includes(o.value) !== checked) toggle(filterKey, o.value);
                })}
              />
              <span>{o.label}</span> <span className="count">({formatNumber(lang, o.count)})</span>
            </label>
          </li>
        ))}
      </ul>
      {options.length > VISIBLE && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showLess') : t('showMore', { count: options.length })}
        </button>
      )}
      {note && <p className="muted facet-note">{t(note)}</p>}
    </fieldset>
  );
}

/**
 * The filters: beside the rows on a desktop, a popover over the page on a phone (table.css), closed by its last
 * button, which says how many projects the filters leave.
 */
export function FilterPanel({ id, shown }: { id: string; shown: number }) {
  const t = useT();
  const lang = useLang();
  const { rows, lookups } = useProjectRows();
  const filters = useAppStore((s) => s.filters);
  const setFilter = useAppStore((s) => s.setFilter);
  const counts = useMemo(() => facetCounts(rows, filters), [rows, filters]);

  const options = useMemo(
    () =>
      FACET_KEYS.map((key) => {
        const f = facet(key);
        const name = f.optionName ?? f.name;
        const values = f.options({ counts: counts[key], selected: chosen(filters, key), l: lookups, lang });
        return {
          key,
          options: values.map((v) => ({ value: v, label: name(v, lang, lookups), count: counts[key].get(v) ?? 0 })),
        };
      }),
    [counts, lookups, lang, filters],
  );

  const searchId = useId();
  const minId = useId();
  const maxId = useId();
  const parseEuros = (v: string) => (/^\d+$/.test(v.replace(/\s/g, '')) ? Number(v.replace(/\s/g, '')) : null);

  return (
    <section id={id} popover="auto" className="filter-panel needs-js" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filters')}</h2>
      <div className="field">
        <label htmlFor={searchId}>{t('search')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.q}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => setFilter('q', e.target.value)}
          ref={keepEarlyEdit(({ value }) => setFilter('q', value))}
        />
      </div>
      {options.map((o) => (
        <Facet key={o.key} filterKey={o.key} options={o.options} />
      ))}
      <fieldset className="facet cost-range">
        <legend>{t('costRange')}</legend>
        <div className="range-inputs">
          <label htmlFor={minId}>{t('costMin')}</label>
          <input
            id={minId}
            inputMode="numeric"
            value={filters.costMin ?? ''}
            onChange={(e) => setFilter('costMin', parseEuros(e.target.value))}
            ref={keepEarlyEdit(({ value }) => setFilter('costMin', parseEuros(value)))}
          />
          <label htmlFor={maxId}>{t('costMax')}</label>
          <input
            id={maxId}
            inputMode="numeric"
            value={filters.costMax ?? ''}
            onChange={(e) => setFilter('costMax', parseEuros(e.target.value))}
            ref={keepEarlyEdit(({ value }) => setFilter('costMax', parseEuros(value)))}
          />
        </div>
      </fieldset>
      <button type="button" className="filters-done" popoverTarget={id} popoverTargetAction="hide">
        {t('showResults', { count: shown })}
      </button>
    </section>
  );
}
