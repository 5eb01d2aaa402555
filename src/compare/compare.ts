import { countsInNationalTheme } from '../data/nationalThemes';
import { continuingPairs } from '../data/counting';
import type { ProjectRow } from '../data/rows';
import type { Theme } from '../data/schema';
import type { Lang } from '../i18n';

export type ThemeChange = 'continued' | 'renamed' | 'dropped' | 'new';

/** The two plan years compared, earlier first. */
export interface YearPair {
  from: number;
  to: number;
}

export const DEFAULT_YEARS: YearPair = { from: 2008, to: 2009 };

/** The plan years the themes have, ascending: the years a comparison can pick. */
export function planYears(themes: Theme[]): number[] {
  const years = themes.map((t) => planYearOfScheme(t.scheme)).filter((y): y is number => y !== null);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * The pair to show for the years asked (from the URL): earlier first; a year the data does not have gives way to
 * the defaults, or to the first two plan years when the data lacks those too.
 */
export function pickYears(asked: YearPair, available: number[]): YearPair {
  const [from, to] = [Math.min(asked.from, asked.to), Math.max(asked.from, asked.to)];
  if (from !== to && available.includes(from) && available.includes(to)) return { from, to };
  if (available.includes(DEFAULT_YEARS.from) && available.includes(DEFAULT_YEARS.to)) return DEFAULT_YEARS;
  return { from: available[0] ?? DEFAULT_YEARS.from, to: available[1] ?? DEFAULT_YEARS.to };
}

export interface ThemeLink {
  from: string;
  to: string;
  change: 'continued' | 'renamed';
}

export interface ThemeFlow {
  /** Columns left to right: 2005–2006 Pohjanmaa (when present), the earlier year, the later year, national. */
  columns: Array<{ scheme: Theme['scheme']; themes: Theme[] }>;
  /** Earlier → later links from the curated predecessor mapping. */
  links: ThemeLink[];
  /** What happened to each area of the earlier year and where each theme of the later year came from. */
  change: Map<string, ThemeChange>;
  /** Regional theme → national themes (curated). */
  national: Array<{ from: string; to: string }>;
}

const byOrder = (a: Theme, b: Theme) => a.order - b.order;

/** The earlier → later correspondence: same name = continued, other name = renamed, unmapped = dropped / new. */
export function themeFlow(themes: Theme[], years: YearPair = DEFAULT_YEARS): ThemeFlow {
  const scheme = (s: Theme['scheme']) => themes.filter((t) => t.scheme === s).sort(byOrder);
  const earlierPlan = scheme(`plan-${years.from}`);
  const laterPlan = scheme(`plan-${years.to}`);
  const byId = new Map(themes.map((t) => [t.id, t]));
  const links: ThemeLink[] = [];
  const change = new Map<string, ThemeChange>();
  for (const t of laterPlan) {
    const preds = t.predecessorIds
      .map((id) => byId.get(id))
      .filter((p): p is Theme => p?.scheme === `plan-${years.from}`);
    for (const p of preds)
      links.push({ from: p.id, to: t.id, change: p.name.fi === t.name.fi ? 'continued' : 'renamed' });
    change.set(
      t.id,
      preds.length === 0 ? 'new' : preds.every((p) => p.name.fi === t.name.fi) ? 'continued' : 'renamed',
    );
  }
  for (const t of earlierPlan) {
    const out = links.filter((l) => l.from === t.id);
    change.set(
      t.id,
      out.length === 0 ? 'dropped' : out.every((l) => l.change === 'continued') ? 'continued' : 'renamed',
    );
  }
  const earlier = scheme('pohjanmaa-2005-2006');
  const columns = [
    ...(earlier.length ? [{ scheme: 'pohjanmaa-2005-2006' as const, themes: earlier }] : []),
    { scheme: `plan-${years.from}` as const, themes: earlierPlan },
    { scheme: `plan-${years.to}` as const, themes: laterPlan },
    { scheme: 'national' as const, themes: scheme('national') },
  ];
  const national = [...earlier, ...earlierPlan, ...laterPlan].flatMap((t) =>
    t.nationalThemeIds.map((to) => ({ from: t.id, to })),
  );
  return { columns, links, change, national };
}

/** Projects per national theme in each compared year, through each plan theme's curated national mapping. */
export function projectsPerNationalTheme(
  rows: ProjectRow[],
  themes: Theme[],
  years: YearPair = DEFAULT_YEARS,
): Array<{ theme: Theme; from: number; to: number }> {
  const byId = new Map(themes.map((t) => [t.id, t]));
  return themes
    .filter((t) => t.scheme === 'national')
    .sort(byOrder)
    .map((n) => {
      const count = (year: number) =>
        rows.filter(
          (r) =>
            r.project.planYear === year &&
            r.project.themeId &&
            countsInNationalTheme(byId.get(r.project.themeId), r.project.id, n.id),
        ).length;
      return { theme: n, from: count(years.from), to: count(years.to) };
    });
}

/** Projects per plan theme of one year, in the plan's order (themes with no project show 0). */
export function projectsPerTheme(
  rows: ProjectRow[],
  themes: Theme[],
  year: number,
): Array<{ theme: Theme; projects: number }> {
  return themes
    .filter((t) => t.scheme === `plan-${year}`)
    .sort(byOrder)
    .map((theme) => ({ theme, projects: rows.filter((r) => r.project.themeId === theme.id).length }));
}

export interface AdminOverlap {
  both: string[];
  onlyFrom: string[];
  onlyTo: string[];
}

/** Organisations administering plan projects in both years or in one only (uncertain ones included). */
export function administratorOverlap(rows: ProjectRow[], years: YearPair = DEFAULT_YEARS): AdminOverlap {
  const ids = (year: number) =>
    new Set(
      rows
        .filter((r) => r.project.planYear === year)
        .flatMap((r) => r.project.administrators.map((a) => a.organisationId)),
    );
  const a = ids(years.from);
  const b = ids(years.to);
  const sorted = (xs: string[]) => xs.sort();
  return {
    both: sorted([...a].filter((x) => b.has(x))),
    onlyFrom: sorted([...a].filter((x) => !b.has(x))),
    onlyTo: sorted([...b].filter((x) => !a.has(x))),
  };
}

/** Projects per province (where the project works) in each compared plan year. */
export function provincesPerYear(
  rows: ProjectRow[],
  provinceIds: string[],
  years: YearPair = DEFAULT_YEARS,
): Array<{ provinceId: string; from: number; to: number }> {
  return provinceIds.map((provinceId) => {
    const count = (year: number) =>
      rows.filter((r) => r.project.planYear === year && r.provinceIds.includes(provinceId)).length;
    return { provinceId, from: count(years.from), to: count(years.to) };
  });
}

/** Each project with a successor, paired with it; the predecessor's cost is its 2008 plan cost. */
export const continuingProjects = continuingPairs;

/** Why a theme sits where it does (its continuation, else its national mapping) in the reader's language. */
export function themeReason(t: Theme, lang: Lang): string {
  return (
    t.predecessorReasonText?.[lang] ??
    t.predecessorReason ??
    t.nationalMappingReasonText?.[lang] ??
    t.nationalMappingReason ??
    ''
  );
}

/** The plan year a theme list belongs to ("plan-2009" → 2009), or null for the national and 2005–2006 lists. */
export function planYearOfScheme(scheme: Theme['scheme']): number | null {
  const year = /^plan-(\d{4})$/.exec(scheme)?.[1];
  return year ? Number(year) : null;
}

/** The message key and values naming a theme column ("Väli-Suomi 2009"). */
export function columnLabel(scheme: Theme['scheme']): {
  key: 'col.plan' | 'col.national' | 'col.pohjanmaa-2005-2006';
  vars?: { year: string };
} {
  const year = planYearOfScheme(scheme);
  if (year !== null) return { key: 'col.plan', vars: { year: String(year) } };
  return { key: scheme === 'national' ? 'col.national' : 'col.pohjanmaa-2005-2006' };
}
