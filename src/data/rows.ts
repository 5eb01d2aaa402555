import type { Dataset, Municipality, Organisation, Project, Theme, Province } from './schema';
import { foldForSearch } from '../i18n/format';
import { namer, type Namer } from './names';
import { evidenceContext, projectEvidence, rowEvidence, type EvidenceStatus } from './evidence';

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
 * Every language's names of what a row links to, folded for search, so "äldre", "older" and "ikääntyvien", or
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

export function lookups(d: Dataset): Lookups {
  return {
    themes: new Map(d.themes.map((t) => [t.id, t])),
    organisations: new Map(d.regions.organisations.map((o) => [o.id, o])),
    municipalities: new Map(d.regions.municipalities.map((m) => [m.code, m])),
    provinces: new Map(d.regions.provinces.map((p) => [p.id, p])),
    projects: new Map(d.projects.map((p) => [p.id, p])),
    names: namer(d.regions),
  };
}

const distinct = <T>(items: T[]) => [...new Set(items)];
const present = <T>(items: Array<T | undefined>) => items.filter((t): t is T => !!t);

export function buildProjectRows(d: Dataset, l: Lookups = lookups(d)): ProjectRow[] {
  const costs = new Map<string, number>();
  for (const c of d.funding.costs) costs.set(c.projectId, (costs.get(c.projectId) ?? 0) + c.amountEur);
  const successors = new Map<string, string[]>();
  for (const p of d.projects)
    for (const pred of p.continues) successors.set(pred, [...(successors.get(pred) ?? []), p.id]);
  const evidence = evidenceContext(d);
  return d.projects.map((project) => {
    const organisations = present(project.administrators.map((a) => l.organisations.get(a.organisationId)));
    const homeOf = (a: Project['administrators'][number]) => l.organisations.get(a.organisationId)?.municipalityCode;
    const cost = costs.get(project.id) ?? null;
    return {
      project,
      year: project.planYear === null ? 'none' : String(project.planYear),
      adminIds: distinct(project.administrators.map((a) => a.organisationId)),
      theme: project.themeId ? (l.themes.get(project.themeId) ?? null) : null,
      cost,
      costShare: cost === null ? null : cost / Math.max(1, project.administrators.length),
      evidence: rowEvidence(projectEvidence(project, evidence)),
      organisations,
      municipalityCodes: distinct(present(project.administrators.map(homeOf))),
      statedMunicipalityCodes: distinct(
        present(project.administrators.filter((a) => a.certainty === 'stated').map(homeOf)),
      ),
      homes: present(organisations.map((o) => l.municipalities.get(o.municipalityCode))),
      provinceIds: project.provinceIds,
      provinces: present(project.provinceIds.map((id) => l.provinces.get(id))),
      continuedBy: successors.get(project.id) ?? [],
      searchText: foldForSearch(`${project.name} \u0001 ${project.administratorRaw}`),
    };
  });
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
    const l = lookups(dataset);
    const rows = buildProjectRows(dataset, l);
    entry = { rows, rowById: new Map(rows.map((r) => [r.project.id, r])), lookups: l };
    rowCache.set(dataset, entry);
  }
  return entry;
}
