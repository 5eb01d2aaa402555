import type { Lookups, ProjectRow } from '../data/rows';
import type { Lang } from '../i18n/format';
import { administratorsLabel, provincesLabel, themeLabel } from './labels';
import { csvFormatFor, toCsv } from './csv';

const HEADERS: Record<Lang, string[]> = {
  fi: [
    'tunniste',
    'hanke',
    'kieli',
    'suunnitelmavuosi',
    'teema',
    'hallinnoija',
    'hallinnoijan tila',
    'maakunnat',
    'kustannus (€)',
    'alkaa',
    'päättyy',
    'lähde',
  ],
  sv: [
    'id',
    'projekt',
    'språk',
    'planår',
    'tema',
    'huvudman',
    'huvudmannens status',
    'landskap',
    'kostnad (€)',
    'börjar',
    'slutar',
    'källa',
  ],
  en: [
    'id',
    'project',
    'language',
    'plan year',
    'theme',
    'lead organisation',
    'lead organisation status',
    'regions',
    'cost (EUR)',
    'start',
    'end',
    'source',
  ],
};

export function projectsCsv(rows: ProjectRow[], lang: Lang, l: Lookups): string {
  const body = rows.map((r) => {
    const p = r.project;
    const s = p.sources[0];
    return [
      p.id,
      p.name,
      p.language,
      p.planYear,
      themeLabel(r, lang),
      administratorsLabel(p, lang, l),
      p.administratorStatus,
      provincesLabel(r, lang, l),
      r.cost,
      p.period?.start ?? '',
      p.period?.end ?? '',
      s ? `${s.document}:${s.lineStart}-${s.lineEnd}` : '',
    ];
  });
  return toCsv(HEADERS[lang], body, csvFormatFor(lang));
}

export function projectsJson(rows: ProjectRow[]): string {
  return `${JSON.stringify(
    rows.map((r) => ({ ...r.project, costEur: r.cost })),
    null,
    2,
  )}\n`;
}
