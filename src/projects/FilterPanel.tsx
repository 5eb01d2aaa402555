import { useId, useMemo, useState } from 'react';
import { collator, formatNumber, useLang, useT } from '../i18n';
import { useAppStore } from '../state/store';
import { facetCounts } from '../state/selectors';
import type { ArrayFilterKey } from '../state/types';
import { useProjectRows } from '../state/useProjectRows';
import { EVIDENCE_STATUSES } from '../data/evidence';
import { keepEarlyEdit } from '../ui/earlyEdit';

interface Option {
  value: string;
  label: string;
  count: number;
  lang?: string;
}

const VISIBLE = 8;

function Facet({ title, filterKey, options }: { title: string; filterKey: ArrayFilterKey; options: Option[] }) {
  const t = useT();
  const lang = useLang();
  const selected = useAppStore((s) => s.filters[filterKey]) as string[];
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const shown = expanded ? options : options.slice(0, VISIBLE);
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      <ul id={id}>
        {shown.map((o) => (
          <li key={o.value}>
            <label className={o.count === 0 ? 'facet-empty' : undefined}>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={() => toggle(filterKey, o.value)}
                ref={keepEarlyEdit(({ checked }) => {
                  const now = useAppStore.getState().filters[filterKey] as string[];
                  if (now.includes(o.value) !== checked) toggle(filterKey, o.value);
                })}
              />
              <span lang={o.lang}>{o.label}</span> <span className="count">({formatNumber(lang, o.count)})</span>
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
  const c = collator(lang);

  const options = useMemo(() => {
    const withSelected = (key: ArrayFilterKey, ids: string[]) => [...new Set([...ids, ...(filters[key] as string[])])];
    const count = (key: ArrayFilterKey, v: string) => counts[key].get(v) ?? 0;
    const years: Option[] = (['2008', '2009', 'none'] as const).map((y) => ({
      value: y,
      label: y === 'none' ? t('noPlanYear') : y,
      count: count('years', y),
    }));
    const themeIds = [...lookups.themes.values()].filter(
      (th) => th.scheme === 'plan-2008' || th.scheme === 'plan-2009',
    );
    const themes: Option[] = themeIds.map((th) => ({
      value: th.id,
      label: `${th.scheme === 'plan-2008' ? '2008' : '2009'}: ${th.name[lang]}`,
      count: count('themes', th.id),
    }));
    const admins: Option[] = withSelected('admins', [...counts.admins.keys()])
      .map((id) => {
        return { value: id, label: lookups.names.organisation(id, lang), count: count('admins', id) };
      })
      .sort((a, b) => b.count - a.count || c.compare(a.label, b.label));
    const provinces: Option[] = [...lookups.provinces.values()]
      .filter((p) => p.core || counts.provinces.has(p.id))
      .map((p) => ({ value: p.id, label: lookups.names.province(p.id, lang), count: count('provinces', p.id) }));
    const municipalities: Option[] = withSelected('municipalities', [...counts.municipalities.keys()])
      .map((code) => {
        return { value: code, label: lookups.names.municipality(code, lang), count: count('municipalities', code) };
      })
      .sort((a, b) => b.count - a.count || c.compare(a.label, b.label));
    return { years, themes, admins, provinces, municipalities };
  }, [counts, lookups, lang, filters, t, c]);

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
      <Facet title={t('facet.years')} filterKey="years" options={options.years} />
      <Facet title={t('facet.themes')} filterKey="themes" options={options.themes} />
      <Facet title={t('facet.admins')} filterKey="admins" options={options.admins} />
      <Facet title={t('facet.provinces')} filterKey="provinces" options={options.provinces} />
      <Facet title={t('facet.municipalities')} filterKey="municipalities" options={options.municipalities} />
      <fieldset className="facet">
        <legend>{t('facet.cost')}</legend>
        <ul>
          {(['known', 'unknown'] as const).map((v) => (
            <li key={v}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.cost === v}
                  onChange={() => setFilter('cost', filters.cost === v ? 'any' : v)}
                  ref={keepEarlyEdit(({ checked }) => setFilter('cost', checked ? v : 'any'))}
                />
                <span>{t(`cost.${v}`)}</span>{' '}
                <span className="count">({formatNumber(lang, counts.cost.get(v) ?? 0)})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="facet">
        <legend>{t('facet.evidence')}</legend>
        <ul>
          {EVIDENCE_STATUSES.filter((v) => counts.evidence.has(v) || filters.evidence === v).map((v) => (
            <li key={v}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.evidence === v}
                  onChange={() => setFilter('evidence', filters.evidence === v ? 'any' : v)}
                  ref={keepEarlyEdit(({ checked }) => setFilter('evidence', checked ? v : 'any'))}
                />
                <span>{v === 'stated' ? t('evidenceFilter.stated') : t(`evidence.${v}`)}</span>{' '}
                <span className="count">({formatNumber(lang, counts.evidence.get(v) ?? 0)})</span>
              </label>
            </li>
          ))}
        </ul>
        <p className="muted facet-note">{t('evidenceRowNote')}</p>
      </fieldset>
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
