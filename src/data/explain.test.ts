import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { buildProjectRows, lookups } from './rows';
import {
  explainAdministratorCost,
  explainAdministratorCount,
  explainContext,
  explainMunicipalityCost,
  explainNationalThemeCount,
  explainProvinceProjectCount,
  explainThemeCount,
  explainProjectCount,
  explainProvinceCost,
  explainRowsCost,
  explainShare,
  explainStatedTotal,
  explainSummedTotal,
  explainWithoutCost,
} from './explain';

const d = realDataset();
const rows = buildProjectRows(d);
const l = lookups(d);
const ctx = explainContext(d);
const rows2008 = rows.filter((r) => r.project.planYear === 2008);
const termSum = (e: { terms: Array<{ value: number }> }) => e.terms.reduce((s, t) => s + t.value, 0);

describe('explaining the 2008 totals', () => {
  it('gives the stated total as the document line, with the mismatch and its possible explanation', () => {
    const e = explainStatedTotal(d, 2008)!;
    expect(e.value).toBe(9_528_150);
    expect(e.kind).toBe('stated');
    expect(e.terms).toEqual([
      expect.objectContaining({ value: 9_528_150, source: expect.objectContaining({ lineStart: 160, lineEnd: 162 }) }),
    ]);
    expect(e.notes).toEqual(['total-mismatch-2008', 'amounts-applied-for-2008', 'explanation-total-mismatch-2008-1']);
  });

  it('adds the eleven costed rows to 9 978 150 € with their cost lines, and leaves out the three without a cost', () => {
    const e = explainSummedTotal(d, rows, 2008);
    expect(e.value).toBe(9_978_150);
    expect(termSum(e)).toBe(9_978_150);
    expect(e.rule).toBe('full');
    expect(e.terms).toHaveLength(11);
    expect(e.terms[0]).toEqual({
      label: 'Hyvinvoiva Väli-Suomi (sis. Terveyden edistäminen -osahanke sekä Ikihyvä Päijät-Häme -hanke)',
      labelLang: 'fi',
      projectId: '2008-hyvinvoiva-vali-suomi-sis-terveyden-edistaminen',
      value: 3_000_000,
      source: { document: 'minutes-2008', lineStart: 94, lineEnd: 94, excerpt: '3\u00a0000 000' },
    });
    expect(e.terms.map((t) => t.source?.lineStart)).toEqual([94, 102, 110, 114, 118, 122, 130, 134, 146, 150, 154]);
    expect(e.excluded.map((x) => [x.projectId, x.reason])).toEqual([
      ['2008-sairauksien-ehkaisy-yhdessa-perusterveydenhuollon', 'no-cost'],
      ['2008-vanhuspalvelujen-koordinointi-narpiossa-ja', 'no-cost'],
      ['2008-pitkaaikaisasunnottomuuden-poistaminen', 'no-cost'],
    ]);
    expect(e.notes).toContain('total-mismatch-2008');
    expect(e.notes).toContain('explanation-total-mismatch-2008-1');
    expect(e.notes).toContain('missing-cost-2008-pitkaaikaisasunnottomuuden-poistaminen');
    expect(e.notes).toContain('amounts-applied-for-2008');
  });

  it('counts 14 projects, 3 of them without a cost, and 11 administrators against the stated 9', () => {
    expect(explainProjectCount(d, rows, 2008)).toMatchObject({ value: 14, kind: 'count' });
    expect(termSum(explainProjectCount(d, rows, 2008))).toBe(14);
    expect(termSum(explainProjectCount(d, rows, 2009))).toBe(30);
    const without = explainWithoutCost(d, rows, 2008);
    expect([without.value, termSum(without)]).toEqual([3, 3]);
    expect(without.notes).toHaveLength(3);
    const admins = explainAdministratorCount(d, rows, 2008, 'sv', l);
    expect([admins.value, termSum(admins)]).toEqual([11, 11]);
    expect(admins.terms.map((t) => t.label)).toContain('Tavastehus');
    expect(admins.notes).toEqual([
      'count-mismatch-2008-administrators',
      'explanation-count-mismatch-2008-administrators-comma-list-as-one',
    ]);
  });
});

describe('explaining sums of rows', () => {
  it('splits a shared cost equally among its administrators (Lahti 3 302 000 €)', () => {
    const e = explainAdministratorCost(rows2008, 'lahti', ctx);
    expect(e.rule).toBe('split-equally');
    expect(e.value).toBe(3_302_000);
    expect(termSum(e)).toBe(3_302_000);
    expect(e.terms.map((t) => [t.value, t.whole, t.parts])).toEqual([
      [3_000_000, 3_000_000, 1],
      [302_000, 302_000, 1],
    ]);
    expect(e.excluded).toEqual([]);
  });

  it('sums by the administrators’ home province as the province chart does', () => {
    const pirkanmaa = explainProvinceCost(rows2008, 'pirkanmaa', l, ctx);
    expect(pirkanmaa.rule).toBe('administrator-home');
    expect(termSum(pirkanmaa)).toBe(pirkanmaa.value);
    const shared = pirkanmaa.terms.find((t) => (t.parts ?? 1) > 1)!;
    expect(shared.value).toBe((shared.whole! * shared.count!) / shared.parts!);
  });

  it('explains the table summary of a selection and a share of a whole', () => {
    const area1 = rows2008.filter((r) => r.project.themeId === 'plan-2008-1');
    const e = explainRowsCost(area1, ctx);
    expect([e.value, e.terms.length, e.excluded.length]).toEqual([3_700_000, 2, 1]);
    const share = explainShare(e, 9_978_150);
    expect(share).toMatchObject({ kind: 'share', unit: 'share', whole: 9_978_150 });
    expect(share.value).toBeCloseTo(3_700_000 / 9_978_150, 12);
  });
});

describe('explaining the comparison’s counts', () => {
  it('counts a plan theme’s projects with their source lines (2009 area 4: 2)', () => {
    const e = explainThemeCount(rows, 'plan-2009-4', ctx);
    expect(e).toMatchObject({ value: 2, unit: 'count', kind: 'count', rule: 'full', excluded: [] });
    // The 2009 list names examples, not every project: a count of its projects says so.
    expect(e.notes).toEqual(['list-examples-2009']);
    expect(e.terms.map((t) => [t.value, t.source?.document, t.source?.lineStart])).toEqual([
      [1, 'minutes-2008', 241],
      [1, 'minutes-2008', 244],
    ]);
    expect(explainThemeCount(rows, 'plan-2009-1', ctx).terms).toHaveLength(8);
  });

  it('counts a national theme’s projects per year through the curated mapping', () => {
    expect([2008, 2009].map((y) => explainNationalThemeCount(rows, d.themes, 'national-6', y, ctx).value)).toEqual([
      7, 11,
    ]);
    expect([2008, 2009].map((y) => explainNationalThemeCount(rows, d.themes, 'national-2', y, ctx).value)).toEqual([
      3, 0,
    ]);
    const e = explainNationalThemeCount(rows, d.themes, 'national-1', 2008, ctx);
    expect(termSum(e)).toBe(4);
    expect(e.terms.every((t) => t.source?.document === 'minutes-2008')).toBe(true);
  });

  it('counts the projects working in a province per year', () => {
    expect([2008, 2009].map((y) => explainProvinceProjectCount(rows, 'pohjanmaa', y, ctx).value)).toEqual([4, 11]);
    expect(explainProvinceProjectCount(rows, 'uusimaa', 2009, ctx).terms).toEqual([]);
  });
});

describe('explaining the map’s cost layer', () => {
  it('gives Hämeenlinna 1 113 333 € with the shared Kanta-Häme project’s third', () => {
    const e = explainMunicipalityCost(rows, '109', l, ctx);
    expect(e.rule).toBe('administrator-home');
    expect(Math.round(e.value)).toBe(1_113_333);
    expect(e.terms.map((t) => [Math.round(t.value), t.whole, t.count, t.parts, t.source?.lineStart])).toEqual([
      [450_000, 450_000, 1, 1, 114],
      [333_333, 1_000_000, 1, 3, 134],
      [330_000, 330_000, 1, 1, 150],
    ]);
  });

  it('gives Vaasa half of a shared 700 000 € and leaves out Tampere’s projects without a cost', () => {
    const vaasa = explainMunicipalityCost(rows, '905', l, ctx);
    expect([vaasa.value, vaasa.terms[0]!.value, vaasa.terms[0]!.whole, vaasa.terms[0]!.parts]).toEqual([
      2_450_000, 350_000, 700_000, 2,
    ]);
    const tampere = explainMunicipalityCost(rows, '837', l, ctx);
    expect([tampere.value, tampere.excluded.length]).toEqual([600_000, 2]);
    expect(tampere.excluded.every((x) => x.reason === 'no-cost')).toBe(true);
    expect(explainMunicipalityCost(rows, '545', l, ctx)).toMatchObject({ value: 0, terms: [] });
    expect(explainMunicipalityCost(rows, '545', l, ctx).excluded).toHaveLength(1);
  });

  it('counts only the 2008 plan: the municipalities’ sums add up to the summed 2008 total', () => {
    const codes = d.regions.municipalities.map((m) => m.code);
    const total = codes.reduce((s, code) => s + explainMunicipalityCost(rows, code, l, ctx).value, 0);
    expect(Math.round(total)).toBe(9_978_150);
  });
});
