import type { Dataset, Municipality, Organisation, Project, Theme, Province } from './schema';
import { foldForSearch } from '../i18n/format';
import { namer, type Namer } from './names';
import { evidenceContext, projectEvidence, rowEvidence, type EvidenceContext, type EvidenceStatus } from './evidence';

/** A project joined with what the views show beside it. */
export interface ProjectRow {
  project: Project;
  /** Plan year as the year facet names it: "2008", "2009" or "none". */
  year: string;
  /** Distinct organisations administering the project. */
  adminIds: string[];
  theme: Theme | null;
  /** The 2008 plan's cost in whole euros; null when the source gives none. */
  cost: number | null;
  /**
   * The part of the cost each administrator carries. The plan gives one amount per project, never its split,
   * so a shared cost is divided evenly; every chart and the map use this, and their per-administrator sums add up.
   */
  costShare: number | null;
  /** The weakest evidence of the values the source row states (data/evidence.ts rowEvidence). */
  evidence: EvidenceStatus;
  organisations: Organisation[];
  /** Home municipalities of the administrators (stated and uncertain). */
  municipalityCodes: string[];
  /** Home municipalities of stated administrators only. */
  statedMunicipalityCodes: string[];
  provinceIds: string[];
  /** Successor projects (those whose `continues` names this one). */
  continuedBy: string[];
  /** The administrators' home municipalities (stated and uncertain), as objects. */
  homes: Municipality[];
  /** The project's provinces, as objects. */
  provinces: Province[];
  /**
   * The project's own name and administrator cell, lowercased and diacritic-free, for search. The names of its
   * administrators, their home municipalities, its theme and provinces in fi, sv and en are matched through those
   * objects (searchNames), each folded once for the whole dataset instead of once per project.
   */
  searchText: string;
}

const folded = new WeakMap<object, string>();
const foldOnce = (o: object, names: () => string[]) => {
  let text = folded.get(o);
  if (text === undefined) {
    // The separator keeps a search word from matching across two names.
    text = foldForSearch(names().join(' \u0001 '));
    folded.set(o, text);
  }
  return text;
};

/**
 * Every language's names of what a row links to, folded for search, so "äldre", "elderly" and "ikääntyvien", or
 * "Vasa" and "Vaasa", find the same rows.
 */
export const searchNames = {
  organisation: (o: Organisation) =>
    foldOnce(o, () => [o.name, ...Object.values(o.names), ...Object.values(o.fullName), ...o.aliases]),
  municipality: (m: Municipality) => foldOnce(m, () => [m.name.fi, m.name.sv]),
  theme: (t: Theme) => foldOnce(t, () => Object.values(t.name)),
  province: (p: Province) => foldOnce(p, () => Object.values(p.name)),
};

export interface Lookups {
  themes: Map<string, Theme>;
  organisations: Map<string, Organisation>;
  municipalities: Map<string, Municipality>;
  provinces: Map<string, Province>;
  projects: Map<string, Project>;
  /** Names by id in the reader's language (data/names.ts). */
  names: Namer;
}

/** `projects` when the caller has already indexed them (the loader does, chunk by chunk). */
export function lookups(d: Dataset, projects?: Map<string, Project>): Lookups {
  return {
    themes: new Map(d.themes.map((t) => [t.id, t])),
    organisations: new Map(d.regions.organisations.map((o) => [o.id, o])),
    municipalities: new Map(d.regions.municipalities.map((m) => [m.code, m])),
    provinces: new Map(d.regions.provinces.map((p) => [p.id, p])),
    projects: projects ?? new Map(d.projects.map((p) => [p.id, p])),
    names: namer(d.regions),
  };
}

/**
 * What a row holds besides references to the dataset's own objects: plain values the data worker computes and
 * sends to the page as JSON, so the page only joins them (see joinRow).
 */
export type RowParts = Omit<ProjectRow, 'project' | 'theme' | 'organisations' | 'provinceIds' | 'homes' | 'provinces'>;

/** What building one row needs from the whole dataset: the lookups, each project's summed cost, its successors. */
export interface RowContext {
  lookups: Lookups;
  costs: Map<string, number>;
  successors: Map<string, string[]>;
  evidence: EvidenceContext;
}

export function rowContext(d: Dataset): RowContext {
  const costs = new Map<string, number>();
  for (const c of d.funding.costs) costs.set(c.projectId, (costs.get(c.projectId) ?? 0) + c.amountEur);
  const successors = new Map<string, string[]>();
  for (const p of d.projects)
    for (const pred of p.continues) successors.set(pred, [...(successors.get(pred) ?? []), p.id]);
  return { lookups: lookups(d), costs, successors, evidence: evidenceContext(d) };
}

export function rowParts(project: Project, { lookups: l, costs, successors, evidence }: RowContext): RowParts {
  // Distinct values in first-seen order, in plain loops: this runs for every project (100 000 in the benchmark).
  const adminIds: string[] = [];
  const municipalityCodes: string[] = [];
  const statedMunicipalityCodes: string[] = [];
  for (const a of project.administrators) {
    if (!adminIds.includes(a.organisationId)) adminIds.push(a.organisationId);
    const code = l.organisations.get(a.organisationId)?.municipalityCode;
    if (!code) continue;
    if (!municipalityCodes.includes(code)) municipalityCodes.push(code);
    if (a.certainty === 'stated' && !statedMunicipalityCodes.includes(code)) statedMunicipalityCodes.push(code);
  }
  const cost = costs.get(project.id);
  return {
    year: project.planYear === null ? 'none' : String(project.planYear),
    adminIds,
    cost: cost ?? null,
    costShare: cost === undefined ? null : cost / Math.max(1, project.administrators.length),
    evidence: rowEvidence(projectEvidence(project, evidence)),
    municipalityCodes,
    statedMunicipalityCodes,
    continuedBy: successors.get(project.id) ?? [],
    searchText: foldForSearch(`${project.name} \u0001 ${project.administratorRaw}`),
  };
}

/** A row from its project and its parts: the references back into the dataset (project, theme, organisations). */
export function joinRow(project: Project, parts: RowParts, l: Lookups): ProjectRow {
  const organisations = project.administrators
    .map((a) => l.organisations.get(a.organisationId))
    .filter((o): o is Organisation => !!o);
  const present = <T>(items: Array<T | undefined>) => items.filter((t): t is T => !!t);
  // Every property named, not spread: one object shape for all rows, 100 000 of them.
  return {
    project,
    year: parts.year,
    adminIds: parts.adminIds,
    theme: project.themeId ? (l.themes.get(project.themeId) ?? null) : null,
    cost: parts.cost,
    costShare: parts.costShare,
    evidence: parts.evidence,
    organisations,
    municipalityCodes: parts.municipalityCodes,
    statedMunicipalityCodes: parts.statedMunicipalityCodes,
    homes: present(organisations.map((o) => l.municipalities.get(o.municipalityCode))),
    provinceIds: project.provinceIds,
    provinces: present(project.provinceIds.map((id) => l.provinces.get(id))),
    continuedBy: parts.continuedBy,
    searchText: parts.searchText,
  };
}

export function buildProjectRows(d: Dataset): ProjectRow[] {
  const context = rowContext(d);
  return d.projects.map((project) => joinRow(project, rowParts(project, context), context.lookups));
}

export interface DatasetRows {
  rows: ProjectRow[];
  rowById: Map<string, ProjectRow>;
  lookups: Lookups;
}

const rowCache = new WeakMap<Dataset, DatasetRows>();

/** Rows and lookups are built once per loaded dataset and shared by every view. */
export function rowsOf(dataset: Dataset): DatasetRows {
  let entry = rowCache.get(dataset);
  if (!entry) {
    const rows = buildProjectRows(dataset);
    entry = { rows, rowById: new Map(rows.map((r) => [r.project.id, r])), lookups: lookups(dataset) };
    rowCache.set(dataset, entry);
  }
  return entry;
}

/** Rows the loader has already built for a dataset (data/transfer.ts), so no view builds them again. */
export function adoptRows(dataset: Dataset, entry: DatasetRows) {
  rowCache.set(dataset, entry);
}
