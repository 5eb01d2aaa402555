import type { Lookups, ProjectRow } from './rows';

/**
 * The ways a cost (or a project) can be counted when it belongs to several groups. The plans give one amount per
 * project, never its split, so every figure of the dashboard names one of these rules, and the same rule over the
 * same rows gives the same figure in every view. The ids are stable: the "explain this number" panel shows them.
 *
 * - `full`: each project's whole cost in every group it belongs to; groups can overlap, so their sum may exceed the total.
 * - `split-equally`: a project's cost divided equally among its administrators; the groups add up to the total.
 * - `administrator-home`: by the home municipality (or its province) of each administrator, a shared cost divided
 *   equally among the administrators; not where the project works.
 */
export const COUNTING_RULES = ['full', 'split-equally', 'administrator-home'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

/** A known-cost total: `amount` is null when none of the rows states a cost ("no cost data", never 0 €). */
export interface CostTotal {
  amount: number | null;
  withCost: number;
  withoutCost: number;
}

/** Rule `full`: the stated costs of the rows added up, each project once and whole. */
export function fullCostTotal(rows: ProjectRow[]): CostTotal {
  let amount = 0;
  let withCost = 0;
  for (const r of rows) {
    if (r.cost === null) continue;
    amount += r.cost;
    withCost++;
  }
  return { amount: withCost ? amount : null, withCost, withoutCost: rows.length - withCost };
}

/** One administrator's part of a project's cost under `split-equally`, with where the administrator is at home. */
export interface AdministratorShare {
  organisationId: string;
  /** The written name, for an organisation the lookups do not know. */
  name: string;
  uncertain: boolean;
  municipalityCode: string | null;
  provinceId: string | null;
  /** null when the project states no cost. */
  amount: number | null;
}

/** Rule `split-equally`: a row's cost divided equally among its administrators (as written, uncertain ones too). */
export function administratorShares(row: ProjectRow, l: Lookups): AdministratorShare[] {
  const admins = row.project.administrators;
  return admins.map((a) => {
    const code = l.organisations.get(a.organisationId)?.municipalityCode ?? null;
    return {
      organisationId: a.organisationId,
      name: a.name,
      uncertain: a.certainty === 'uncertain',
      municipalityCode: code,
      provinceId: code ? (l.municipalities.get(code)?.provinceId ?? null) : null,
      amount: row.cost === null ? null : row.cost / admins.length,
    };
  });
}

/** A group's figure: the cost counted to it, and the distinct projects behind it with and without a cost. */
export interface GroupCost {
  id: string;
  /** null when no project of the group states a cost. */
  amount: number | null;
  projects: number;
  withoutCost: number;
  /** Projects in which an administrator counted here is marked uncertain ("Kauhajoki ?"). */
  uncertain: number;
}

/**
 * Costs grouped by a key of each administrator's share: the organisation (`split-equally`), its home municipality
 * or province (`administrator-home`). A project with two administrators in one group counts once there.
 */
export function groupShares(
  rows: ProjectRow[],
  l: Lookups,
  key: (s: AdministratorShare) => string | null,
): Map<string, GroupCost> {
  const out = new Map<string, GroupCost>();
  for (const row of rows) {
    const seen = new Set<string>();
    const uncertainIn = new Set<string>();
    for (const s of administratorShares(row, l)) {
      const id = key(s);
      if (id === null) continue;
      const g = out.get(id) ?? { id, amount: null, projects: 0, withoutCost: 0, uncertain: 0 };
      if (!seen.has(id)) {
        seen.add(id);
        g.projects++;
        if (s.amount === null) g.withoutCost++;
      }
      if (s.uncertain && !uncertainIn.has(id)) {
        uncertainIn.add(id);
        g.uncertain++;
      }
      if (s.amount !== null) g.amount = (g.amount ?? 0) + s.amount;
      out.set(id, g);
    }
  }
  return out;
}

export const byOrganisation = (s: AdministratorShare) => s.organisationId;
export const byHomeMunicipality = (s: AdministratorShare) => s.municipalityCode;
export const byHomeProvince = (s: AdministratorShare) => s.provinceId;

/**
 * Rule `administrator-home`: what the rows' administrators at home in the given municipalities (or provinces)
 * carry, shared costs split equally; null when none of their projects states a cost.
 */
export function costAdministeredFrom(
  rows: ProjectRow[],
  l: Lookups,
  place: { municipalities?: string[]; provinces?: string[] },
): CostTotal {
  const codes = new Set(place.municipalities ?? []);
  const provinces = new Set(place.provinces ?? []);
  const inPlace = (s: AdministratorShare) =>
    (s.municipalityCode !== null && codes.has(s.municipalityCode)) ||
    (s.provinceId !== null && provinces.has(s.provinceId));
  const g = groupShares(rows, l, (s) => (inPlace(s) ? 'place' : null)).get('place');
  return g
    ? { amount: g.amount, withCost: g.projects - g.withoutCost, withoutCost: g.withoutCost }
    : { amount: null, withCost: 0, withoutCost: 0 };
}

/** Each project with a successor, paired with it (2008 → 2009, and one outside the plans → its 2009 follow-up). */
export function continuingPairs(rows: ProjectRow[]): Array<{ from: ProjectRow; to: ProjectRow }> {
  const byId = new Map(rows.map((r) => [r.project.id, r]));
  return rows.flatMap((from) =>
    from.continuedBy
      .map((id) => byId.get(id))
      .filter((to): to is ProjectRow => !!to)
      .map((to) => ({ from, to })),
  );
}

/**
 * How many projects continue, by where the predecessor comes from: the earlier plan (`fromYear`), or outside the
 * plans. A predecessor with two successors counts once: the figure counts projects, not pairs.
 */
export function continuingCounts(
  pairs: Array<{ from: ProjectRow; to: ProjectRow }>,
  fromYear: number,
): { fromPlan: number; fromElsewhere: number } {
  const from = new Map(pairs.map((p) => [p.from.project.id, p.from]));
  const ofPlan = [...from.values()].filter((r) => r.project.planYear === fromYear).length;
  return { fromPlan: ofPlan, fromElsewhere: from.size - ofPlan };
}
