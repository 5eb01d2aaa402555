import type { Lookups } from '../data/rows';
import { formatMoney, translate, type Lang } from '../i18n';
import type { ArrayFilterKey, Filters } from '../state/types';

export interface FilterLabel {
  key: string;
  /** What the chip and the printed header say: "Teema: Ikääntyvien palvelut". */
  label: string;
  /** Which filter it is and, for list filters, which value: enough to remove it. */
  filter: keyof Filters;
  value?: string;
}

const LIST_KEYS: ArrayFilterKey[] = ['years', 'themes', 'admins', 'provinces', 'municipalities'];

function valueName(key: ArrayFilterKey, v: string, lang: Lang, l: Lookups): string {
  switch (key) {
    case 'years':
      return v === 'none' ? translate(lang, 'noPlanYear') : v;
    case 'themes':
      return l.themes.get(v)?.name[lang] ?? v;
    case 'admins':
      return l.names.organisation(v, lang);
    case 'provinces':
      return l.names.province(v, lang);
    case 'municipalities':
      return l.names.municipality(v, lang);
  }
}

/** Every active filter in words, in the order the filter panel lists them. */
export function filterLabels(filters: Filters, lang: Lang, l: Lookups): FilterLabel[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const labels: FilterLabel[] = [];
  for (const key of LIST_KEYS) {
    for (const v of filters[key])
      labels.push({
        key: `${key}:${v}`,
        label: `${t(`facet.${key}`)}: ${valueName(key, v, lang, l)}`,
        filter: key,
        value: v,
      });
  }
  if (filters.cost !== 'any') labels.push({ key: 'cost', label: t(`cost.${filters.cost}`), filter: 'cost' });
  if (filters.evidence !== 'any')
    labels.push({ key: 'evidence', label: t(`evidenceFilter.${filters.evidence}`), filter: 'evidence' });
  if (filters.costMin !== null)
    labels.push({ key: 'min', label: `${t('costMin')} ${formatMoney(lang, filters.costMin)}`, filter: 'costMin' });
  if (filters.costMax !== null)
    labels.push({ key: 'max', label: `${t('costMax')} ${formatMoney(lang, filters.costMax)}`, filter: 'costMax' });
  if (filters.q.trim()) labels.push({ key: 'q', label: `”${filters.q.trim()}”`, filter: 'q' });
  return labels;
}
