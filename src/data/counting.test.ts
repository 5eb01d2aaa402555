import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import {
  administratorShares,
  byHomeMunicipality,
  byHomeProvince,
  byOrganisation,
  continuingCounts,
  continuingPairs,
  costAdministeredFrom,
  COUNTING_RULES,
  fullCostTotal,
  groupShares,
} from './counting';
import { buildProjectRows, lookups } from './rows';

const d = realDataset();
const rows = buildProjectRows(d);
const l = lookups(d);
// The plain conditions the shared filters apply (state/ is above data/, so they are written out here).
const where = (f: { years: string[]; provinces?: string[] }) =>
  rows.filter((r) => f.years.includes(r.year) && (!f.provinces || r.provinceIds.some((p) => f.provinces!.includes(p))));
const row = (id: string) => rows.find((r) => r.project.id.startsWith(id))!;

describe('counting rules on the real data', () => {
  it('names three rules with stable ids', () => {
    expect(COUNTING_RULES).toEqual(['full', 'split-equally', 'administrator-home']);
  });

  it('full: the 2008 rows add up to 9 978 150 €, three without a cost', () => {
    expect(fullCostTotal(where({ years: ['2008'] }))).toEqual({ amount: 9_978_150, withCost: 11, withoutCost: 3 });
  });

  it('full: projects working in Pirkanmaa in 2008 count whole, the region-wide Lahti project too', () => {
    expect(fullCostTotal(where({ years: ['2008'], provinces: ['pirkanmaa'] }))).toEqual({
      amount: 3_950_000,
      withCost: 3,
      withoutCost: 2,
    });
  });

  it('full: the 2009 plan states no cost, which is "no cost data", not 0 €', () => {
    expect(fullCostTotal(where({ years: ['2009'] }))).toEqual({ amount: null, withCost: 0, withoutCost: 30 });
  });

  it('split-equally: a cost of three administrators is divided in three, and the shares add up', () => {
    const shares = administratorShares(row('2008-kanta-hameen-vanhustenhuollon'), l);
    expect(shares.map((s) => [s.organisationId, s.amount])).toEqual([
      ['hameenlinna', 1_000_000 / 3],
      ['forssa', 1_000_000 / 3],
      ['riihimaki', 1_000_000 / 3],
    ]);
    const byOrg = groupShares(where({ years: ['2008'] }), l, byOrganisation);
    expect([...byOrg.values()].reduce((s, g) => s + (g.amount ?? 0), 0)).toBeCloseTo(9_978_150, 6);
    expect(byOrg.get('lahti')).toMatchObject({ amount: 3_302_000, projects: 2, withoutCost: 0 });
    expect(byOrg.get('phsotey')).toMatchObject({ amount: 1_666_050, projects: 2 });
    expect(byOrg.get('narpio')).toMatchObject({ amount: null, projects: 1, withoutCost: 1 });
  });

  it('administrator-home: the municipality of Lahti carries the city of Lahti and PHSOTEY, 4 968 050 €', () => {
    const byHome = groupShares(where({ years: ['2008'] }), l, byHomeMunicipality);
    expect(byHome.get('398')?.amount).toBe(4_968_050);
    expect(costAdministeredFrom(where({ years: ['2008'] }), l, { municipalities: ['398'] }).amount).toBe(4_968_050);
  });

  it('administrator-home: Pirkanmaa administers 600 000 € of 2008 (Tampere half of a shared project)', () => {
    const byProvince = groupShares(where({ years: ['2008'] }), l, byHomeProvince);
    expect(byProvince.get('pirkanmaa')).toMatchObject({ amount: 600_000, projects: 4, withoutCost: 2 });
    expect([...byProvince.values()].reduce((s, g) => s + (g.amount ?? 0), 0)).toBeCloseTo(9_978_150, 6);
    // The same figure for the rows working in Pirkanmaa: the projects list under that filter says so too.
    expect(
      costAdministeredFrom(where({ years: ['2008'], provinces: ['pirkanmaa'] }), l, { provinces: ['pirkanmaa'] }),
    ).toEqual({ amount: 600_000, withCost: 2, withoutCost: 2 });
  });

  it('administrator-home: a place whose projects state no cost has no cost data', () => {
    expect(costAdministeredFrom(where({ years: ['2009'] }), l, { municipalities: ['398'] }).amount).toBeNull();
  });

  it('continuing: 3 projects of the 2008 plan and 1 outside the plans continue in 2009', () => {
    const pairs = continuingPairs(rows);
    expect(pairs).toHaveLength(4);
    expect(continuingCounts(pairs, 2008)).toEqual({ fromPlan: 3, fromElsewhere: 1 });
    expect(pairs.every((p) => p.to.project.planYear === 2009)).toBe(true);
  });
});
