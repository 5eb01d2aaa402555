import type { AdministratorReading } from '../../src/data/schema.ts';

/**
 * Possible explanations of a stated figure that differs from what the rows give. They are published beside the
 * discrepancy as readings, never applied: the data keeps both the stated and the counted figure.
 */

/**
 * The smallest sets of rows whose amounts add up exactly to `gap`, up to `maxSize` rows each; every set of that
 * smallest size is returned (ids in row order). Empty when no set of at most `maxSize` rows fits.
 * @example rowsMatchingGap([{ id: 'a', amount: 5 }, { id: 'b', amount: 3 }, { id: 'c', amount: 2 }], 5) → [['a']] (one row beats two)
 */
export function rowsMatchingGap(rows: Array<{ id: string; amount: number }>, gap: number, maxSize = 3): string[][] {
  if (gap <= 0) return [];
  for (let size = 1; size <= Math.min(maxSize, rows.length); size++) {
    const found: string[][] = [];
    const pick = (start: number, chosen: number[], sum: number) => {
      if (chosen.length === size) {
        if (sum === gap) found.push(chosen.map((i) => rows[i]!.id));
        return;
      }
      for (let i = start; i < rows.length; i++) {
        if (sum + rows[i]!.amount > gap) continue;
        pick(i + 1, [...chosen, i], sum + rows[i]!.amount);
      }
    };
    pick(0, [], 0);
    if (found.length) return found;
  }
  return [];
}

export interface AdministratorCell {
  /** The cell as written ("Tampere ja Vaasa", "Hämeenlinna, Forssa, Riihimäki"). */
  raw: string;
  /** The organisations it names, in order. */
  organisationIds: string[];
}

/** Ways of counting the administrators of a table, each a plausible reading of its cells. */
export const ADMINISTRATOR_READINGS = {
  /** Every organisation named counts once. */
  'each-organisation': (c: AdministratorCell) => c.organisationIds,
  /** Only the first-named organisation of each cell counts. */
  'first-named': (c: AdministratorCell) => c.organisationIds.slice(0, 1),
  /** Each distinct cell counts once, as written. */
  'cells-as-written': (c: AdministratorCell) => (c.organisationIds.length ? [c.raw] : []),
  /** A comma-separated list counts as its first organisation; a pair joined by "ja" counts as two. */
  'comma-list-as-one': (c: AdministratorCell) =>
    c.raw.includes(',') ? c.organisationIds.slice(0, 1) : c.organisationIds,
  /** A pair joined by "ja" counts as its first organisation; a comma-separated list counts each. */
  'ja-pair-as-one': (c: AdministratorCell) =>
    /\sja\s/.test(c.raw) ? c.organisationIds.slice(0, 1) : c.organisationIds,
} as const satisfies Record<AdministratorReading, (c: AdministratorCell) => string[]>;

/** The readings of the cells that give exactly `stated` distinct administrators, with every reading's count. */
export function readingsGivingCount(
  cells: AdministratorCell[],
  stated: number,
): { matching: AdministratorReading[]; counts: Record<AdministratorReading, number> } {
  const counts = {} as Record<AdministratorReading, number>;
  for (const [name, read] of Object.entries(ADMINISTRATOR_READINGS) as Array<
    [AdministratorReading, (c: AdministratorCell) => string[]]
  >) {
    counts[name] = new Set(cells.flatMap(read)).size;
  }
  return { matching: (Object.keys(counts) as AdministratorReading[]).filter((k) => counts[k] === stated), counts };
}
