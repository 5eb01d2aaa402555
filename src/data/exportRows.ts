import type { Lookups, ProjectRow } from '../data/rows';
import type { Lang } from '../i18n/format';
import { administratorsLabel, provincesLabel, themeLabel } from './labels';

const HEADERS: Record<Lang, string[]> = {
  fi: ['tunniste', 'hanke', 'kieli', 'suunnitelmavuosi', 'teema', 'hallinnoija', 'hallinnoijan tila', 'maakunnat', 'kustannus (€)', 'alkaa', 'päättyy', 'lähde'],
  sv: ['id', 'projekt', 'språk', 'planår', 'tema', 'huvudman', 'huvudmannens status', 'landskap', 'kostnad (€)', 'börjar', 'slutar', 'källa'],
  en: ['id', 'project', 'language', 'plan year', 'theme', 'administrator', 'administrator status', 'provinces', 'cost (EUR)', 'start', 'end', 'source'],
};

/** Finnish and Swedish Excel read ";" with a decimal comma; English uses "," and a decimal point. */
export const csvSeparator = (lang: Lang) => (lang === 'en' ? ',' : ';');

function field(value: string, sep: string): string {
  return value.includes(sep) || value.includes('"') || value.includes('\n') || value.includes('\r') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number without thousands separators, with the locale's decimal mark. */
export const csvNumber = (n: number, lang: Lang) => (lang === 'en' ? String(n) : String(n).replace('.', ','));

export function toCsvTable(header: string[], rows: string[][], lang: Lang): string {
  const sep = csvSeparator(lang);
  const lines = [header, ...rows].map((cells) => cells.map((c) => field(c, sep)).join(sep));
  // The BOM makes Excel read UTF-8 (ä, ö, å) instead of the system code page.
  return `${lang === 'en' ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}

export function projectsCsv(rows: ProjectRow[], lang: Lang, l: Lookups): string {
  const body = rows.map((r) => {
    const p = r.project;
    const s = p.sources[0];
    return [
      p.id,
      p.name,
      p.language,
      p.planYear === null ? '' : String(p.planYear),
      themeLabel(r, lang),
      administratorsLabel(p, lang, l),
      p.administratorStatus,
      provincesLabel(r, lang, l),
      r.cost === null ? '' : csvNumber(r.cost, lang),
      p.period?.start ?? '',
      p.period?.end ?? '',
      s ? `${s.document}:${s.lineStart}-${s.lineEnd}` : '',
    ];
  });
  return toCsvTable(HEADERS[lang], body, lang);
}

export function projectsJson(rows: ProjectRow[]): string {
  return `${JSON.stringify(
    rows.map((r) => ({ ...r.project, costEur: r.cost })),
    null,
    2,
  )}\n`;
}
