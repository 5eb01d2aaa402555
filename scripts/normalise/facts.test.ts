import { describe, expect, it } from 'vitest';
import type { Municipality, Project } from '../../src/data/schema.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import type { OrganisationRegistry } from './organisations.ts';
import { applyTitleFacts } from './facts.ts';

const refs: MunicipalityRef[] = [
  { code: '790', nameFi: 'Sastamala', nameSv: 'Sastamala', provinceFi: 'Pirkanmaa', lon: 22.9, lat: 61.3, line: 2 },
  { code: '398', nameFi: 'Lahti', nameSv: 'Lahtis', provinceFi: 'Päijät-Häme', lon: 25.7, lat: 61, line: 3 },
];
const municipalities = [
  { code: '790', provinceId: 'pirkanmaa' },
  { code: '398', provinceId: 'paijat-hame' },
] as Municipality[];
const ctx = { registry: {} as OrganisationRegistry, municipalities, refs };
const valiSuomi = { provinceIds: ['kanta-hame', 'paijat-hame', 'pirkanmaa'] };

const project = (id: string, name: string, patch: Partial<Project> = {}): Project => ({
  id,
  name,
  language: 'fi',
  planYear: 2009,
  themeId: null,
  administrators: [],
  administratorStatus: 'blank',
  administratorRaw: '',
  period: null,
  provinceIds: [],
  continues: [],
  sources: [{ document: 'minutes-2008', lineStart: 10, lineEnd: 11 }],
  ...patch,
});

describe('what a title says', () => {
  it('takes a period at the end of a title, and gives the years after "<X>-hanketta" to project X', () => {
    const lahti = project('lahti', 'Asunnottomuuden vähentäminen Lahdessa 2008 – 2011');
    const remontti = project('remontti', 'Remontti - osana Pohjanmaa-hanketta 2005 -2014');
    const pohjanmaa = project('pohjanmaa', 'Pohjanmaa-hanke');
    const statements = applyTitleFacts([lahti, remontti, pohjanmaa], ctx, valiSuomi, []);
    expect(lahti.period).toMatchObject({ start: '2008', end: '2011' });
    expect(remontti.period).toBeNull();
    // The title's own line (10), not the whole row (10–11).
    expect(pohjanmaa.period).toMatchObject({ start: '2005', end: '2014', source: { lineStart: 10, lineEnd: 10 } });
    expect(statements.get('pohjanmaa')).toEqual([
      {
        kind: 'period-from-other-title',
        text: 'Pohjanmaa-hanketta 2005 -2014',
        source: { document: 'minutes-2008', lineStart: 10, lineEnd: 10 },
      },
    ]);
  });

  it('adds the province of a municipality the title names in the genitive, and the region\'s provinces for "Väli-Suomi"', () => {
    const sastamala = project('s', 'Sastamalan päihdetyön toimintamalli');
    const region = project('v', 'Hyvinvoiva Väli-Suomi', { provinceIds: ['paijat-hame'] });
    const statements = applyTitleFacts([sastamala, region], ctx, valiSuomi, []);
    expect(sastamala.provinceIds).toEqual(['pirkanmaa']);
    expect(region.provinceIds).toEqual(['kanta-hame', 'paijat-hame', 'pirkanmaa']);
    expect(statements.get('v')![0]).toMatchObject({
      kind: 'provinces-from-title',
      text: 'Väli-Suomi',
      source: { document: 'minutes-2008', lineStart: 10, lineEnd: 10 },
    });
  });

  it('reads the region in a title whose transcript lost or spaced the hyphen, and not in "Välittäjä"', () => {
    const lost = project('a', 'Hyvinvoiva Välisuomi', { provinceIds: ['paijat-hame'] });
    const spaced = project('b', 'Väli- Suomen lasten hanke', { provinceIds: ['paijat-hame'] });
    const other = project('c', 'Välittäjä 2009', { provinceIds: ['paijat-hame'] });
    applyTitleFacts([lost, spaced, other], ctx, valiSuomi, []);
    expect(lost.provinceIds).toEqual(['kanta-hame', 'paijat-hame', 'pirkanmaa']);
    expect(spaced.provinceIds).toEqual(['kanta-hame', 'paijat-hame', 'pirkanmaa']);
    expect(other.provinceIds).toEqual(['paijat-hame']);
  });

  it('carries provinces only along the continuations curated as the same project, whatever their names', () => {
    const before = project('r8', 'Remontti II - uudistaminen Pohjanmaan maakuntien alueella', {
      planYear: 2008,
      provinceIds: ['etela-pohjanmaa', 'pohjanmaa'],
    });
    const after = project('r9', 'Remontti - osana hanketta', { provinceIds: ['pohjanmaa'], continues: ['r8'] });
    const other = project('m9', 'Monikulttuurinen hanke', { provinceIds: ['pohjanmaa'], continues: ['r8'] });
    const statements = applyTitleFacts([before, after, other], ctx, valiSuomi, [
      { successor: after, predecessor: before },
    ]);
    expect(after.provinceIds).toEqual(['etela-pohjanmaa', 'pohjanmaa']);
    expect(statements.get('r9')).toEqual([
      { kind: 'provinces-from-predecessor', text: 'Remontti II', source: before.sources[0] },
    ]);
    expect(other.provinceIds).toEqual(['pohjanmaa']);
  });

  it('leaves a title without such facts alone', () => {
    const plain = project('p', 'Proomu-hanke', { provinceIds: ['paijat-hame'] });
    expect(applyTitleFacts([plain], ctx, valiSuomi, []).size).toBe(0);
    expect(plain).toEqual(project('p', 'Proomu-hanke', { provinceIds: ['paijat-hame'] }));
  });
});
