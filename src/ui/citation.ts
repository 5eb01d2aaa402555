import { formatDate, type Lang } from '../i18n/format';

export interface CitationParts {
  /** The dashboard's name and subtitle. */
  site: string;
  /** The page: the view's name, and the project's on a project's page. */
  page: string;
  /** A chart's title or the key figures; absent for the page itself. */
  figure?: string | null;
  /** datapackage.json's `version` and `created`; null while it has not loaded or failed. */
  release: { version: string; created: string } | null;
  /** The day the reader viewed the page (YYYY-MM-DD); null on the prerendered page. */
  viewed: string | null;
  /** The page's address with its filters. */
  url: string;
}

export interface CitationTemplates {
  /** With {date} and {version}. */
  release: string;
  /** With {date}. */
  viewed: string;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/**
 * A citation of a page or a figure, one line to paste into a report: title, the data's release and version, the day
 * viewed and the address with its filters, e.g.
 * "Kaste Väli-Suomi – Kehittämisrahoitus 2008–2015: Yleiskuva – Kustannukset painopistealueittain. Aineisto koottu
 * 3.12.2026, versio beb3de5b8d3c. Viitattu 3.12.2026. https://…/?year=2008". Parts that are unknown are left out.
 */
export function citationText(parts: CitationParts, templates: CitationTemplates, lang: Lang): string {
  const title = `${parts.site}: ${parts.page}${parts.figure ? ` – ${parts.figure}` : ''}`;
  const sentences = [
    title,
    parts.release &&
      fill(templates.release, {
        date: formatDate(lang, parts.release.created.slice(0, 10)),
        version: parts.release.version,
      }),
    parts.viewed && fill(templates.viewed, { date: formatDate(lang, parts.viewed) }),
  ].filter((s): s is string => !!s);
  return [...sentences.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)), parts.url].filter(Boolean).join(' ');
}
