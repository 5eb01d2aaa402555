import { describe, expect, it } from 'vitest';
import { leaders } from './leaders';

describe('leaders', () => {
  it('returns every item sharing the largest value, in input order', () => {
    const items = [
      { n: 'Forssa', v: 1000000 / 3 },
      { n: 'Vaasa', v: 100 },
      { n: 'Hämeenlinna', v: 1000000 / 3 },
      { n: 'Riihimäki', v: 333333.3333333333 },
    ];
    expect(leaders(items, (i) => i.v).map((i) => i.n)).toEqual(['Forssa', 'Hämeenlinna', 'Riihimäki']);
  });
  it('returns the single largest item when there is no tie', () => {
    expect(leaders([{ v: 1 }, { v: 3 }, { v: 2 }], (i) => i.v)).toEqual([{ v: 3 }]);
  });
  it('returns nothing when no value is above zero', () => {
    expect(leaders([{ v: 0 }, { v: 0 }], (i) => i.v)).toEqual([]);
    expect(leaders([], () => 1)).toEqual([]);
  });
});
