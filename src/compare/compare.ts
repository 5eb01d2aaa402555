import { continuingPairs } from '../data/counting';
import type { ProjectRow } from '../data/rows';
import type { Theme } from '../data/schema';
import type { Lang } from '../i18n';

export type ThemeChange = 'continued' | 'renamed' | 'dropped' | 'new';

export interface ThemeLink {
  from: string;
  to: string;
  change: 'continued' | 'renamed';
}

export interface ThemeFlow {
  /** Columns left to right: 2005–2006 Pohjanmaa (when present), 2008, 2009, national. */
  columns: Array<{ scheme: Theme['scheme']; themes: Theme[] }>;
  /** 2008 → 2009 links from the curated predecessor mapping. */
  links: ThemeLink[];
  /** What happened to each 2008 area and where each 2009 theme came from. */
  change: Map<string, ThemeChange>;
  /** Regional theme → national themes (curated). */
  national: Array<{ from: string; to: string }>;
}

const byOrder = (a: Theme, b: Theme) => a.order - b.order;

/** The 2008 → 2009 correspondence: same name = continued, other name = renamed, unmapped = dropped / new. */
export function themeFlow(themes: Theme[]): ThemeFlow {
  const scheme = (s: Theme['scheme']) => themes.filter((t) => t.scheme === s).sort(byOrder);
  const y2008 = scheme('plan-2008');
  const y2009 = scheme('plan-2009');
  const byId = new Map(themes.map((t) => [t.id, t]));
  const links: ThemeLink[] = [];
  const change = new Map<string, ThemeChange>();
  for (const t of y2009) {
    const preds = t.predecessorIds.map((id) => byId.get(id)).filter((p): p is Theme => p?.scheme === 'plan-2008');
    for (const p of preds)
      links.push({ from: p.id, to: t.id, change: p.name.fi === t.name.fi ? 'continued' : 'renamed' });
    change.set(
      t.id,
      preds.length === 0 ? 'new' : preds.every((p) => p.name.fi === t.name.fi) ? 'continued' : 'renamed',
    );
  }
  for (const t of y2008) {
    const out = links.filter((l) => l.from === t.id);
    change.set(
      t.id,
      out.length === 0 ? 'dropped' : out.every((l) => l.change === 'continued') ? 'continued' : 'renamed',
    );
  }
  const earlier = scheme('pohjanmaa-2005-2006');
  const columns = [
    ...(earlier.length ? [{ scheme: 'pohjanmaa-2005-2006' as const, themes: earlier }] : []),
    { scheme: 'plan-2008' as const, themes: y2008 },
    { scheme: 'plan-2009' as const, themes: y2009 },
    { scheme: 'national' as const, themes: scheme('national') },
  ];
  const national = [...earlier, ...y2008, ...y2009].flatMap((t) =>
    t.nationalThemeIds.map((to) => ({ from: t.id, to })),
  );
  return { columns, links, change, national };
}

/** Projects per national theme and year, through each plan theme's curated national mapping. */
export function projectsPerNationalTheme(
  rows: ProjectRow[],
  themes: Theme[],
): Array<{ theme: Theme; y2008: number; y2009: number }> {
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
            byId.get(r.project.themeId)?.nationalThemeIds.includes(n.id),
        ).length;
      return { theme: n, y2008: count(2008), y2009: count(2009) };
    });
}

/** Projects per plan theme of one year, in the plan's order (themes with no project show 0). */
export function projectsPerTheme(
  rows: ProjectRow[],
  themes: Theme[],
  year: 2008 | 2009,
): Array<{ theme: Theme; projects: number }> {
  return themes
    .filter((t) => t.scheme === `plan-${year}`)
    .sort(byOrder)
    .map((theme) => ({ theme, projects: rows.filter((r) => r.project.themeId === theme.id).length }));
}

export interface AdminOverlap {
  both: string[];
  only2008: string[];
  only2009: string[];
}

/** Organisations administering plan projects in both years or in one only (uncertain ones included). */
export function administratorOverlap(rows: ProjectRow[]): AdminOverlap {
  const ids = (year: number) =>
    new Set(
      rows
        .filter((r) => r.project.planYear === year)
        .flatMap((r) => r.project.administrators.map((a) => a.organisationId)),
    );
  const a = ids(2008);
  const b = ids(2009);
  const sorted = (xs: string[]) => xs.sort();
  return {
    both: sorted([...a].filter((x) => b.has(x))),
    only2008: sorted([...a].filter((x) => !b.has(x))),
    only2009: sorted([...b].filter((x) => !a.has(x))),
  };
}

/** Projects per province (where the project works) in each plan year. */
export function provincesPerYear(
  rows: ProjectRow[],
  provinceIds: string[],
): Array<{ provinceId: string; y2008: number; y2009: number }> {
  return provinceIds.map((provinceId) => {
    const count = (year: number) =>
      rows.filter((r) => r.project.planYear === year && r.provinceIds.includes(provinceId)).length;
    return { provinceId, y2008: count(2008), y2009: count(2009) };
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
