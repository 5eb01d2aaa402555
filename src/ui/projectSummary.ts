import { formatMoney, translate, type Lang } from '../i18n';

/** "12 / 47 hanketta · tunnetut kustannukset yhteensä … · kustannustieto puuttuu 3 hankkeelta"; the last part only when some lack a cost. */
export function projectSummary(
  lang: Lang,
  s: { shown: number; knownCostTotal: number; withoutCost: number },
  total: number,
): string {
  const parts = [translate(lang, 'summary', { shown: s.shown, total, sum: formatMoney(lang, s.knownCostTotal) })];
  if (s.withoutCost > 0) parts.push(translate(lang, 'summaryUnknown', { unknown: s.withoutCost }));
  return parts.join(' · ');
}
