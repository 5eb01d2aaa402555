import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { buildProjectRows, lookups } from '../data/rows';
import { placeCosts, selectFilteredRows, summarise } from '../state/selectors';
import { EMPTY_FILTERS, type Filters } from '../state/types';
import { projectSummary } from './projectSummary';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');
const d = realDataset();
const rows = buildProjectRows(d);
const l = lookups(d);
const summaryOf = (f: Partial<Filters>) => {
  const filters = { ...EMPTY_FILTERS, ...f };
  const shown = selectFilteredRows(rows, filters);
  return { ...summarise(shown), places: placeCosts(shown, filters, l) };
};

describe('projectSummary', () => {
  it.each([
    ['fi', 1, '1 / 47 hanketta · tunnetut kustannukset yhteensä 100 € (jokainen hanke kokonaan)'],
    [
      'sv',
      2,
      '2 av 47 projekt · kända kostnader sammanlagt 100 € (varje projekt i sin helhet) · kostnadsuppgift saknas för 1 projekt',
    ],
    ['en', 3, '3 of 47 projects · known costs total €100 (each project in full) · 2 projects have no cost stated'],
  ] as const)('%s with %i shown, one with a cost', (lang, n, text) => {
    expect(nb(projectSummary(lang, { shown: n, knownCostTotal: 100, withoutCost: n - 1 }, 47))).toBe(text);
  });

  it.each([
    ['fi', '30 / 47 hanketta · ei kustannustietoja'],
    ['sv', '30 av 47 projekt · inga kostnadsuppgifter'],
    ['en', '30 of 47 projects · no cost stated'],
  ] as const)('%s: the 2009 plan has no cost data, never 0 €', (lang, text) => {
    expect(nb(projectSummary(lang, summaryOf({ years: ['2009'] }), 47, l))).toBe(text);
  });

  it('takes the singular of a total of one', () => {
    expect(projectSummary('fi', { shown: 1, knownCostTotal: 0, withoutCost: 0 }, 1)).toMatch(/^1 \/ 1 hanke ·/);
    expect(projectSummary('en', { shown: 1, knownCostTotal: 0, withoutCost: 0 }, 1)).toMatch(/^1 of 1 project ·/);
  });

  it('adds what the filtered places administer, by the rule the overview and the map use', () => {
    expect(nb(projectSummary('sv', summaryOf({ years: ['2008'], provinces: ['pirkanmaa'] }), 47, l))).toBe(
      '5 av 47 projekt · kända kostnader sammanlagt 3 950 000 € (varje projekt i sin helhet) · kostnadsuppgift saknas för 2 projekt · huvudmän med hemort i Birkaland: 600 000 € (enligt huvudmannens hemort, kostnaden för flera huvudmän fördelad lika mellan dem)',
    );
    expect(nb(projectSummary('en', summaryOf({ years: ['2008'], municipalities: ['398'] }), 47, l))).toBe(
      "4 of 47 projects · known costs total €4,968,050 (each project in full) · lead organisations seated in Lahti: €4,968,050 (by the lead organisation's seat, a shared cost split equally)",
    );
  });

  it('says "no cost data" once when the whole selection has none, not again for its places', () => {
    expect(nb(projectSummary('fi', summaryOf({ years: ['2009'], municipalities: ['398'] }), 47, l))).toBe(
      '3 / 47 hanketta · ei kustannustietoja',
    );
    expect(nb(projectSummary('sv', summaryOf({ years: ['2009'], provinces: ['paijat-hame'] }), 47, l))).toBe(
      '4 av 47 projekt · inga kostnadsuppgifter',
    );
  });
});
