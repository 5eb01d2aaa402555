import type { Cost, Project, SummedTotal } from '../../src/data/schema.ts';

/** What each plan's rows add up to: the figures the dashboard sets beside the plan's own total row. */
export function summedTotals(projects: Project[], costs: Cost[]): SummedTotal[] {
  const costOf = new Map<string, number>();
  for (const c of costs) costOf.set(c.projectId, (costOf.get(c.projectId) ?? 0) + c.amountEur);
  const planYears = [...new Set(projects.map((p) => p.planYear).filter((y): y is number => y !== null))].sort();
  return planYears.map((planYear) => {
    const ofYear = projects.filter((p) => p.planYear === planYear);
    // The 2009 table has no cost column: its rows add up to no amount, not to 0 €.
    const costed = ofYear.filter((p) => costOf.has(p.id));
    return {
      planYear,
      projects: ofYear.length,
      administrators: new Set(ofYear.flatMap((p) => p.administrators.map((a) => a.organisationId))).size,
      amountEur: costed.length ? costed.reduce((s, p) => s + costOf.get(p.id)!, 0) : null,
      withoutCost: ofYear.filter((p) => !costOf.has(p.id)).length,
    };
  });
}
