import { describe, expect, it } from 'vitest';
import { buildProjectRows } from '../data/rows';
import { datasetWithPlan2010, realDataset } from '../../test/unit/fixtures';
import {
  administratorOverlap,
  continuingProjects,
  pickYears,
  planYears,
  projectsPerNationalTheme,
  projectsPerTheme,
  provincesPerYear,
  themeFlow,
} from './compare';

const d = realDataset();
const rows = buildProjectRows(d);

describe('2008 → 2009 theme correspondence (from the curated mapping)', () => {
  const flow = themeFlow(d.themes);

  it('links the 2008 areas to their 2009 successors and names the change', () => {
    expect(flow.links).toEqual([
      { from: 'plan-2008-2', to: 'plan-2009-2', change: 'renamed' },
      { from: 'plan-2008-3', to: 'plan-2009-5', change: 'continued' },
      { from: 'plan-2008-4', to: 'plan-2009-6', change: 'renamed' },
    ]);
    expect(Object.fromEntries(flow.change)).toEqual({
      'plan-2008-1': 'dropped',
      'plan-2008-2': 'renamed',
      'plan-2008-3': 'continued',
      'plan-2008-4': 'renamed',
      'plan-2009-1': 'new',
      'plan-2009-2': 'renamed',
      'plan-2009-3': 'new',
      'plan-2009-4': 'new',
      'plan-2009-5': 'continued',
      'plan-2009-6': 'renamed',
    });
  });

  it('puts the 2005–2006 Pohjanmaa priorities first and the national themes last', () => {
    expect(flow.columns.map((c) => [c.scheme, c.themes.length])).toEqual([
      ['pohjanmaa-2005-2006', 5],
      ['plan-2008', 4],
      ['plan-2009', 6],
      ['national', 7],
    ]);
    expect(flow.national).toContainEqual({ from: 'plan-2008-4', to: 'national-7' });
  });
});

describe('projects per theme and year', () => {
  it('counts plan projects per theme', () => {
    expect(projectsPerTheme(rows, d.themes, 2008).map((p) => p.projects)).toEqual([3, 4, 3, 4]);
    expect(projectsPerTheme(rows, d.themes, 2009).map((p) => p.projects)).toEqual([8, 8, 1, 2, 5, 6]);
  });

  it('counts projects on the national themes through the curated mapping', () => {
    expect(projectsPerNationalTheme(rows, d.themes).map((n) => [n.theme.id, n.from, n.to])).toEqual([
      ['national-1', 4, 8],
      ['national-2', 3, 0],
      ['national-3', 0, 6],
      ['national-4', 0, 8],
      ['national-5', 0, 11],
      ['national-6', 7, 11],
      // Of the four projects of the 2008 area mapped to it, only Lahti's and Tampere's are about homelessness.
      ['national-7', 2, 0],
    ]);
  });

  it('counts projects per province where they work', () => {
    const byId = Object.fromEntries(
      provincesPerYear(rows, ['pirkanmaa', 'pohjanmaa']).map((p) => [p.provinceId, [p.from, p.to]]),
    );
    // Four each by administrator or name, plus Hyvinvoiva Väli-Suomi, whose title names the whole region.
    expect(byId.pirkanmaa![0]).toBe(5);
    expect(byId.pohjanmaa![0]).toBe(4);
  });
});

describe('administrators and continuing projects', () => {
  it('splits the administrators into both years, only 2008 and only 2009', () => {
    expect(administratorOverlap(rows)).toEqual({
      both: ['hameenlinna', 'lahti', 'phsotey', 'tampere', 'vaasa', 'vshp'],
      onlyFrom: ['forssa', 'heinola', 'narpio', 'pshp', 'riihimaki'],
      onlyTo: [
        'epshp',
        'eskoo',
        'hameen-paihdehuollon-ky',
        'kauhajoki',
        'kokkola',
        'mustasaari',
        'nastola',
        'pietarsaari',
        'seinajoki',
        'stakes-tampere',
      ],
    });
  });

  it('pairs each predecessor with its successor', () => {
    expect(continuingProjects(rows).map((p) => [p.from.project.id, p.to.project.id, p.from.cost])).toEqual([
      [
        '2008-monikulttuurisen-asiakastyon-ja-ammattikaytantojen',
        '2009-monikulttuurisen-asiakastyon-ja-palvelujen-hanke',
        700_000,
      ],
      [
        '2008-remontti-lasten-ja-nuorten-ja-lapsiperheiden',
        '2009-remontti-lasten-ja-nuorten-ja-lapsiperheiden',
        2_100_000,
      ],
      ['2008-kanta-hameen-vanhustenhuollon-kehittamisen', '2009-ikaihmisten-palvelujen-sateenvarjohanke', 1_000_000],
      ['vaasan-perhekeskus', '2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen', null],
    ]);
  });
});

describe('any two plan years', () => {
  const d2010 = datasetWithPlan2010();

  it('offers the plan years the themes have', () => {
    expect(planYears(d.themes)).toEqual([2008, 2009]);
    expect(planYears(d2010.themes)).toEqual([2008, 2009, 2010]);
  });

  it('takes the years asked when the data has both, earlier first, else the defaults', () => {
    const years = [2008, 2009, 2010];
    expect(pickYears({ from: 2010, to: 2008 }, years)).toEqual({ from: 2008, to: 2010 });
    expect(pickYears({ from: 2009, to: 2011 }, years)).toEqual({ from: 2008, to: 2009 });
    expect(pickYears({ from: 2009, to: 2009 }, years)).toEqual({ from: 2008, to: 2009 });
    expect(pickYears({ from: 2008, to: 2009 }, [2010, 2011])).toEqual({ from: 2010, to: 2011 });
  });

  it('compares 2009 with 2010: columns, links and counts of those years', () => {
    const years = { from: 2009, to: 2010 };
    const flow = themeFlow(d2010.themes, years);
    expect(flow.columns.map((c) => c.scheme)).toEqual(['pohjanmaa-2005-2006', 'plan-2009', 'plan-2010', 'national']);
    expect(flow.links).toHaveLength(6);
    expect(flow.links.every((l) => l.change === 'continued')).toBe(true);
    const rows2010 = buildProjectRows(d2010);
    expect(projectsPerTheme(rows2010, d2010.themes, 2010).map((p) => p.projects)).toEqual([3, 0, 0, 0, 0, 0]);
    expect(administratorOverlap(rows2010, years).onlyTo).toEqual([]);
  });
});
