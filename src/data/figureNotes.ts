import type { QualityIssue, QualityKind } from './schema';

/**
 * The kinds of figure the dashboard shows that a quality note can bear on. `stated-total`: a plan's total row as
 * the document states it; `summed-total`: what its rows add up to; `cost`: a sum of projects' costs (a bar, the
 * table's summary, a municipality); `plan-projects`: a plan's projects counted; `projects`: projects counted (a
 * bar, a theme, a municipality); `administrators`: a plan's administrators counted; `without-cost`: projects
 * without a stated cost; `lasse`: the municipalities taking part in LasSe.
 */
export const FIGURE_KINDS = [
  'stated-total',
  'summed-total',
  'cost',
  'plan-projects',
  'projects',
  'administrators',
  'without-cost',
  'lasse',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A figure: its kind, the plan years it counts and the projects behind it. */
export interface Figure {
  kind: FigureKind;
  planYears?: readonly number[];
  projectIds?: readonly string[];
}

/**
 * Which notes bear on what: a note of a plan (`plan`) bears on the figures of its plan year, a note of a project
 * (`project`) on the figures that count that project, one of a whole document (`all`) on every figure of its kinds.
 */
export type NoteScope = 'plan' | 'project' | 'all';

/** The one rule, used by every figure and the sources page; a new note kind must say where it belongs. */
const RULES: Record<QualityKind, { figures: FigureKind[]; scope: NoteScope }> = {
  'plan-total-mismatch': { figures: ['stated-total', 'summed-total'], scope: 'plan' },
  // A possible explanation of a plan's total: it names a row, but it is about the total.
  'explanation-gap-rows': { figures: ['stated-total', 'summed-total'], scope: 'plan' },
  'plan-amounts-applied-for': { figures: ['stated-total', 'summed-total', 'cost'], scope: 'plan' },
  'plan-project-count-mismatch': { figures: ['plan-projects'], scope: 'plan' },
  'plan-list-examples': { figures: ['plan-projects', 'projects', 'administrators'], scope: 'plan' },
  'plan-administrator-count-mismatch': { figures: ['administrators'], scope: 'plan' },
  'explanation-count-reading': { figures: ['administrators'], scope: 'plan' },
  'missing-cost': { figures: ['summed-total', 'cost', 'without-cost'], scope: 'project' },
  'uncertain-administrator': { figures: ['summed-total', 'cost', 'administrators'], scope: 'project' },
  'unknown-administrator': { figures: ['summed-total', 'cost', 'administrators'], scope: 'project' },
  'blank-administrator': { figures: ['summed-total', 'cost', 'administrators'], scope: 'project' },
  'share-total-mismatch': { figures: ['summed-total', 'cost'], scope: 'project' },
  'project-placement': { figures: ['summed-total', 'cost', 'projects'], scope: 'project' },
  'lasse-count-participants': { figures: ['lasse'], scope: 'all' },
  'lasse-count-participants-later': { figures: ['lasse'], scope: 'all' },
  'lasse-count-size-classes': { figures: ['lasse'], scope: 'all' },
  'lasse-count-province-participants': { figures: ['lasse'], scope: 'all' },
  'lasse-in-matrix-not-list': { figures: ['lasse'], scope: 'all' },
  'lasse-in-list-not-matrix': { figures: ['lasse'], scope: 'all' },
  'lasse-duplicate-name': { figures: ['lasse'], scope: 'all' },
  'municipality-spelling-variant': { figures: ['lasse'], scope: 'all' },
  'matrix-missing-separator': { figures: ['lasse'], scope: 'all' },
  // Notes on the documents' text and on figures the dashboard does not show: the sources page only.
  'lasse-count-area-members': { figures: [], scope: 'all' },
  'lasse-count-area-members-later': { figures: [], scope: 'all' },
  'lasse-count-areas': { figures: [], scope: 'all' },
  'lasse-count-respondents': { figures: [], scope: 'all' },
  'plan-theme-order': { figures: [], scope: 'plan' },
  'plan-staffing-differs': { figures: [], scope: 'all' },
  'theme-heading-variant': { figures: [], scope: 'all' },
  'lost-figure': { figures: [], scope: 'all' },
  'lost-hyphen': { figures: [], scope: 'all' },
  'name-spelling-variants': { figures: [], scope: 'all' },
  'page-break-line': { figures: [], scope: 'all' },
  'slide-copies-slide': { figures: [], scope: 'all' },
  'slide-dates-differ': { figures: [], scope: 'all' },
  'recorded-variants': { figures: [], scope: 'project' },
};

const planYearOf = (q: QualityIssue): number | undefined =>
  'planYear' in q.values ? (q.values as { planYear: number }).planYear : undefined;

/** Whether a note bears on a figure. */
export function bearsOn(q: QualityIssue, figure: Figure): boolean {
  const rule = RULES[q.kind];
  if (!rule.figures.includes(figure.kind)) return false;
  if (rule.scope === 'plan') {
    const year = planYearOf(q);
    return year !== undefined && (figure.planYears ?? []).includes(year);
  }
  if (rule.scope === 'project') return q.projectId !== null && (figure.projectIds ?? []).includes(q.projectId);
  return true;
}

/**
 * The notes (quality.json ids, in its order) that bear on a figure.
 *
 * @example notesOf(quality, { kind: 'plan-projects', planYears: [2009] }) // ['list-examples-2009']
 */
export function notesOf(quality: readonly QualityIssue[], figure: Figure): string[] {
  return quality.filter((q) => bearsOn(q, figure)).map((q) => q.id);
}

/** The kinds of figure a note is shown at (the sources page names them); empty for a note on the text only. */
export const figuresOfNote = (q: QualityIssue): readonly FigureKind[] => RULES[q.kind].figures;

/** Whether a note is about one project (shown in the figure's explanation, counted beside it) or a whole plan or document. */
export const noteScope = (q: QualityIssue): NoteScope => RULES[q.kind].scope;
