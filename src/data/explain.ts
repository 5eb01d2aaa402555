import { countsInNationalTheme } from './nationalThemes';
import type { CountingRule } from './counting';
import type { Lookups, ProjectRow } from './rows';
import type { Dataset, PlanYear, QualityIssue, SourceRef, Theme } from './schema';
import { organisationName } from './names';
import { notesOf, type FigureKind } from './figureNotes';
import type { Lang } from '../i18n/format';

/**
 * How a figure counts a project's cost. `full`: every project's whole cost once; `split-equally`: a cost shared by
 * n administrators counts 1/n for each; `administrator-home`: the equal parts go to the province of each
 * administrator's home municipality. Each figure names its rule (data/counting.ts); `null` for counts and the
 * documents' own numbers, where no rule applies.
 */
export type { CountingRule };

/** One row a figure adds up: a project's cost (or its part), a counted project or organisation, a stated number. */
export interface ExplanationTerm {
  label: string;
  /** The label's language when it is a project name as written (fi or sv). */
  labelLang?: 'fi' | 'sv';
  projectId?: string;
  value: number;
  /** For a part of a shared cost: `value = whole × count / parts`. */
  whole?: number;
  parts?: number;
  count?: number;
  source: SourceRef | null;
}

export type ExclusionReason = 'no-cost';

export interface Explanation {
  value: number;
  unit: 'eur' | 'count' | 'share';
  /** `sum` adds the terms; `stated` is a document's own number (its term is the line); `share` is the terms' sum over `whole`. */
  kind: 'sum' | 'count' | 'stated' | 'share';
  rule: CountingRule | null;
  terms: ExplanationTerm[];
  excluded: Array<{ label: string; labelLang?: 'fi' | 'sv'; projectId?: string; reason: ExclusionReason }>;
  /** Quality notes (quality.json ids) that bear on the figure. */
  notes: string[];
  /** For a share: the whole it is a part of. */
  whole?: number;
}

/** What explaining needs from the dataset: each project's cost lines, and the quality notes. */
export interface ExplainContext {
  costSources: Map<string, SourceRef>;
  quality: QualityIssue[];
}

const contexts = new WeakMap<object, ExplainContext>();

export function explainContext(d: Pick<Dataset, 'funding' | 'quality'>): ExplainContext {
  let c = contexts.get(d.funding);
  if (!c) {
    c = { costSources: new Map(d.funding.costs.map((x) => [x.projectId, x.source])), quality: d.quality };
    contexts.set(d.funding, c);
  }
  return c;
}

/**
 * The notes on a figure over rows (figureNotes.ts): their projects' own, and their plans' (for a cost, the plans
 * whose rows give one: the plan-wide note that the amounts were applied for, not granted).
 */
function notesFor(rows: ProjectRow[], ctx: ExplainContext, kind: FigureKind = 'cost'): string[] {
  const counted = kind === 'cost' ? rows.filter((r) => r.cost !== null) : rows;
  return notesOf(ctx.quality, {
    kind,
    projectIds: rows.map((r) => r.project.id),
    planYears: [...new Set(counted.flatMap((r) => (r.project.planYear === null ? [] : [r.project.planYear])))],
  });
}

const projectLabel = (r: ProjectRow) => ({
  label: r.project.name,
  labelLang: r.project.language,
  projectId: r.project.id,
});

const sum = (terms: ExplanationTerm[]) => terms.reduce((s, t) => s + t.value, 0);

/** The rows' costs in full, as the table summary and a bar split by project add them; rows without a cost left out. */
export function explainRowsCost(rows: ProjectRow[], ctx: ExplainContext): Explanation {
  const terms = rows
    .filter((r) => r.cost !== null)
    .map((r) => ({ ...projectLabel(r), value: r.cost!, source: ctx.costSources.get(r.project.id) ?? null }));
  return {
    value: sum(terms),
    unit: 'eur',
    kind: 'sum',
    rule: 'full',
    terms,
    excluded: rows.filter((r) => r.cost === null).map((r) => ({ ...projectLabel(r), reason: 'no-cost' as const })),
    notes: notesFor(rows, ctx),
  };
}

/**
 * The equal parts (ProjectRow.costShare) of a cost that go to the administrators `takes` picks, summed over the
 * projects where it picks any: one term per project, its value the parts taken.
 */
function sharedCost(
  rows: ProjectRow[],
  takes: (organisationId: string) => boolean,
  rule: CountingRule,
  ctx: ExplainContext,
): Explanation {
  const own = rows.filter((r) => r.project.administrators.some((a) => takes(a.organisationId)));
  const terms = own
    .filter((r) => r.cost !== null)
    .map((r) => {
      const count = r.project.administrators.filter((a) => takes(a.organisationId)).length;
      return {
        ...projectLabel(r),
        value: r.costShare! * count,
        whole: r.cost!,
        parts: Math.max(1, r.project.administrators.length),
        count,
        source: ctx.costSources.get(r.project.id) ?? null,
      };
    });
  return {
    value: sum(terms),
    unit: 'eur',
    kind: 'sum',
    rule,
    terms,
    excluded: own.filter((r) => r.cost === null).map((r) => ({ ...projectLabel(r), reason: 'no-cost' as const })),
    notes: notesFor(own, ctx),
  };
}

/** The cost an organisation administers, as the administrator chart and a bar split by administrator add it. */
export const explainAdministratorCost = (rows: ProjectRow[], organisationId: string, ctx: ExplainContext) =>
  sharedCost(rows, (id) => id === organisationId, 'split-equally', ctx);

/** The cost administered from a province: the parts of the administrators whose home municipality lies in it. */
export function explainProvinceCost(rows: ProjectRow[], provinceId: string, l: Lookups, ctx: ExplainContext) {
  const inProvince = (orgId: string) => {
    const code = l.organisations.get(orgId)?.municipalityCode;
    return code !== undefined && l.municipalities.get(code)?.provinceId === provinceId;
  };
  return sharedCost(rows, inProvince, 'administrator-home', ctx);
}

/** A part's share of a whole: the part's rows over the whole's sum (a 2008 area's share of all areas shown). */
export function explainShare(part: Explanation, whole: number): Explanation {
  return { ...part, kind: 'share', unit: 'share', value: whole > 0 ? part.value / whole : 0, whole };
}

const yearRows = (rows: ProjectRow[], year: PlanYear) => rows.filter((r) => r.project.planYear === year);

/** A plan's total row as the document states it; the notes say where the rows add up to something else. */
export function explainStatedTotal(d: Dataset, year: PlanYear): Explanation | null {
  const stated = d.funding.statedTotals.find((s) => s.planYear === year);
  if (stated?.amountEur == null) return null;
  return {
    value: stated.amountEur,
    unit: 'eur',
    kind: 'stated',
    rule: null,
    terms: [{ label: stated.source.excerpt ?? '', labelLang: 'fi', value: stated.amountEur, source: stated.source }],
    excluded: [],
    notes: notesOf(d.quality, { kind: 'stated-total', planYears: [year] }),
  };
}

/**
 * What a plan's rows add up to: the published sum (funding.json summedTotals) with the rows it adds, the rows
 * without a cost, and the notes on the total (the stated total's mismatch and its possible explanation).
 */
export function explainSummedTotal(d: Dataset, rows: ProjectRow[], year: PlanYear): Explanation {
  const ctx = explainContext(d);
  const own = yearRows(rows, year);
  const base = explainRowsCost(own, ctx);
  const published = d.funding.summedTotals.find((s) => s.planYear === year);
  const notes = notesOf(d.quality, {
    kind: 'summed-total',
    planYears: [year],
    projectIds: own.map((r) => r.project.id),
  });
  return { ...base, value: published?.amountEur ?? base.value, notes };
}

/** A plan's projects, counted: each row of its table once. */
export function explainProjectCount(d: Dataset, rows: ProjectRow[], year: PlanYear): Explanation {
  const own = yearRows(rows, year);
  return {
    value: d.funding.summedTotals.find((s) => s.planYear === year)?.projects ?? own.length,
    unit: 'count',
    kind: 'count',
    rule: null,
    terms: own.map((r) => ({ ...projectLabel(r), value: 1, source: r.project.sources[0] ?? null })),
    excluded: [],
    notes: notesOf(d.quality, { kind: 'plan-projects', planYears: [year] }),
  };
}

/** A plan's projects without a stated cost. */
export function explainWithoutCost(d: Dataset, rows: ProjectRow[], year: PlanYear): Explanation {
  const own = yearRows(rows, year).filter((r) => r.cost === null);
  return {
    value: d.funding.summedTotals.find((s) => s.planYear === year)?.withoutCost ?? own.length,
    unit: 'count',
    kind: 'count',
    rule: null,
    terms: own.map((r) => ({ ...projectLabel(r), value: 1, source: r.project.sources[0] ?? null })),
    excluded: [],
    notes: notesFor(own, explainContext(d), 'without-cost'),
  };
}

/**
 * A plan's distinct administrators, counted from its rows (stated and uncertain ones): each organisation once,
 * with the first row that names it; the notes hold the stated count's mismatch and the reading that explains it.
 */
export function explainAdministratorCount(
  d: Dataset,
  rows: ProjectRow[],
  year: PlanYear,
  lang: Lang,
  l: Lookups,
): Explanation {
  const terms: ExplanationTerm[] = [];
  const seen = new Set<string>();
  for (const r of yearRows(rows, year))
    for (const a of r.project.administrators) {
      if (seen.has(a.organisationId)) continue;
      seen.add(a.organisationId);
      const org = l.organisations.get(a.organisationId);
      terms.push({ label: org ? organisationName(org, lang) : a.name, value: 1, source: r.project.sources[0] ?? null });
    }
  return {
    value: d.funding.summedTotals.find((s) => s.planYear === year)?.administrators ?? terms.length,
    unit: 'count',
    kind: 'count',
    rule: null,
    terms,
    excluded: [],
    notes: notesOf(d.quality, {
      kind: 'administrators',
      planYears: [year],
      projectIds: yearRows(rows, year).map((r) => r.project.id),
    }),
  };
}

/** Projects counted, each once with its first source line (rule `full`): a bar of the comparison's charts. */
export function explainCount(rows: ProjectRow[], ctx: ExplainContext): Explanation {
  return {
    value: rows.length,
    unit: 'count',
    kind: 'count',
    rule: 'full',
    terms: rows.map((r) => ({ ...projectLabel(r), value: 1, source: r.project.sources[0] ?? null })),
    excluded: [],
    notes: notesFor(rows, ctx, 'projects'),
  };
}

/** The projects of a plan theme (the theme belongs to one plan year). */
export const explainThemeCount = (rows: ProjectRow[], themeId: string, ctx: ExplainContext) =>
  explainCount(
    rows.filter((r) => r.project.themeId === themeId),
    ctx,
  );

/** A plan year's projects whose theme the curated mapping links to a national theme. */
export function explainNationalThemeCount(
  rows: ProjectRow[],
  themes: Theme[],
  nationalId: string,
  year: number,
  ctx: ExplainContext,
): Explanation {
  const byId = new Map(themes.map((t) => [t.id, t]));
  return explainCount(
    rows.filter(
      (r) =>
        r.project.planYear === year &&
        r.project.themeId !== null &&
        countsInNationalTheme(byId.get(r.project.themeId), r.project.id, nationalId),
    ),
    ctx,
  );
}

/** A plan year's projects that work in a province. */
export const explainProvinceProjectCount = (
  rows: ProjectRow[],
  provinceId: string,
  year: number,
  ctx: ExplainContext,
) =>
  explainCount(
    rows.filter((r) => r.project.planYear === year && r.provinceIds.includes(provinceId)),
    ctx,
  );

/**
 * The 2008 cost administered from a municipality, as the map's cost layer sums it (rule `administrator-home`):
 * each project's equal parts of the administrators whose home municipality it is.
 */
export function explainMunicipalityCost(rows: ProjectRow[], code: string, l: Lookups, ctx: ExplainContext) {
  return sharedCost(
    yearRows(rows, 2008),
    (orgId) => l.organisations.get(orgId)?.municipalityCode === code,
    'administrator-home',
    ctx,
  );
}
