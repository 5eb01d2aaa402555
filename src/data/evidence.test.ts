import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { evidenceContext, projectEvidence, rowEvidence } from './evidence';
import { buildProjectRows } from './rows';

const d = realDataset();
const ctx = evidenceContext(d);
const project = (id: string) => d.projects.find((p) => p.id === id)!;
const statuses = (id: string) => Object.fromEntries(projectEvidence(project(id), ctx).map((e) => [e.field, e.status]));

describe('evidence of a project’s values', () => {
  it('a 2008 row: name, year, theme, administrator and cost stated, provinces computed', () => {
    const e = projectEvidence(project('2008-hyvinvoiva-vali-suomi-sis-terveyden-edistaminen'), ctx);
    expect(Object.fromEntries(e.map((x) => [x.field, [x.status, x.reason]]))).toEqual({
      name: ['stated', 'source-row'],
      planYear: ['stated', 'source-row'],
      theme: ['stated', 'source-row'],
      administrators: ['stated', 'source-row'],
      cost: ['stated', 'cost-cell'],
      provinces: ['computed', 'provinces-derived'],
    });
    expect(e.find((x) => x.field === 'cost')!.sources).toEqual([expect.objectContaining({ lineStart: 94 })]);
    expect(rowEvidence(e)).toBe('stated');
  });

  it('marks a question-marked administrator, an appendix placement and a period read from the title', () => {
    expect(statuses('2009-etela-pohjanmaan-lastensuojelun-kehittamisyksikko').administrators).toBe('uncertain');
    expect(statuses('2009-parempaa-perheelle-ii-jarviseudun-ja-kuusiokuntien').theme).toBe('uncertain');
    expect(statuses('2008-pitkaaikaisasunnottomuuden-vahentaminen-lahdessa').period).toBe('computed');
    expect(statuses('vaasan-perhekeskus').period).toBe('stated');
    expect(statuses('2009-monikulttuurisen-asiakastyon-ja-palvelujen-hanke').continues).toBe('curated');
  });

  it('leaves values the source leaves empty without a status', () => {
    const s = statuses('2008-pitkaaikaisasunnottomuuden-poistaminen');
    expect(s.cost).toBeUndefined();
    expect(statuses('2009-sastamalan-paihdetyon-toimintamallin').administrators).toBeUndefined();
  });

  it('gives each row the weakest status of its own values: 41 of 47 rows only stated', () => {
    const rows = buildProjectRows(d);
    const count = (s: string) => rows.filter((r) => r.evidence === s).length;
    expect([count('stated'), count('computed'), count('curated'), count('uncertain')]).toEqual([41, 2, 0, 4]);
  });
});
