import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type DatasetRows } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import { centreId, FACETS, knownIds } from './facets';
import { ignoredParts } from './ignored';
import { pruneUnknownIds } from './prune';
import { facetCounts, selectFilteredRows } from './selectors';
import { EMPTY_FILTERS } from './types';
import { decodeUrlState, encodeQuery } from './url';

let data: DatasetRows;
beforeAll(() => {
  data = rowsOf(realDataset());
});

describe('the competence-centre facet', () => {
  it('gives a project the centres of its provinces, by their names as ids', () => {
    expect(centreId('SONet BOTNIA')).toBe('sonet-botnia');
    const centresOf = (province: string) =>
      data.rows.filter((r) => r.provinceIds.includes(province)).map((r) => FACETS.centres.values(r));
    expect(centresOf('pirkanmaa').every((ids) => ids.includes('pikassos'))).toBe(true);
    expect(centresOf('paijat-hame').every((ids) => ids.includes('verso'))).toBe(true);
  });

  it('reads ?centre= and filters to the projects working in a province of that centre', () => {
    const state = decodeUrlState('?centre=pikassos,verso&year=2009');
    expect(state.filters.centres).toEqual(['pikassos', 'verso']);
    expect(encodeQuery(state)).toBe('?year=2009&centre=pikassos,verso');
    const pikassos = new Set(['pirkanmaa', 'kanta-hame']);
    const shown = selectFilteredRows(data.rows, { ...EMPTY_FILTERS, centres: ['pikassos'] });
    expect(shown.map((r) => r.project.id)).toEqual(
      data.rows.filter((r) => r.provinceIds.some((p) => pikassos.has(p))).map((r) => r.project.id),
    );
    expect(shown).toHaveLength(20);
    expect(Object.fromEntries(facetCounts(data.rows, EMPTY_FILTERS).centres)).toEqual({
      'sonet-botnia': 23,
      pikassos: 20,
      verso: 10,
    });
  });

  it('drops and names a centre the data does not know', () => {
    const known = knownIds(realDataset());
    expect([...known.centres!]).toEqual(['sonet-botnia', 'pikassos', 'verso']);
    const state = decodeUrlState('?centre=nosuch,verso');
    expect(pruneUnknownIds(state, known).filters.centres).toEqual(['verso']);
    expect(ignoredParts('?centre=nosuch,verso,Not%20an%20id', known)).toEqual([
      { param: 'centre', value: 'nosuch' },
      { param: 'centre', value: 'Not an id' },
    ]);
  });
});
