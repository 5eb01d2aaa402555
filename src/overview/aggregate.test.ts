import { describe, expect, it } from 'vitest';
import { buildProjectRows, lookups } from '../data/rows';
import { rowsMatching } from '../state/selectors';
import { EMPTY_FILTERS } from '../state/types';
import { realDataset } from '../../test/unit/fixtures';
import { costByAdministrator, costByArea, costByProvince, keyFigures } from './aggregate';

const d = realDataset();
const rows = buildProjectRows(d);
const l = lookups(d);
const rows2008 = rows.filter((r) => r.project.planYear === 2008);
const byTheme = (split: 'project' | 'administrator') =>
  new Map(costByArea(rows2008, d.themes, split, 'fi', l).map((a) => [a.theme.id, a]));

describe('costs per 2008 priority area', () => {
  it('sums the rows per area, excludes unknown costs and counts them', () => {
    const areas = byTheme('project');
    expect([...areas.values()].map((a) => [a.theme.id, a.total, a.projects, a.withoutCost])).toEqual([
      ['plan-2008-1', 3_700_000, 3, 1],
      ['plan-2008-2', 3_242_400, 4, 0],
      ['plan-2008-3', 1_250_000, 3, 1],
      ['plan-2008-4', 1_785_750, 4, 1],
    ]);
    expect([...areas.values()].reduce((s, a) => s + a.total, 0)).toBe(9_978_150);
  });

  it('gives shares that add up to 100 %', () => {
    const shares = [...byTheme('project').values()].map((a) => a.share);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    expect(shares[0]).toBeCloseTo(3_700_000 / 9_978_150, 10);
  });

  it('splits a bar by project, largest first, naming each project as the source writes it', () => {
    const area = byTheme('project').get('plan-2008-2')!;
    expect(area.segments.map((s) => [s.label, s.amount])).toEqual([
      [
        'Remontti - lasten ja nuorten ja lapsiperheiden palvelujen uudistaminen Pohjanmaan maakuntien alueella',
        2_100_000,
      ],
      ['Sihti – nuorten vastaanottotyöryhmä', 512_300],
      ['Yhteinen vastuu lapsista ja nuorista Kanta-Hämeessä -lasten ja nuorten palveluiden kehittämisyksikkö', 450_000],
      ['Proomu-hanke', 180_100],
    ]);
  });

  it('splits a bar by administrator, dividing a shared cost evenly', () => {
    const area = byTheme('administrator').get('plan-2008-1')!;
    expect(area.segments.map((s) => [s.key, s.amount])).toEqual([
      ['lahti', 3_000_000],
      ['tampere', 350_000],
      ['vaasa', 350_000],
    ]);
    expect(area.total).toBe(3_700_000);
  });

  it('follows the shared filters: a province filter leaves only its projects', () => {
    const filtered = rowsMatching(rows2008, { ...EMPTY_FILTERS, provinces: ['pohjanmaa'] });
    const areas = costByArea(filtered, d.themes, 'project', 'fi', l);
    // Hyvinvoiva Väli-Suomi (3 000 000 €) works in every Väli-Suomi province, Pohjanmaa included: its title names the region.
    expect(areas.map((a) => a.total)).toEqual([3_700_000, 2_100_000, 0, 0]);
    expect(areas.map((a) => a.withoutCost)).toEqual([0, 0, 1, 0]);
  });
});

describe('ranked costs', () => {
  it('ranks administrators by the cost they administer; shared costs split, unknown costs counted', () => {
    const admins = costByAdministrator(rows2008, l, 'fi');
    expect(admins.slice(0, 3).map((a) => [a.id, Math.round(a.amount), a.projects, a.withoutCost])).toEqual([
      ['lahti', 3_302_000, 2, 0],
      ['vshp', 2_100_000, 1, 0],
      ['phsotey', 1_666_050, 2, 0],
    ]);
    expect(admins.reduce((s, a) => s + a.amount, 0)).toBeCloseTo(9_978_150, 6);
    expect(admins.find((a) => a.id === 'pshp')).toMatchObject({ amount: 0, projects: 1, withoutCost: 1 });
  });

  it('groups costs by the province of each administrator’s home municipality', () => {
    const provinces = costByProvince(rows2008, l, 'fi');
    expect(provinces.map((p) => [p.label, Math.round(p.amount)])).toEqual([
      ['Päijät-Häme', 5_148_150],
      ['Pohjanmaa', 2_450_000],
      ['Kanta-Häme', 1_780_000],
      ['Pirkanmaa', 600_000],
    ]);
    expect(provinces.reduce((s, p) => s + p.amount, 0)).toBeCloseTo(9_978_150, 6);
  });

  it('marks uncertain administrators (2009: Kauhajoki ?)', () => {
    const kauhajoki = costByAdministrator(
      rows.filter((r) => r.project.planYear === 2009),
      l,
      'fi',
    ).find((a) => a.id === 'kauhajoki')!;
    expect(kauhajoki).toMatchObject({ uncertain: 1, projects: 1, amount: 0, withoutCost: 1 });
  });
});

describe('key figures', () => {
  it('keeps the stated 2008 total beside the sum of the rows', () => {
    expect(keyFigures(d)).toEqual({
      stated: { amount: 9_528_150, projects: 14, administrators: 9 },
      summed: { amount: 9_978_150, projects: 14, administrators: 11, withoutCost: 3 },
      projectsPerYear: { 2008: 14, 2009: 30, other: 3 },
    });
  });
});
