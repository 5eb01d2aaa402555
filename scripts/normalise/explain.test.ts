import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readingsGivingCount, rowsMatchingGap } from './explain.ts';

describe('rows whose costs equal a gap', () => {
  it('prefers one row over a pair, and returns every set of the smallest size', () => {
    const rows = [
      { id: 'a', amount: 5 },
      { id: 'b', amount: 3 },
      { id: 'c', amount: 2 },
      { id: 'd', amount: 5 },
    ];
    expect(rowsMatchingGap(rows, 5)).toEqual([['a'], ['d']]);
    expect(rowsMatchingGap(rows, 8)).toEqual([
      ['a', 'b'],
      ['b', 'd'],
    ]);
    expect(rowsMatchingGap(rows, 10)).toEqual([['a', 'd']]);
    expect(rowsMatchingGap(rows, 12)).toEqual([['a', 'c', 'd']]);
  });

  it('finds nothing for a gap no set reaches, and nothing for no gap', () => {
    expect(rowsMatchingGap([{ id: 'a', amount: 5 }], 4)).toEqual([]);
    expect(rowsMatchingGap([{ id: 'a', amount: 5 }], 0)).toEqual([]);
  });

  it("in the 2008 plan the 450 000 € gap is exactly the Kanta-Häme children's unit", () => {
    const costs: Array<{ projectId: string; planYear: number; amountEur: number }> = JSON.parse(
      readFileSync('public/data/funding.json', 'utf8'),
    ).costs;
    const rows = costs.filter((c) => c.planYear === 2008).map((c) => ({ id: c.projectId, amount: c.amountEur }));
    expect(rowsMatchingGap(rows, 9_978_150 - 9_528_150)).toEqual([['2008-yhteinen-vastuu-lapsista-ja-nuorista-kanta']]);
  });
});

describe('readings of the administrator cells', () => {
  const cells = [
    { raw: 'Lahti', organisationIds: ['lahti'] },
    { raw: 'Tampere ja Vaasa', organisationIds: ['tampere', 'vaasa'] },
    { raw: 'Hämeenlinna, Forssa, Riihimäki', organisationIds: ['hameenlinna', 'forssa', 'riihimaki'] },
    { raw: 'Tampere', organisationIds: ['tampere'] },
    { raw: '', organisationIds: [] },
  ];

  it('counts each reading and names the ones that give the stated count', () => {
    expect(readingsGivingCount(cells, 4)).toEqual({
      matching: ['cells-as-written', 'comma-list-as-one'],
      counts: {
        'each-organisation': 6,
        'first-named': 3,
        'cells-as-written': 4,
        'comma-list-as-one': 4,
        'ja-pair-as-one': 5,
      },
    });
  });

  it('gives no reading when none fits', () => {
    expect(readingsGivingCount(cells, 99).matching).toEqual([]);
  });
});
