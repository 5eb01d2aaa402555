import { administratorShares, byHomeProvince, byOrganisation, groupShares, type GroupCost } from '../data/counting';
import type { Lookups, ProjectRow } from '../data/rows';
import type { Dataset, Theme } from '../data/schema';
import { administratorLabel } from '../data/labels';
import { organisationName, provinceName } from '../data/names';
import type { Lang } from '../i18n';

/** A stacked-bar segment: one project, or one administrator's part of a bar. */
export interface Segment {
  key: string;
  label: string;
  amount: number;
  /** Projects behind the segment (several when split by administrator). */
  projectIds: string[];
  /** The one project the segment is, when split by project: its name is shown in the reader's language. */
  projectId?: string;
}

export interface AreaCost {
  theme: Theme;
  total: number;
  /** Share of the costs of all areas shown (0–1). */
  share: number;
  segments: Segment[];
  projects: number;
  withoutCost: number;
}

export type Split = 'project' | 'administrator';

/** A row's cost by administrator (rule `split-equally`); a row with no administrator keeps it whole. */
export function perAdministrator(
  row: ProjectRow,
  lang: Lang,
  l: Lookups,
): Array<{ key: string; label: string; amount: number; uncertain: boolean }> {
  if (row.cost === null) return [];
  if (row.project.administrators.length === 0) return [{ key: '', label: '', amount: row.cost, uncertain: false }];
  return administratorShares(row, l).map((s, i) => ({
    key: s.organisationId,
    label: administratorLabel(row.project.administrators[i]!, lang, l),
    amount: s.amount!,
    uncertain: s.uncertain,
  }));
}

/** Costs per 2008 priority area; each bar split by project or by administrator, largest segment first. */
export function costByArea(rows: ProjectRow[], themes: Theme[], split: Split, lang: Lang, l: Lookups): AreaCost[] {
  const areas = themes.filter((t) => t.scheme === 'plan-2008').sort((a, b) => a.order - b.order);
  const result = areas.map((theme) => {
    const inArea = rows.filter((r) => r.project.themeId === theme.id);
    const segments = new Map<string, Segment>();
    for (const row of inArea) {
      const parts =
        split === 'project'
          ? row.cost === null
            ? []
            : [{ key: row.project.id, label: row.project.name, amount: row.cost, projectId: row.project.id }]
          : perAdministrator(row, lang, l);
      for (const part of parts) {
        const seg = segments.get(part.key) ?? {
          key: part.key,
          label: part.label,
          amount: 0,
          projectIds: [],
          ...('projectId' in part ? { projectId: part.projectId } : {}),
        };
        seg.amount += part.amount;
        seg.projectIds.push(row.project.id);
        segments.set(part.key, seg);
      }
    }
    const sorted = [...segments.values()].sort((a, b) => b.amount - a.amount || a.label.localeCompare(b.label, lang));
    return {
      theme,
      total: sorted.reduce((s, seg) => s + seg.amount, 0),
      share: 0,
      segments: sorted,
      projects: inArea.length,
      withoutCost: inArea.filter((r) => r.cost === null).length,
    };
  });
  const grand = result.reduce((s, a) => s + a.total, 0);
  for (const a of result) a.share = grand > 0 ? a.total / grand : 0;
  return result;
}

export interface RankedCost {
  id: string;
  label: string;
  amount: number;
  /** False when none of its projects states a cost: the figure is "no cost data", not 0 €. */
  hasCost: boolean;
  projects: number;
  withoutCost: number;
  /** Projects in which this administrator is marked uncertain ("Kauhajoki ?"). */
  uncertain: number;
}

function organisationLabel(l: Lookups, id: string, written: string, lang: Lang) {
  const o = l.organisations.get(id);
  return o ? organisationName(o, lang) : written;
}

function provinceLabel(l: Lookups, id: string, lang: Lang) {
  const p = l.provinces.get(id);
  return p ? provinceName(p, lang) : id;
}

function ranked(groups: Map<string, GroupCost>, label: (id: string) => string): RankedCost[] {
  return [...groups.values()]
    .map((g) => ({
      id: g.id,
      label: label(g.id),
      amount: g.amount ?? 0,
      hasCost: g.amount !== null,
      projects: g.projects,
      withoutCost: g.withoutCost,
      uncertain: g.uncertain,
    }))
    .sort((a, b) => b.amount - a.amount || b.projects - a.projects || a.label.localeCompare(b.label, 'fi'));
}

/** Costs administered per organisation, ranked (rule `split-equally`); projects without a cost are counted, not summed. */
export function costByAdministrator(rows: ProjectRow[], l: Lookups, lang: Lang): RankedCost[] {
  const written = new Map(rows.flatMap((r) => r.project.administrators.map((a) => [a.organisationId, a.name])));
  return ranked(groupShares(rows, l, byOrganisation), (id) => organisationLabel(l, id, written.get(id) ?? id, lang));
}

/** Costs per province of the administrators' home municipalities, not where the project works (rule `administrator-home`). */
export function costByProvince(rows: ProjectRow[], l: Lookups, lang: Lang): RankedCost[] {
  return ranked(groupShares(rows, l, byHomeProvince), (id) => provinceLabel(l, id, lang));
}

export interface KeyFigures {
  stated: { amount: number | null; projects: number | null; administrators: number | null } | null;
  /** What the 2008 rows add up to, and how many rows and distinct administrators there are. */
  summed: { amount: number; projects: number; administrators: number; withoutCost: number };
  projectsPerYear: { 2008: number; 2009: number; other: number };
}

/**
 * The figures of the overview's first row, from all data (not the filters): they describe the sources, so they
 * are the totals the build published (the plan's stated row and what its rows add up to), not recomputed here.
 */
export function keyFigures(d: Dataset): KeyFigures {
  const stated = d.funding.statedTotals.find((s) => s.planYear === 2008);
  const summed = (year: 2008 | 2009) => d.funding.summedTotals.find((s) => s.planYear === year);
  const of2008 = summed(2008);
  return {
    stated: stated
      ? { amount: stated.amountEur, projects: stated.projects, administrators: stated.administrators }
      : null,
    summed: {
      amount: of2008?.amountEur ?? 0,
      projects: of2008?.projects ?? 0,
      administrators: of2008?.administrators ?? 0,
      withoutCost: of2008?.withoutCost ?? 0,
    },
    projectsPerYear: {
      2008: of2008?.projects ?? 0,
      2009: summed(2009)?.projects ?? 0,
      other: d.projects.filter((p) => p.planYear === null).length,
    },
  };
}
