import { describe, expect, it } from 'vitest';
import { buildProjectRows } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import {
  buildFacetIndex,
  countIn,
  facetIndexOf,
  fullBitset,
  hasBit,
  intersect,
  pick,
  rowsWithAny,
  emptyBitset,
  setBits,
} from './facetIndex';

const rows = buildProjectRows(realDataset());

describe('the facet index', () => {
  it('lists each value’s rows in order, once each', () => {
    const index = buildFacetIndex(rows);
    expect(index.size).toBe(47);
    const year2008 = [...index.postings.years.get('2008')!];
    expect(year2008).toEqual(rows.flatMap((r, i) => (r.year === '2008' ? [i] : [])));
    expect(year2008).toHaveLength(14);
    const vaasa = [...index.postings.municipalities.get('905')!];
    expect(vaasa).toEqual(rows.flatMap((r, i) => (r.municipalityCodes.includes('905') ? [i] : [])));
    expect(index.postings.cost.get('unknown')!.length + index.postings.cost.get('known')!.length).toBe(47);
    for (const map of Object.values(index.postings))
      for (const list of map.values()) expect(new Set(list).size).toBe(list.length);
    expect(facetIndexOf(rows)).toBe(facetIndexOf(rows));
  });

  it('unites, intersects, counts and picks row sets', () => {
    const index = buildFacetIndex(rows);
    const either = rowsWithAny(index, 'years', ['2008', 'none']);
    const known = rowsWithAny(index, 'cost', ['known']);
    const both = intersect(47, [either, null, known]);
    const expected = rows.filter((r) => (r.year === '2008' || r.year === 'none') && r.cost !== null);
    expect(pick(rows, both)).toEqual(expected);
    expect(countIn(both, index.postings.years.get('2008')!)).toBe(expected.filter((r) => r.year === '2008').length);
    expect(pick(rows, intersect(47, []))).toEqual(rows);
  });

  it('keeps the bits past the last row clear', () => {
    for (const size of [0, 1, 31, 32, 33, 64, 100]) {
      const full = fullBitset(size);
      expect(
        pick(
          Array.from({ length: 128 }, (_, i) => i),
          full,
        ),
      ).toEqual(Array.from({ length: size }, (_, i) => i));
    }
    const bits = emptyBitset(70);
    setBits(bits, Uint32Array.from([0, 31, 32, 69]));
    expect([0, 1, 31, 32, 33, 69].map((i) => hasBit(bits, i))).toEqual([true, false, true, true, false, true]);
  });
});
