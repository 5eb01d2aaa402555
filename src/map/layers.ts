import type { ProjectRow } from '../data/rows';
import type { CooperationArea, Dataset, Municipality } from '../data/schema';
import type { MapState } from '../state/types';

/** Everything the map says about one municipality, whatever layer is shown. */
export interface MunicipalityFacts {
  municipality: Municipality;
  /** The cooperation area of the chosen year, if any. */
  area: CooperationArea | null;
  /** Projects administered from here in the chosen year(s): stated administrators, and uncertain ones apart. */
  projects: number;
  uncertainProjects: number;
  /** 2008 plan cost administered from here; a cost shared by several administrators is split evenly. */
  cost2008: number;
  /** 2008 projects administered from here with no cost in the source. */
  withoutCost2008: number;
}

/** Cooperation areas in force in the given year (the 2013 ones continue; Forssa's starts in 2014). */
export const areasOf = (d: Dataset, year: 2013 | 2014) => d.regions.cooperationAreas.filter((a) => a.validFrom <= year);

export function municipalityFacts(
  d: Dataset,
  rows: ProjectRow[],
  map: Pick<MapState, 'ytaYear' | 'projectYear'>,
): Map<string, MunicipalityFacts> {
  const areaOf = new Map<string, CooperationArea>();
  for (const a of areasOf(d, map.ytaYear)) for (const code of a.members) areaOf.set(code, a);
  const homes = new Map(d.regions.organisations.map((o) => [o.id, o.municipalityCode]));
  const out = new Map<string, MunicipalityFacts>(
    d.regions.municipalities.map((m) => [
      m.code,
      {
        municipality: m,
        area: areaOf.get(m.code) ?? null,
        projects: 0,
        uncertainProjects: 0,
        cost2008: 0,
        withoutCost2008: 0,
      },
    ]),
  );
  const inYear = (row: ProjectRow) =>
    map.projectYear === 'both' ? row.project.planYear !== null : row.project.planYear === Number(map.projectYear);
  for (const row of rows) {
    if (row.project.planYear === null) continue;
    const admins = row.project.administrators;
    const counted = new Set<string>();
    for (const a of admins) {
      const code = homes.get(a.organisationId);
      const facts = code ? out.get(code) : undefined;
      if (!facts) continue;
      if (inYear(row) && !counted.has(`${code}|${a.certainty}`)) {
        counted.add(`${code}|${a.certainty}`);
        if (a.certainty === 'uncertain') facts.uncertainProjects++;
        else facts.projects++;
      }
      if (row.project.planYear === 2008) {
        if (row.costShare === null) {
          if (!counted.has(`${code}|nocost`)) facts.withoutCost2008++;
          counted.add(`${code}|nocost`);
        } else facts.cost2008 += row.costShare;
      }
    }
  }
  return out;
}

/** Class breaks for a sequential scale: `classes` equal steps from 0 to the maximum, rounded to a nice number. */
export function sequentialBreaks(max: number, classes: number): number[] {
  if (max <= 0) return [];
  const raw = max / classes;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  return Array.from({ length: classes }, (_, i) => step * (i + 1));
}

/** Index of the class a positive value falls in (0 is "none" and gets -1). */
export function classOf(value: number, breaks: number[]): number {
  if (value <= 0) return -1;
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}
