import { administratorShares } from '../data/counting';
import { lookups, type Lookups, type ProjectRow } from '../data/rows';
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
  /** 2008 plan cost administered from here (rule `administrator-home`: a shared cost is split evenly). */
  cost2008: number;
  /** Whether any 2008 project administered from here states a cost; if not, `cost2008` is "no cost data". */
  hasCost2008: boolean;
  /** 2008 projects administered from here with no cost in the source. */
  withoutCost2008: number;
}

/** Cooperation areas in force in the given year (the 2013 ones continue; Forssa's starts in 2014). */
export const areasOf = (d: Dataset, year: 2013 | 2014) => d.regions.cooperationAreas.filter((a) => a.validFrom <= year);

export function municipalityFacts(
  d: Dataset,
  rows: ProjectRow[],
  map: Pick<MapState, 'ytaYear' | 'projectYear'>,
  l: Lookups = lookups(d),
): Map<string, MunicipalityFacts> {
  const areaOf = new Map<string, CooperationArea>();
  for (const a of areasOf(d, map.ytaYear)) for (const code of a.members) areaOf.set(code, a);
  const out = new Map<string, MunicipalityFacts>(
    d.regions.municipalities.map((m) => [
      m.code,
      {
        municipality: m,
        area: areaOf.get(m.code) ?? null,
        projects: 0,
        uncertainProjects: 0,
        cost2008: 0,
        hasCost2008: false,
        withoutCost2008: 0,
      },
    ]),
  );
  const inYear = (row: ProjectRow) =>
    map.projectYear === 'both' ? row.project.planYear !== null : row.project.planYear === Number(map.projectYear);
  for (const row of rows) {
    if (row.project.planYear === null) continue;
    const counted = new Set<string>();
    for (const share of administratorShares(row, l)) {
      const code = share.municipalityCode;
      const facts = code ? out.get(code) : undefined;
      if (!facts) continue;
      const certainty = share.uncertain ? 'uncertain' : 'stated';
      if (inYear(row) && !counted.has(`${code}|${certainty}`)) {
        counted.add(`${code}|${certainty}`);
        if (share.uncertain) facts.uncertainProjects++;
        else facts.projects++;
      }
      if (row.project.planYear === 2008) {
        if (share.amount === null) {
          if (!counted.has(`${code}|nocost`)) facts.withoutCost2008++;
          counted.add(`${code}|nocost`);
        } else {
          facts.cost2008 += share.amount;
          facts.hasCost2008 = true;
        }
      }
    }
  }
  return out;
}

/**
 * The 2008 cost administered from a set of municipalities (a zoomed province): the sum of their `cost2008`, the
 * same figure the overview's province chart gives under the same filters (rule `administrator-home`); null when
 * none of them administers a stated cost.
 */
export function costOfMunicipalities(facts: MunicipalityFacts[]): number | null {
  return facts.some((f) => f.hasCost2008) ? facts.reduce((s, f) => s + f.cost2008, 0) : null;
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
