import type { Dataset, Project, SourceRef } from './schema';

/**
 * How a value shown for a project is known: a document states it, the build computed it from stated values by a
 * rule, a curated judgement settled it (its reason kept in the build's curation file), or the source marks it
 * uncertain or contradicts itself about it.
 */
export const EVIDENCE_STATUSES = ['stated', 'computed', 'curated', 'uncertain'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export type EvidenceField =
  'name' | 'planYear' | 'theme' | 'administrators' | 'cost' | 'period' | 'provinces' | 'continues';

/** Why a value has its status; the app words each reason in fi, sv and en. */
export type EvidenceReason =
  | 'source-row'
  | 'source-text'
  | 'cost-cell'
  | 'costs-summed'
  | 'administrator-marked-uncertain'
  | 'administrator-unknown'
  | 'placement-differs'
  | 'period-stated'
  | 'period-from-title'
  | 'period-from-other-title'
  | 'provinces-derived'
  | 'continuation-curated';

export interface Evidence {
  field: EvidenceField;
  status: EvidenceStatus;
  reason: EvidenceReason;
  sources: SourceRef[];
  /** Quality notes (quality.json ids) about this value. */
  notes: string[];
}

/** What the evidence of a project needs from the whole dataset, indexed once. */
export interface EvidenceContext {
  costSources: Map<string, SourceRef[]>;
  notesByProject: Map<string, Array<{ id: string; kind: string }>>;
  /** The projects whose period a title gives: their own ('period-from-title') or another project's. */
  periodFromTitle: Map<string, 'period-from-title' | 'period-from-other-title'>;
}

const contextCache = new WeakMap<object, EvidenceContext>();

export function evidenceContext(d: Pick<Dataset, 'funding' | 'quality' | 'details'>): EvidenceContext {
  const cached = contextCache.get(d.funding);
  if (cached) return cached;
  const costSources = new Map<string, SourceRef[]>();
  for (const c of d.funding.costs) costSources.set(c.projectId, [...(costSources.get(c.projectId) ?? []), c.source]);
  const notesByProject = new Map<string, Array<{ id: string; kind: string }>>();
  for (const q of d.quality)
    if (q.projectId) notesByProject.set(q.projectId, [...(notesByProject.get(q.projectId) ?? []), q]);
  const periodFromTitle = new Map(
    d.details.flatMap((x) =>
      x.statements
        .filter((s) => s.kind === 'period-from-title' || s.kind === 'period-from-other-title')
        .map((s) => [x.projectId, s.kind as 'period-from-title' | 'period-from-other-title'] as const),
    ),
  );
  const context = { costSources, notesByProject, periodFromTitle };
  contextCache.set(d.funding, context);
  return context;
}

/**
 * The evidence of every value the dashboard shows for a project, in the order of the detail panel. Values the
 * source leaves empty (no cost, a blank administrator cell) have none: there is nothing to vouch for.
 */
export function projectEvidence(p: Project, ctx: EvidenceContext): Evidence[] {
  const row = p.sources.slice(0, 1);
  // Only the plans' tables (plan years) have rows; a project a plan or report describes rests on its text.
  const stated: EvidenceReason = p.planYear === null ? 'source-text' : 'source-row';
  const notes = ctx.notesByProject.get(p.id) ?? [];
  const ofKind = (...kinds: string[]) => notes.filter((n) => kinds.includes(n.kind)).map((n) => n.id);
  const out: Evidence[] = [{ field: 'name', status: 'stated', reason: stated, sources: row, notes: [] }];
  if (p.planYear !== null) out.push({ field: 'planYear', status: 'stated', reason: stated, sources: row, notes: [] });
  if (p.themeId) {
    const placement = ofKind('project-placement');
    out.push({
      field: 'theme',
      status: placement.length ? 'uncertain' : 'stated',
      reason: placement.length ? 'placement-differs' : stated,
      sources: row,
      notes: placement,
    });
  }
  if (p.administratorStatus === 'unknown')
    out.push({
      field: 'administrators',
      status: 'uncertain',
      reason: 'administrator-unknown',
      sources: row,
      notes: ofKind('unknown-administrator'),
    });
  else if (p.administrators.length) {
    const uncertain = p.administrators.some((a) => a.certainty === 'uncertain');
    out.push({
      field: 'administrators',
      status: uncertain ? 'uncertain' : 'stated',
      reason: uncertain ? 'administrator-marked-uncertain' : stated,
      sources: row,
      notes: ofKind('uncertain-administrator'),
    });
  }
  const costs = ctx.costSources.get(p.id) ?? [];
  if (costs.length)
    out.push({
      field: 'cost',
      status: costs.length > 1 ? 'computed' : 'stated',
      reason: costs.length > 1 ? 'costs-summed' : 'cost-cell',
      sources: costs,
      notes: ofKind('share-total-mismatch'),
    });
  if (p.period) {
    const fromTitle = ctx.periodFromTitle.get(p.id);
    out.push({
      field: 'period',
      status: fromTitle ? 'computed' : 'stated',
      reason: fromTitle ?? 'period-stated',
      sources: [p.period.source],
      notes: [],
    });
  }
  if (p.provinceIds.length)
    out.push({ field: 'provinces', status: 'computed', reason: 'provinces-derived', sources: row, notes: [] });
  if (p.continues.length)
    out.push({ field: 'continues', status: 'curated', reason: 'continuation-curated', sources: row, notes: [] });
  return out;
}

/**
 * The values a plan row states (name, plan year, theme, administrator, cost, period): the row's badge and the
 * "only stated figures" filter read these. Provinces are computed for every project and continuations are all
 * curated, so counting them would give every row the same status.
 */
export const ROW_FIELDS: readonly EvidenceField[] = ['name', 'planYear', 'theme', 'administrators', 'cost', 'period'];

const rank = (s: EvidenceStatus) => EVIDENCE_STATUSES.indexOf(s);

/** The weakest status among the row's own values. */
export function rowEvidence(evidence: Evidence[]): EvidenceStatus {
  let worst: EvidenceStatus = 'stated';
  for (const e of evidence) if (ROW_FIELDS.includes(e.field) && rank(e.status) > rank(worst)) worst = e.status;
  return worst;
}
