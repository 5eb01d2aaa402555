import type { Dataset, Municipality, Organisation, Project, Theme, Province } from './schema';
import { foldForSearch } from '../i18n/format';
import { namer, type Namer } from './names';

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
  organisations: Organisation[];
  /** Home municipalities of the administrators (stated and uncertain). */
  municipalityCodes: string[];
  /** Home municipalities of stated administrators only. */
  statedMunicipalityCodes: string[];
  provinceIds: string[];
  /** Successor projects (those whose `continues` names this one). */
  continuedBy: string[];
  /** Lowercased, diacritic-free names of the project, its administrators, their home municipalities, its theme and provinces in fi, sv and en, for search. */
  searchText: string;
}

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

export function buildProjectRows(d: Dataset): ProjectRow[] {
  const l = lookups(d);
  const costs = new Map<string, number>();
  for (const c of d.funding.costs) costs.set(c.projectId, (costs.get(c.projectId) ?? 0) + c.amountEur);
  const successors = new Map<string, string[]>();
  for (const p of d.projects) for (const pred of p.continues) successors.set(pred, [...(successors.get(pred) ?? []), p.id]);
  return d.projects.map((project) => {
    const organisations = project.administrators.map((a) => l.organisations.get(a.organisationId)).filter((o): o is Organisation => !!o);
    const codes = (certain: boolean) => [
      ...new Set(
        project.administrators
          .filter((a) => !certain || a.certainty === 'stated')
          .map((a) => l.organisations.get(a.organisationId)?.municipalityCode)
          .filter((c): c is string => !!c),
      ),
    ];
    const theme = project.themeId ? l.themes.get(project.themeId) : undefined;
    const homes = organisations.map((o) => l.municipalities.get(o.municipalityCode)).filter((m): m is Municipality => !!m);
    // Every language's names, so "äldre", "elderly" and "ikääntyvien", or "Vasa" and "Vaasa", find the same rows.
    const names = [
      project.name,
      project.administratorRaw,
      ...organisations.flatMap((o) => [o.name, ...Object.values(o.names), ...Object.values(o.fullName), ...o.aliases]),
      ...homes.flatMap((m) => [m.name.fi, m.name.sv]),
      ...(theme ? Object.values(theme.name) : []),
      ...project.provinceIds.flatMap((id) => Object.values(l.provinces.get(id)?.name ?? {})),
    ];
    return {
      project,
      year: project.planYear === null ? 'none' : String(project.planYear),
      adminIds: [...new Set(project.administrators.map((a) => a.organisationId))],
      theme: project.themeId ? (l.themes.get(project.themeId) ?? null) : null,
      cost: costs.get(project.id) ?? null,
      costShare: costs.has(project.id) ? costs.get(project.id)! / Math.max(1, project.administrators.length) : null,
      organisations,
      municipalityCodes: codes(false),
      statedMunicipalityCodes: codes(true),
      provinceIds: project.provinceIds,
      continuedBy: successors.get(project.id) ?? [],
      searchText: foldForSearch(names.join(' \u0001 ')),
    };
  });
}

const rowCache = new WeakMap<Dataset, { rows: ProjectRow[]; rowById: Map<string, ProjectRow>; lookups: Lookups }>();

/** Rows and lookups are built once per loaded dataset and shared by every view. */
export function rowsOf(dataset: Dataset) {
  let entry = rowCache.get(dataset);
  if (!entry) {
    const rows = buildProjectRows(dataset);
    entry = { rows, rowById: new Map(rows.map((r) => [r.project.id, r])), lookups: lookups(dataset) };
    rowCache.set(dataset, entry);
  }
  return entry;
}
