import type { Lookups } from '../data/rows';
import { formatList, formatMoney, translate, type Lang } from '../i18n';
import type { Summary } from '../state/selectors';

/**
 * "12 / 47 hanketta · tunnetut kustannukset yhteensä … (jokainen hanke kokonaan) · kustannustieto puuttuu 3
 * hankkeelta", then what the filtered municipalities or provinces administer; a total with no stated cost says
 * "ei kustannustietoja", never 0 €.
 */
export function projectSummary(lang: Lang, s: Summary, total: number, l?: Lookups): string {
  const rule = (id: 'full' | 'administrator-home') => translate(lang, `rule.${id}`);
  const anyCost = s.shown > s.withoutCost;
  const parts = [
    anyCost
      ? translate(lang, 'summary', {
          shown: s.shown,
          total,
          sum: formatMoney(lang, Math.round(s.knownCostTotal)),
          rule: rule('full'),
        })
      : translate(lang, 'summaryNoCostData', { shown: s.shown, total }),
  ];
  if (s.withoutCost > 0 && anyCost) parts.push(translate(lang, 'summaryUnknown', { unknown: s.withoutCost }));
  for (const place of l ? (s.places ?? []) : []) {
    // With no stated cost in the whole selection, its places have none either: said once, above.
    if (!anyCost && place.total.amount === null) continue;
    const name = (id: string) =>
      place.kind === 'municipality' ? l!.names.municipality(id, lang) : l!.names.province(id, lang);
    parts.push(
      translate(lang, place.kind === 'municipality' ? 'summaryFromMunicipality' : 'summaryFromProvince', {
        places: formatList(lang, place.ids.map(name)),
        sum:
          place.total.amount === null
            ? translate(lang, 'noCostData')
            : formatMoney(lang, Math.round(place.total.amount)),
        rule: rule('administrator-home'),
      }),
    );
  }
  return parts.join(' · ');
}
