import { describe, expect, it } from 'vitest';
import { parseEuroAmount, parseLeadingCount } from './numbers.ts';

describe('parseEuroAmount', () => {
  it.each([
    ['180 100', 180100],
    ['3\u00a0000 000', 3000000],
    ['9\u00a0528\u00a0150 euroa', 9528150],
    ['1 000 000 ', 1000000],
    ['700\u00a0000 ', 700000],
    ['2\u202f100\u2009000', 2100000],
    ['512300', 512300],
  ])('reads %j as %i whole euros', (raw, expected) => {
    expect(parseEuroAmount(raw, 'f.txt', 7)).toBe(expected);
  });

  it.each(['3 000 00O', '12,5', 'n. 300 000', '30 00', '', '1 0000'])('rejects %j naming file and line', (raw) => {
    expect(() => parseEuroAmount(raw, 'f.txt', 7)).toThrow(/^f\.txt:7: unreadable amount/);
  });
});

describe('parseLeadingCount', () => {
  it('reads the count of a total cell', () => {
    expect(parseLeadingCount('Yhteensä 14 hanketta', 'f', 1)).toBe(14);
    expect(parseLeadingCount('9 eri hallinnoijaa', 'f', 1)).toBe(9);
  });
  it('rejects a cell without a count', () => {
    expect(() => parseLeadingCount('Yhteensä', 'f', 3)).toThrow('f:3');
  });
});
