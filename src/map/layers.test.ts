import { describe, expect, it } from 'vitest';
import { buildProjectRows } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import { interpolate, stringsOf, type Key } from '../i18n';
import { classOf, municipalityFacts, sequentialBreaks } from './layers';
import { symboliser } from './symbolise';

import { DEFAULT_URL_STATE } from '../state/types';

const d = realDataset();
const rows = buildProjectRows(d);
const facts = (projectYear: '2008' | '2009' | 'both', ytaYear: 2013 | 2014 = 2013) =>
  municipalityFacts(d, rows, { projectYear, ytaYear });
const pick = (projectYear: '2008' | '2009' | 'both', code: string) => {
  const f = facts(projectYear).get(code)!;
  return {
    projects: f.projects,
    uncertain: f.uncertainProjects,
    cost2008: f.cost2008,
    withoutCost2008: f.withoutCost2008,
    area: f.area?.name ?? null,
    lasse: f.municipality.lasse?.joined ?? null,
  };
};
const words = (key: Key<'map'>, vars?: Record<string, string | number>) =>
  interpolate('fi', stringsOf('fi').map[key], vars);

describe('layer values per municipality', () => {
  it('Tampere: 4 projects administered in 2008, 5 in 2009; 600 000 € of 2008 costs, 2 projects without one', () => {
    expect(pick('2008', '837')).toEqual({
      projects: 4,
      uncertain: 0,
      cost2008: 600_000,
      withoutCost2008: 2,
      area: 'Tampere-Orivesi yhteistoiminta-alue',
      lasse: 2013,
    });
    expect(pick('2009', '837').projects).toBe(5);
    expect(pick('both', '837').projects).toBe(9);
  });

  it('Vaasa: 2 + 3 projects and one uncertain (Seinäjoki ? Vaasa), 2 450 000 € in 2008, no cooperation area', () => {
    expect(pick('2008', '905')).toMatchObject({
      projects: 2,
      uncertain: 0,
      cost2008: 2_450_000,
      area: null,
      lasse: 2013,
    });
    expect(pick('2009', '905')).toMatchObject({ projects: 3, uncertain: 1 });
  });

  it('Lahti: its own and PHSOTEY’s projects, 4 968 050 € in 2008', () => {
    expect(pick('2008', '398')).toMatchObject({ projects: 4, cost2008: 4_968_050, withoutCost2008: 0 });
    expect(pick('both', '398').projects).toBe(7);
  });

  it('Kauhajoki counts only as uncertain ("Kauhajoki ?")', () => {
    expect(pick('2009', '232')).toMatchObject({
      projects: 0,
      uncertain: 1,
      area: 'Suupohjan peruspalveluliikelaitoskuntayhtymä',
    });
  });

  it('the 2008 cost administered adds up to the rows’ total', () => {
    expect([...facts('2008').values()].reduce((s, f) => s + f.cost2008, 0)).toBeCloseTo(9_978_150, 6);
  });

  it('cooperation areas: 9 areas with 33 members in 2013, Forssa’s added in 2014', () => {
    expect([...facts('both', 2013).values()].filter((f) => f.area).length).toBe(33);
    expect([...facts('both', 2014).values()].filter((f) => f.area).length).toBe(38);
    expect(facts('both', 2014).get('061')!.area?.name).toBe('Forssan seudun hyvinvointikuntayhtymä');
  });
});

describe('sequential scale', () => {
  it('rounds the class breaks to nice steps and classifies values', () => {
    expect(sequentialBreaks(4_968_050, 5)).toEqual([1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000]);
    expect(classOf(600_000, [1_000_000, 2_000_000])).toBe(0);
    expect(classOf(0, [1_000_000])).toBe(-1);
    expect(classOf(9e9, [1_000_000])).toBe(0);
  });

  it('writes the cost legend in the locale’s money format', () => {
    const s = symboliser(d, facts('2008'), { ...DEFAULT_URL_STATE.map, layer: 'cost' }, 'fi', words);
    expect(s.legend.map((l) => l.label.replace(/\u00a0/g, ' '))).toEqual([
      '0 €',
      '> 0 … 1 000 000 €',
      '> 1 000 000 € … 2 000 000 €',
      '> 2 000 000 € … 3 000 000 €',
      '> 3 000 000 € … 4 000 000 €',
      '> 4 000 000 € … 5 000 000 €',
    ]);
    expect(s.describe(facts('2008').get('837')!).replace(/\u00a0/g, ' ')).toBe('600 000 € (2 ilman kustannustietoa)');
  });

  it('marks uncertain administrators on the projects layer', () => {
    const f = facts('2009');
    const s = symboliser(d, f, { ...DEFAULT_URL_STATE.map, layer: 'projects', projectYear: '2009' }, 'fi', words);
    expect(s.symbol(f.get('232')!)).toMatchObject({ mark: '?', uncertain: true });
    expect(s.symbol(f.get('905')!)).toMatchObject({ mark: '3?', uncertain: true });
    expect(s.describe(f.get('905')!)).toBe('3 hanketta + 1 hanke, jonka hallinnoija on epävarma');
  });
});
