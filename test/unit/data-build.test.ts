import { expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  existsSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDataset } from '../../scripts/normalise/index.ts';
import { renderDataset } from '../../scripts/write.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { geoDir, seedsDir, withSources } from './sources.ts';

const root = resolve(__dirname, '../..');
const MINUTES = '000_34c4f4e8cbac8681.txt';

let data: Dataset;
beforeAll(() => {
  data = buildDataset({ seedsDir, geoDir });
});

withSources('data build from the real documents', () => {
  it('finds the 14 projects of the 2008 plan, their costs and the stated total beside the summed one', () => {
    const p2008 = data.projects.filter((p) => p.planYear === 2008);
    expect(p2008).toHaveLength(14);
    const costs = data.funding.costs.filter((c) => c.planYear === 2008);
    expect(costs).toHaveLength(11);
    expect(costs.reduce((s, c) => s + c.amountEur, 0)).toBe(9978150);
    expect(data.funding.statedTotals).toEqual([
      expect.objectContaining({
        planYear: 2008,
        projects: 14,
        administrators: 9,
        amountEur: 9528150,
        source: expect.objectContaining({ document: 'minutes-2008', lineStart: 160 }),
      }),
    ]);
    const mismatch = data.quality.find((q) => q.id === 'total-mismatch-2008');
    expect(mismatch).toMatchObject({
      kind: 'plan-total-mismatch',
      values: { planYear: 2008, stated: 9528150, summed: 9978150, costedRows: 11 },
    });
  });

  it('keeps empty cost cells as missing, never as zero', () => {
    const proomu = data.projects.find((p) => p.name === 'Proomu-hanke')!;
    expect(data.funding.costs.find((c) => c.projectId === proomu.id)).toMatchObject({
      amountEur: 180100,
      source: { lineStart: 110 },
    });
    const pshp = data.projects.find((p) => p.administratorRaw === 'PSHP')!;
    expect(data.funding.costs.some((c) => c.projectId === pshp.id)).toBe(false);
    expect(data.funding.costs.every((c) => c.amountEur > 0)).toBe(true);
    expect(data.quality.filter((q) => q.kind === 'missing-cost')).toHaveLength(3);
  });

  it('reads 30 projects of the 2009 plan under six themes, with administrator certainty', () => {
    const p2009 = data.projects.filter((p) => p.planYear === 2009);
    expect(p2009).toHaveLength(30);
    const perTheme = Object.fromEntries(
      data.themes
        .filter((t) => t.scheme === 'plan-2009')
        .map((t) => [t.name.fi, p2009.filter((p) => p.themeId === t.id).length]),
    );
    expect(perTheme).toEqual({
      'Mielenterveys- ja päihdetyö': 8,
      'Lasten ja perheiden palvelut': 8,
      Maahanmuuttajatyö: 1,
      Aikuissosiaalityö: 2,
      'Ikääntyvien palvelut': 5,
      'Palvelurakenteen kehittäminen': 6,
    });
    const kauhajoki = p2009.find((p) => p.administratorRaw === 'Kauhajoki ?')!;
    expect(kauhajoki).toMatchObject({
      administratorStatus: 'uncertain',
      administrators: [{ name: 'Kauhajoki', organisationId: 'kauhajoki', certainty: 'uncertain' }],
    });
    expect(p2009.filter((p) => p.administratorStatus === 'blank')).toHaveLength(6);
    expect(p2009.filter((p) => p.administratorStatus === 'unknown')).toHaveLength(1);
    expect(p2009.filter((p) => p.language === 'sv').map((p) => p.administrators[0]?.name)).toEqual([
      'Korsholm',
      'Jakobstad',
      'Korsholm',
    ]);
  });

  it('adds the projects outside the plans with their periods, and the curated continuations', () => {
    const vaasa = data.projects.find((p) => p.name === 'Vaasan perhekeskus')!;
    expect(vaasa).toMatchObject({
      planYear: null,
      period: { start: '2007-09-01', end: '2009-10-31' },
      administrators: [{ organisationId: 'vaasa' }],
    });
    const lasse = data.projects.find((p) => p.name.startsWith('LasSe'))!;
    expect(lasse).toMatchObject({
      period: { start: '2013-04-01', end: '2015-10-31' },
      administrators: [{ name: 'Tampereen kaupunki', organisationId: 'tampere' }],
    });
    const followUp = data.projects.find((p) => p.name.startsWith('Perhekeskusmallin jalkauttaminen'))!;
    expect(followUp).toMatchObject({ planYear: 2009, continues: [vaasa.id], period: { start: '2009', end: '2011' } });
    expect(data.projects.filter((p) => p.continues.length > 0)).toHaveLength(4);
    expect(data.funding.shares.map((s) => [s.organisationId, s.percent])).toEqual([
      ['epshp', 31],
      ['vshp', 26],
      ['tampere', 13],
      ['hameen-paihdehuollon-ky', 30],
    ]);
  });

  it('builds themes of all four schemes with national mappings', () => {
    const count = (scheme: string) => data.themes.filter((t) => t.scheme === scheme).length;
    expect([count('national'), count('plan-2008'), count('plan-2009'), count('pohjanmaa-2005-2006')]).toEqual([
      7, 4, 6, 5,
    ]);
    expect(
      data.themes
        .filter((t) => t.scheme !== 'national')
        .every((t) => t.nationalThemeIds.length > 0 && t.nationalMappingReason),
    ).toBe(true);
  });

  it('lists the municipalities of the six provinces plus the LasSe participants outside them', () => {
    const perProvince = Object.fromEntries(
      data.regions.provinces.map((p) => [
        p.id,
        data.regions.municipalities.filter((m) => m.provinceId === p.id).length,
      ]),
    );
    expect(perProvince).toEqual({
      'etela-pohjanmaa': 18,
      pohjanmaa: 15,
      'keski-pohjanmaa': 8,
      pirkanmaa: 22,
      'kanta-hame': 11,
      'paijat-hame': 11,
      kymenlaakso: 1,
      // Named in POKEVA's title, outside the region: a province with no municipality in the documents.
      'keski-suomi': 0,
      uusimaa: 2,
    });
    const lasse = data.regions.municipalities.filter((m) => m.lasse);
    expect(lasse).toHaveLength(59);
    expect(lasse.filter((m) => m.lasse!.joined === 2014).map((m) => m.name.fi)).toEqual(['Ypäjä']);
    const iitti = data.regions.municipalities.find((m) => m.name.fi === 'Iitti')!;
    expect(iitti).toMatchObject({ provinceId: 'kymenlaakso', lasse: { provinceId: 'paijat-hame' } });
    const vaasa = data.regions.municipalities.find((m) => m.code === '905')!;
    expect(vaasa).toMatchObject({ name: { fi: 'Vaasa', sv: 'Vasa' } });
  });

  it('reads the cooperation areas of the LasSe matrix, one of them from 2014', () => {
    const areas = data.regions.cooperationAreas;
    expect(areas.filter((a) => a.validFrom === 2013)).toHaveLength(9);
    expect(areas.filter((a) => a.validFrom === 2013).reduce((s, a) => s + a.members.length, 0)).toBe(33);
    const rannikko = areas.find((a) => a.name.startsWith('Rannikko-Pohjanmaan'))!;
    expect(rannikko.members).toEqual(['287', '475', '545', '280'].sort());
    expect(areas.find((a) => a.validFrom === 2014)).toMatchObject({
      name: 'Forssan seudun hyvinvointikuntayhtymä',
      provinceId: 'kanta-hame',
    });
  });

  it("links Liite 2's entities and the earlier projects it names to Remontti 2009, with their lines", () => {
    const detail = data.details.find((d) => d.projectId === '2009-remontti-lasten-ja-nuorten-ja-lapsiperheiden')!;
    // Each section once per plan row it describes.
    expect(
      detail.linked
        .filter((l) => l.relation === 'related')
        .map((l) => [l.name, l.start, l.end, l.source.lineStart, l.projectId]),
    ).toEqual([
      ['LASTENSUOJELU', '2009', '2011', 295, '2009-etela-pohjanmaan-lastensuojelun-kehittamisyksikko'],
      ['LASTENSUOJELU', '2009', '2011', 295, '2009-osterbottens-utvecklingsenhet-inom-barnskyddet'],
      ['VARHAISKASVATUS', '2009', '2011', 303, '2009-varhaiskasvatuksen-kehittamisyksikko-sonetbotnian'],
      ['PERHEHANKKEET', '2009', '2011', 309, '2009-parempaa-perheelle-ii-jarviseudun-ja-kuusiokuntien'],
      ['PERHEHANKKEET', '2009', '2011', 309, '2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen'],
    ]);
    expect(detail.linked.filter((l) => l.relation === 'predecessor').map((l) => [l.name, l.source.lineStart])).toEqual([
      ['Lastensuojelun avohuollon- ja perhetyön kehittämisyksikkö', 297],
      ['Sijaishuolto Etelä-Pohjanmaalla', 297],
      ['Pohjanmaan lastensuojelun kaksikielinen kehittämisyksikkö', 297],
      ['Suupohjan Helminauha', 305],
    ]);
    expect(detail.figures).toMatchObject([
      { key: 'swedish-speaking-share', value: 52, unit: 'percent', source: { lineStart: 301 } },
    ]);
  });

  it('publishes the LasSe module matrix as it stands, the Tampere row with A and B only', () => {
    const choices = data.regions.lasseModuleChoices;
    expect(choices.map((c) => [c.provinceId, c.municipalityCode, c.modules.join('')])).toEqual([
      ['etela-pohjanmaa', null, 'ABC'],
      ['kanta-hame', null, 'ABC'],
      ['pirkanmaa', null, 'ABC'],
      ['pohjanmaa', null, 'ABC'],
      ['paijat-hame', null, 'ABC'],
      ['pirkanmaa', '837', 'AB'],
    ]);
    expect(choices.at(-1)).toMatchObject({
      written: 'Tampere (1/5 mukana hankkeessa)',
      source: { document: 'lasse-plan', lineStart: 45 },
    });
    expect(data.regions.provinces.find((p) => p.id === 'keski-pohjanmaa')?.lasseModules).toEqual([]);
  });

  it('reports the discrepancies of the LasSe plan', () => {
    const ids = data.quality.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'list-disagreement-lasse-908',
        'duplicate-name-lasse-111',
        'duplicate-name-lasse-560',
        'spelling-variant-504',
      ]),
    );
    expect(data.quality.find((q) => q.kind === 'lasse-count-participants-later')).toMatchObject({
      values: { stated: 60, counted: 59 },
    });
  });

  it('gives every administrator an organisation with a type and a home municipality in the region', () => {
    const named = new Set(data.projects.flatMap((p) => p.administrators.map((a) => a.organisationId)));
    const orgs = data.regions.organisations;
    expect([...named].every((id) => orgs.some((o) => o.id === id))).toBe(true);
    expect(orgs.find((o) => o.id === 'pshp')).toMatchObject({ type: 'hospital-district', municipalityCode: '837' });
    expect(orgs.find((o) => o.id === 'stakes-tampere')).toMatchObject({ type: 'state-agency' });
  });
});

withSources('committed data', () => {
  it('equals a fresh build of the source documents (no drift)', () => {
    const files = renderDataset(data);
    for (const [name, text] of files) {
      const committed = readFileSync(join(root, 'public/data', name), 'utf8');
      expect(committed, `public/data/${name} differs from the sources: run npm run data`).toBe(text);
    }
  });
});

withSources('bad input through the CLI', () => {
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [tsx, 'scripts/build-data.ts'], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  const withSeeds = (mutate: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(seedsDir, dir, { recursive: true });
    mutate(dir);
    return dir;
  };
  const editMinutes = (dir: string, from: string | RegExp, to: string) => {
    const path = join(dir, MINUTES);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`test setup: ${String(from)} not found`);
    writeFileSync(path, next);
  };

  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    [
      'a missing seeds folder',
      (dir) => rmSync(dir, { recursive: true }),
      /seeds-\w+: folder not found \(set SEEDS_DIR/,
    ],
    [
      'a missing document',
      (dir) => rmSync(join(dir, '004_2387fd943a303f05.txt')),
      /004_2387fd943a303f05\.txt: source document missing/,
    ],
    [
      'an amount like "3 000 00O"',
      (dir) => editMinutes(dir, '\t3\u00a0000 000', '\t3 000 00O'),
      /000_34c4f4e8cbac8681\.txt:94: unreadable amount "3 000 00O"/,
    ],
    [
      'an unreadable table row',
      (dir) => editMinutes(dir, '\tPSHP\n\t\n', '\tPSHP\n'),
      /000_34c4f4e8cbac8681\.txt:96: unreadable table row: expected 3 cells/,
    ],
    [
      'a theme heading matching no listed theme',
      (dir) => editMinutes(dir, '\tHyvinvoinnin ja terveyden edistäminen\n', '\tMatkailun edistäminen\n'),
      /000_34c4f4e8cbac8681\.txt:88: theme heading "Matkailun edistäminen" matches none/,
    ],
    [
      'a document saved as Latin-1',
      (dir) => writeFileSync(join(dir, MINUTES), Buffer.from(readFileSync(join(dir, MINUTES), 'utf8'), 'latin1')),
      /^data build failed: 000_34c4f4e8cbac8681\.txt:1: not UTF-8 text/,
    ],
    [
      'a folder in place of a document',
      (dir) => (rmSync(join(dir, MINUTES)), mkdirSync(join(dir, MINUTES))),
      /^data build failed: 000_34c4f4e8cbac8681\.txt: is a folder, not a text file\n$/,
    ],
  ];

  it.each(cases)('%s: exits non-zero, names file and line, leaves the output untouched', (_name, mutate, message) => {
    const seeds = withSeeds(mutate);
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(out, 'projects.json'), 'previous');
    const result = run({ SEEDS_DIR: seeds, OUT_DIR: out });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual(['projects.json']);
    expect(readFileSync(join(out, 'projects.json'), 'utf8')).toBe('previous');
    rmSync(seeds, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('a page-break line in a table: exit 0, the same 14 projects, and a note naming the line', () => {
    const seeds = withSeeds((dir) => editMinutes(dir, '\tProomu-hanke\n', 'Sivu 3 (12)\n\tProomu-hanke\n'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const result = run({ SEEDS_DIR: seeds, OUT_DIR: out });
    expect(result.status, result.stderr).toBe(0);
    const projects = JSON.parse(readFileSync(join(out, 'projects.json'), 'utf8')) as Array<{ planYear: number }>;
    expect(projects.filter((p) => p.planYear === 2008)).toHaveLength(14);
    const quality = JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8')) as Array<{
      kind: string;
      sources: Array<{ lineStart: number }>;
    }>;
    expect(quality.filter((q) => q.kind === 'page-break-line').map((q) => q.sources[0]!.lineStart)).toEqual([108]);
    rmSync(seeds, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('an output folder that cannot be made: one line, exit 1', () => {
    const parent = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(parent, 'file'), 'a file where a folder should be');
    const result = run({ OUT_DIR: join(parent, 'file', 'data') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^data build failed: \/.*\/file: output not written, is a file where a folder is needed; .* is unchanged$/m,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    rmSync(parent, { recursive: true, force: true });
  });

  it('one more table row gives one more project, with no code change', () => {
    const seeds = withSeeds((dir) =>
      editMinutes(dir, '\tProomu-hanke\n', '\tUusi kokeiluhanke\n\tHeinola\n\t10 000\n\n\tProomu-hanke\n'),
    );
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const result = run({ SEEDS_DIR: seeds, OUT_DIR: out });
    expect(result.status, result.stderr).toBe(0);
    const projects = JSON.parse(readFileSync(join(out, 'projects.json'), 'utf8')) as Array<{
      name: string;
      planYear: number;
    }>;
    expect(projects.filter((p) => p.planYear === 2008)).toHaveLength(15);
    expect(existsSync(join(out, 'schema.json')) && statSync(join(out, 'schema.json')).size > 1000).toBe(true);
    rmSync(seeds, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('runs as npm run data writes it, deterministically', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    execFileSync(process.execPath, [tsx, 'scripts/build-data.ts'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: out },
      stdio: 'pipe',
    });
    const first = readFileSync(join(out, 'projects.json'), 'utf8');
    execFileSync(process.execPath, [tsx, 'scripts/build-data.ts'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: out },
      stdio: 'pipe',
    });
    expect(readFileSync(join(out, 'projects.json'), 'utf8')).toBe(first);
    rmSync(out, { recursive: true, force: true });
  });
});
