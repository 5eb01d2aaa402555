import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { buildProjectRows } from '../../src/data/rows';
import { summedTotals } from './totals';

const d = realDataset();

describe('summed totals', () => {
  it('add up the 2008 rows to 9 978 150 € (the total row states 9 528 150 €) and give 2009, which has no costs, no sum', () => {
    expect(summedTotals(d.projects, d.funding.costs)).toEqual([
      { planYear: 2008, projects: 14, administrators: 11, amountEur: 9_978_150, withoutCost: 3 },
      { planYear: 2009, projects: 30, administrators: expect.any(Number), amountEur: null, withoutCost: 30 },
    ]);
  });

  it('agree with the rows the dashboard shows, for every plan year', () => {
    const rows = buildProjectRows(d);
    for (const t of summedTotals(d.projects, d.funding.costs)) {
      const ofYear = rows.filter((r) => r.project.planYear === t.planYear);
      const costed = ofYear.filter((r) => r.cost !== null);
      expect(t.amountEur).toBe(costed.length ? costed.reduce((s, r) => s + r.cost!, 0) : null);
      expect(t.withoutCost).toBe(ofYear.filter((r) => r.cost === null).length);
      expect(t.administrators).toBe(new Set(ofYear.flatMap((r) => r.adminIds)).size);
    }
  });
});
