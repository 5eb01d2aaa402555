import { beforeAll, describe, expect, it } from 'vitest';
import { buildProjectRows, type ProjectRow } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import { facetCounts, rowsMatching, selectFilteredRows, sortRows, summarise } from './selectors';
import { FACET_KEYS, FACETS } from './facets';
import { EMPTY_FILTERS, type Filters } from './types';

let rows: ProjectRow[];
beforeAll(() => {
  rows = buildProjectRows(realDataset());
});
const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const names = (rs: ProjectRow[]) => rs.map((r) => r.project.name);
const labels = {
  theme: (r: ProjectRow) => r.theme?.name.fi ?? '',
  administrators: (r: ProjectRow) => r.project.administrators.map((a) => a.name).join(', '),
  provinces: (r: ProjectRow) => r.provinceIds.join(', '),
};

describe('filtering', () => {
  it('finds projects by theme and municipality names in all three languages', () => {
    const elderly = rows
      .filter((r) => r.theme?.name.fi === 'Ikääntyvien palvelut')
      .map((r) => r.project.id)
      .sort();
    expect(elderly.length).toBeGreaterThan(3);
    for (const q of ['ikääntyvien', 'older', 'äldre']) {
      const found = selectFilteredRows(rows, f({ q })).map((r) => r.project.id);
      expect(found, q).toEqual(expect.arrayContaining(elderly));
    }
    const vaasa = selectFilteredRows(rows, f({ q: 'Vaasa' })).map((r) => r.project.id);
    expect(vaasa.length).toBeGreaterThan(3);
    expect(selectFilteredRows(rows, f({ q: 'Vasa' })).map((r) => r.project.id)).toEqual(expect.arrayContaining(vaasa));
    const hameenlinna = selectFilteredRows(rows, f({ admins: ['hameenlinna'] })).map((r) => r.project.id);
    expect(selectFilteredRows(rows, f({ q: 'Tavastehus' })).map((r) => r.project.id)).toEqual(
      expect.arrayContaining(hameenlinna),
    );
  });

  it('filters to the 2008 plan and sums its known costs', () => {
    const shown = selectFilteredRows(rows, f({ years: ['2008'] }));
    expect(summarise(shown)).toEqual({ shown: 14, knownCostTotal: 9978150, withoutCost: 3 });
    expect(summarise(rows)).toMatchObject({ shown: 47, knownCostTotal: 9978150 });
  });

  it('combines filters', () => {
    const shown = selectFilteredRows(rows, f({ years: ['2008'], provinces: ['paijat-hame'], cost: 'known' }));
    expect(names(shown)).toEqual([
      'Hyvinvoiva Väli-Suomi (sis. Terveyden edistäminen -osahanke sekä Ikihyvä Päijät-Häme -hanke)',
      'Proomu-hanke',
      'Sihti – nuorten vastaanottotyöryhmä',
      'Palveluprosessien uudistaminen Päijät-Hämeessä',
      'Pitkäaikaisasunnottomuuden vähentäminen Lahdessa 2008 – 2011',
    ]);
  });

  it('searches names, administrators and their home municipalities ignoring case and diacritics', () => {
    const hml = selectFilteredRows(rows, f({ q: 'hameenlinna' }));
    expect(hml.length).toBeGreaterThanOrEqual(4);
    expect(hml.every((r) => r.municipalityCodes.includes('109'))).toBe(true);
    expect(names(selectFilteredRows(rows, f({ q: 'ALDRECENTRUM' })))).toEqual([
      'Äldrecentrum Österbotten – utvecklingsenhet inom äldreomsorgen i Österbotten',
    ]);
    expect(selectFilteredRows(rows, f({ q: 'korsholm' })).length).toBe(2);
  });

  it('filters by cost range and by the administrator’s home municipality', () => {
    expect(summarise(selectFilteredRows(rows, f({ costMin: 1000000 }))).shown).toBe(4);
    expect(selectFilteredRows(rows, f({ costMax: 200000 })).map((r) => r.cost)).toEqual([180100]);
    expect(selectFilteredRows(rows, f({ municipalities: ['398'], years: ['2008'] })).length).toBe(4);
  });
});

describe('facet counts', () => {
  it('counts each value with the other filters applied', () => {
    const counts = facetCounts(rows, f({ years: ['2008'] }));
    expect(counts.years.get('2008')).toBe(14);
    expect(counts.years.get('2009')).toBe(30);
    expect(counts.cost.get('unknown')).toBe(3);
    expect(counts.themes.get('plan-2008-2')).toBe(4);
    expect(counts.admins.get('phsotey')).toBe(2);
  });
  it('counts, for every facet, the rows passing the other filters that have the value', () => {
    const states = [
      f({ years: ['2008'], q: 'vaasa' }),
      f({ provinces: ['paijat-hame'], cost: 'known', costMin: 100000 }),
      f({ years: ['2009'], themes: ['plan-2009-5'], q: 'hanke' }),
      f({ municipalities: ['837', '398'], cost: 'unknown' }),
      f({ years: ['2009'], evidence: 'stated' }),
      f({ centres: ['pikassos'], cost: 'known' }),
    ];
    for (const state of states) {
      const counts = facetCounts(rows, state);
      for (const key of FACET_KEYS) {
        const expected = new Map<string, number>();
        for (const row of rowsMatching(rows, state, key))
          for (const v of FACETS[key].values(row)) expected.set(v, (expected.get(v) ?? 0) + 1);
        expect(counts[key], `${key} in ${JSON.stringify(state)}`).toEqual(expected);
      }
    }
  });
});

describe('sorting', () => {
  it('puts unknown costs last in both directions', () => {
    const year2008 = selectFilteredRows(rows, f({ years: ['2008'] }));
    const asc = sortRows(year2008, { id: 'cost', desc: false }, 'fi', labels).map((r) => r.cost);
    const desc = sortRows(year2008, { id: 'cost', desc: true }, 'fi', labels).map((r) => r.cost);
    expect(asc.slice(0, 2)).toEqual([180100, 250000]);
    expect(asc.slice(-3)).toEqual([null, null, null]);
    expect(desc.slice(0, 2)).toEqual([3000000, 2100000]);
    expect(desc.slice(-3)).toEqual([null, null, null]);
  });
  it('sorts names in Finnish alphabetical order', () => {
    const sorted = names(sortRows(rows, { id: 'name', desc: false }, 'fi', labels));
    expect(sorted.at(-1)).toBe('Österbottens utvecklingsenhet inom barnskyddet');
  });
});
