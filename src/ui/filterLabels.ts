import type { Lookups } from '../data/rows';
import { formatMoney, translate, type Lang } from '../i18n';
import { chosen, facet, FACET_KEYS } from '../state/facets';
import type { Filters } from '../state/types';

export interface FilterLabel {
  key: string;
  /** What the chip and the printed header say: "Teema: Ikääntyvien palvelut". */
  label: string;
  /** Which filter it is and, for a facet, which value: enough to remove it. */
  filter: keyof Filters;
  value?: string;
}

/** Every active filter in words, in the order the filter panel lists them. */
export function filterLabels(filters: Filters, lang: Lang, l: Lookups): FilterLabel[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const labels: FilterLabel[] = [];
  for (const key of FACET_KEYS) {
    const { title, name, chip } = facet(key);
    for (const v of chosen(filters, key))
      labels.push({
        key: `${key}:${v}`,
        label: chip ? chip(v, lang) : `${t(title)}: ${name(v, lang, l)}`,
        filter: key,
        value: v,
      });
  }
  if (filters.costMin !== null)
    labels.push({ key: 'min', label: `${t('costMin')} ${formatMoney(lang, filters.costMin)}`, filter: 'costMin' });
  if (filters.costMax !== null)
    labels.push({ key: 'max', label: `${t('costMax')} ${formatMoney(lang, filters.costMax)}`, filter: 'costMax' });
  if (filters.q.trim()) labels.push({ key: 'q', label: `”${filters.q.trim()}”`, filter: 'q' });
  return labels;
}
