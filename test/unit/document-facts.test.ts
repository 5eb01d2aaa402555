import { beforeAll, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '../../scripts/normalise/index.ts';
import { renderDataset } from '../../scripts/write.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { geoDir, seedsDir, withSources } from './sources.ts';

let data: Dataset;
beforeAll(() => {
  data = buildDataset({ seedsDir, geoDir });
});

withSources('what the documents say beyond the tables', () => {
  it('publishes the national goals, means, the five Kaste regions and their child-and-family projects', () => {
    const p = data.programme;
    expect(p.goals.map((g) => g.indicatorCount)).toEqual([5, 6, 8]);
    // The transcript lost the compound-ellipsis hyphen ("hyvinvointija"); LOST_HYPHENS restores it, with a note.
    expect(p.goals[1]!.name).toBe('Hyvinvointi ja terveys lisääntyvät, hyvinvointi- ja terveyserot kaventuvat');
    expect(data.quality.filter((q) => q.kind === 'lost-hyphen').map((q) => q.values)).toEqual([
      { written: 'hyvinvointija', read: 'hyvinvointi- ja' },
    ]);
    expect(p.means).toHaveLength(3);
    expect(p.regions.map((r) => r.id)).toEqual([
      'ita-ja-keski-suomi',
      'lansi-suomi',
      'pohjois-suomi',
      'etela-suomi',
      'vali-suomi',
    ]);
    expect(p.regionalProjects.map((r) => [r.regionId, r.grantStatus])).toEqual([
      ['ita-ja-keski-suomi', 'decision'],
      ['lansi-suomi', 'decision'],
      ['pohjois-suomi', 'decision'],
      ['etela-suomi', 'application'],
      ['vali-suomi', 'application'],
      ['vali-suomi', 'application'],
      ['pohjois-suomi', 'application'],
    ]);
    expect(p.ownProjectId).toBe(p.regionalProjects[4]!.id);
    expect(p.ownPriorities.map((x) => x.provinceIds)).toEqual([
      [],
      ['etela-pohjanmaa', 'paijat-hame', 'pohjanmaa'],
      ['kanta-hame', 'pirkanmaa', 'pohjanmaa'],
    ]);
    expect(p.phases).toEqual([expect.objectContaining({ name: 'Kaste 2012–2015', start: '2012', end: '2015' })]);
  });

  it("tells the ministry's Länsi-Suomi Remontti apart from the minutes' Remontti rows", () => {
    const remontti = data.programme.regionalProjects.find((r) => r.name.startsWith('Remontti'))!;
    expect(remontti.regionId).toBe('lansi-suomi');
    expect(remontti.notSameAs).toEqual(data.projects.filter((p) => p.name.startsWith('Remontti')).map((p) => p.id));
    expect(remontti.notSameAs).toHaveLength(2);
  });

  it('gives the Vaasa family centre its goals, ages, methods, posts, results, phases, decisions and predecessor', () => {
    const d = data.details.find((x) => x.projectId === 'vaasan-perhekeskus')!;
    expect([
      d.goals.length,
      d.methods.length,
      d.results.length,
      d.phases.length,
      d.staffing.length,
      d.decisions.length,
    ]).toEqual([3, 6, 4, 3, 5, 2]);
    expect(d.ages).toMatchObject({ from: 0, to: 18 });
    expect(d.staffing.filter((s) => s.newPost === false).every((s) => s.employerOrganisationId === 'vaasa')).toBe(true);
    // Line 44: the three of the city's staff it names work part-time; the social instructor it leaves out is not said to.
    expect(d.staffing.map((s) => [s.role, s.workShare?.text ?? null, s.workShare?.translation?.en ?? null])).toEqual([
      ['hankekoordinaattori', null, null],
      ['terveydenhoitaja', 'osa-aikaisesti', 'part-time'],
      ['sosiaaliohjaaja', null, null],
      ['lastentarhan-opettaja', 'osa-aikaisesti', 'part-time'],
      ['nuoriso-ohjaaja', 'osa-aikaisesti', 'part-time'],
    ]);
    expect(d.staffing[1]!.workShare?.source.lineStart).toBe(44);
    expect(d.linked.map((l) => [l.relation, l.name.slice(0, 20), l.start])).toEqual([
      ['predecessor', 'Pikku Saga', '2004-09-01'],
      ['successor', 'Perhekeskusmallin ja', '2009'],
    ]);
    // The open day-care centres' districts are where it works (line 28), Roparnäs in Swedish, Gustavborg not Finnish.
    expect(d.locations.map((l) => [l.text, l.translation?.sv ?? null, l.source.lineStart])).toEqual([
      ['Ristinummi', 'Ristinummi', 28],
      ['Huutoniemi', 'Roparnäs', 28],
      ['Gustavborg', 'Gustavborg', 28],
    ]);
    const vaasa = data.regions.organisations.find((o) => o.id === 'vaasa')!;
    expect(vaasa.town).toBe(true);
    expect(vaasa.aliasTranslations?.['Vaasan sosiaali- ja terveysvirasto']?.sv).toBe(
      'Vasa stads social- och hälsovårdsverk',
    );
    expect(data.regions.organisations.find((o) => o.id === 'mustasaari')?.town).toBeUndefined();
    const kulttuurikaari = data.projects.find((p) => p.name === 'Ikäihmisten kulttuurikaari')!;
    expect([kulttuurikaari.names, kulttuurikaari.renderings?.sv]).toEqual([undefined, 'Kulturbåge för äldre']);
  });

  it('gives LasSe its staffing, municipal share, budget split, figures, schedule and related projects', () => {
    const d = data.details.find((x) => x.projectId.startsWith('lasse'))!;
    expect(d.staffing.reduce((n, s) => n + (s.count ?? 0), 0)).toBe(5);
    expect(d.financing.find((f) => f.organisation === 'kunnat')).toMatchObject({
      percent: 25,
      source: { lineStart: 37 },
    });
    expect(d.figures.find((f) => f.key === 'survey-respondents')).toMatchObject({
      value: 36,
      source: { lineStart: 43 },
    });
    expect(d.linked.map((l) => l.name)).toContain('Parempi Arki Väli-Suomen Kastehanke');
    // Each module's phases in time order: the plan lists module A's repeat "at the end of the project" (2015-02)
    // after a phase of 2015-06, and module B's benchmarking (2014-02) after its introduction (2015-01).
    expect(d.phases.filter((p) => p.scope === 'A-moduuli').map((p) => p.start)).toEqual([
      '2014-02',
      '2014-08',
      '2015-02',
      '2015-06',
    ]);
    expect(d.phases.filter((p) => p.scope === 'B-moduuli').map((p) => [p.start, p.label])).toEqual([
      ['2013-09', 'suunnittelu'],
      ['2014-02', 'kokeilu'],
      ['2014-02', 'benchmarkkaus'],
      ['2014-09', 'analysointi'],
      ['2014-09', 'vertaiskäynnit jatkuvat'],
      ['2015-01', 'käyttöönotto, vakiinnuttaminen'],
    ]);
    expect([...new Set(d.phases.map((p) => p.scope))]).toEqual([
      'A-moduuli',
      'B-moduuli',
      'Kutsuttu asiantuntijaryhmä',
    ]);
  });

  it("reads the titles: Lahti's period, the Pohjanmaa project's period, Sastamala's and Väli-Suomi's provinces, Remontti along its continuation", () => {
    const project = (start: string) => data.projects.find((p) => p.name.startsWith(start))!;
    expect(project('Pitkäaikaisasunnottomuuden vähentäminen').period).toMatchObject({
      start: '2008',
      end: '2011',
      source: { lineStart: 152 },
    });
    expect(project('Pohjanmaa-hanke').period).toMatchObject({ start: '2005', end: '2014', source: { lineStart: 223 } });
    expect(project('Sastamalan').provinceIds).toEqual(['pirkanmaa']);
    // The whole region's six provinces, Keski-Pohjanmaa too, though it took no part in LasSe.
    expect(project('Hyvinvoiva Väli-Suomi').provinceIds).toEqual([
      'etela-pohjanmaa',
      'kanta-hame',
      'keski-pohjanmaa',
      'paijat-hame',
      'pirkanmaa',
      'pohjanmaa',
    ]);
    const remontti2009 = data.projects.find((p) => p.planYear === 2009 && p.name.startsWith('Remontti'))!;
    expect(remontti2009.provinceIds).toEqual(['etela-pohjanmaa', 'keski-pohjanmaa', 'pohjanmaa']);
    expect(remontti2009.period).toBeNull();
    const statements = data.details.find((x) => x.projectId === remontti2009.id)!.statements;
    expect(statements.map((s) => [s.kind, s.source.lineStart])).toEqual([
      ['provinces-from-predecessor', 120],
      ['withdrawal', 34],
    ]);
  });

  it('dates 69 events: autumn 2008, the 2005–2006 report, the slides’ seminars, steering items and a final report, application rounds, decisions, meetings, evaluations, reports, LasSe’s recruitments, training and workshops; 18 without a year', () => {
    const byKind = (k: string) => data.events.filter((e) => e.kind === k).length;
    expect(data.events).toHaveLength(69);
    expect([
      byKind('seminar'),
      byKind('meeting'),
      byKind('application-round'),
      byKind('evaluation'),
      byKind('decision'),
      byKind('training'),
      byKind('report'),
      byKind('recruitment'),
    ]).toEqual([13, 30, 2, 4, 2, 5, 10, 3]);
    expect(
      data.events
        .filter((e) => e.kind === 'recruitment' || /projektijohtajien työkokous/.test(e.title))
        .map((e) => [e.kind, e.start, e.end, e.source.lineStart]),
    ).toEqual([
      ['recruitment', '2013-08', null, 27],
      ['meeting', '--02-06', null, 41],
      ['recruitment', '--03', '--04', 27],
      ['recruitment', '--08', null, 29],
      ['meeting', '--10-07', null, 41],
    ]);
    // A day or month the slides give without a year stays without one (--MM-DD), after every dated event.
    expect(
      data.events
        .filter((e) => e.source.document === 'stm-presentation')
        .map((e) => [e.title, e.start, e.end, e.place]),
    ).toEqual([
      ['Hyvinvointialan kehittäjäseminaari HYVÄ-aluefoorum', '2009-12-10', null, null],
      ['Etelä-Pohjanmaan Kaste seminaari', '2010-01-18', null, null],
      ['Lasten Kaste -seminaari', '2010-10-05', null, null],
      ['Selevä Paletti - Loppuraportti', '2011', null, null],
      ['aluesuunnittelijoiden tapaaminen ministeriössä', '--02', null, null],
      ['Kaste -ohjelman toimeenpanosuunnitelma', '--02', null, null],
      ['kehittämissuunnitelmat', '--02-28', null, null],
      ['RAY:n strategiaseminaari', '--03-08', null, 'Helsinki'],
      ['päätöksen saaneiden hankkeiden ohjaustilaisuus', '--03-12', null, null],
      ['RAY:n strategiaseminaari', '--03-16', null, 'Turku'],
      ['alueiden kehittämissuunnitelmat', '--04', '--05', null],
      ['ministerin aluekierrokset', '--06-01', null, 'Pori'],
    ]);
    expect(data.events.filter((e) => e.start.startsWith('--'))).toHaveLength(18);
    expect(data.events.filter((e) => e.source.document === 'pohjanmaa-report-2005-2006')).toHaveLength(9);
    expect(data.events.filter((e) => e.time).map((e) => [e.start, e.time])).toEqual([
      ['2008-10-03', '12.00'],
      ['2012-03-14', '12.00–14.45'],
      ['2012-06-06', '9.00–11.30'],
      ['2012-09-07', '9.15–12.05'],
      ['2013-02-04', '10.00–13.30'],
      ['2014-05-19', '12.30–15.00'],
      ['2014-09-23', '12.30–13.30'],
      ['2014-12-02', '12.30–15.00'],
      ['2015-02-10', '12.30–15.30'],
      ['2015-02-17', '9.00–11.30'],
      ['2015-10-20', '12–15'],
    ]);
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
    const yearless = data.events.findIndex((e) => e.start.startsWith('--'));
    expect(data.events.slice(yearless).every((e) => e.start.startsWith('--'))).toBe(true);
    for (const part of [data.events.slice(0, yearless), data.events.slice(yearless)])
      expect(part.map((e) => e.start)).toEqual([...part.map((e) => e.start)].sort());
  });

  it("publishes the activity report's objectives, developer groups, counts and the units that became 2009 projects", () => {
    expect(data.report.objectives).toHaveLength(3);
    expect(data.report.developerGroups).toHaveLength(4);
    expect(data.report.figures.find((f) => f.key === 'steering-group-meetings')!.value).toBe(12);
    expect(data.report.plannedUnits.map((u) => u.projectIds[0]!.slice(0, 20))).toEqual([
      '2009-osterbottens-ut',
      '2009-varhaiskasvatuk',
      '2009-pohjanmaan-maak',
      '2009-pokeva-keski-su',
    ]);
  });

  it('adds the discrepancies and caveats the tables alone do not show, with their own lines', () => {
    const q = (id: string) => data.quality.find((x) => x.id === id)!;
    expect(q('theme-order-2009').values).toEqual({ planYear: 2009, tableOrder: [1, 2, 4, 3, 5, 6] });
    expect(q('amounts-applied-for-2008').sources[0]!.lineStart).toBe(82);
    expect(q('list-examples-2009').sources[0]!.lineStart).toBe(179);
    expect(
      q('placement-2009-parempaa-perheelle-ii-jarviseudun-ja-kuusiokuntien').sources.map((s) => s.lineStart),
    ).toEqual([193, 309, 311]);
    expect(q('spelling-variant-504').sources[0]!.lineStart).toBe(21);
    expect(data.quality.filter((x) => x.kind === 'lost-figure')).toHaveLength(24);
    expect(data.quality.filter((x) => x.kind === 'recorded-variants')).toHaveLength(19);
    // An impossible date (31 April) and a date with a digit lost, at the teasers' lines.
    expect(q('variants-lasse-teaser-dates').sources.map((s) => s.lineStart)).toEqual([419, 619]);
    expect(q('variants-lasse-sonet-botnia').sources.map((s) => s.lineStart)).toEqual([19, 29]);
    expect(q('variants-slides-report-lost-dates').severity).toBe('gap');
  });

  it('records what one document says in two ways: spellings, a staffing list, a copied slide, two dates', () => {
    const of = (kind: string) =>
      data.quality
        .filter((x) => x.kind === kind)
        .map((x) => [x.values, x.sources.map((s) => `${s.document}:${s.lineStart}`)]);
    expect(of('name-spelling-variants')).toEqual([
      [{ name: 'SONet BOTNIA', written: ['SonetBotnia'] }, ['minutes-2008:2', 'minutes-2008:229']],
      [{ name: 'Pikku-Saga', written: ['Pikku Saga'] }, ['vaasa-family-centre-plan:11', 'vaasa-family-centre-plan:11']],
      [
        { name: 'SONet BOTNIA', written: ['SoNet Botnia', 'SONetBOTNIA'] },
        ['lasse-plan:19', 'lasse-plan:67', 'lasse-plan:37'],
      ],
      [{ name: 'LasSe', written: ['Lasse', 'LaSse'] }, ['lasse-plan:1', 'lasse-plan:39', 'lasse-plan:15']],
    ]);
    expect(of('plan-staffing-differs')).toEqual([
      [
        {
          listed: ['terveydenhoitaja', 'sosiaaliohjaaja', 'lastentarhan-opettaja', 'nuoriso-ohjaaja'],
          working: ['terveydenhoitaja', 'lastentarhanopettaja', 'nuoriso-ohjaaja'],
        },
        ['vaasa-family-centre-plan:38', 'vaasa-family-centre-plan:44'],
      ],
    ]);
    expect(of('slide-copies-slide')).toEqual([
      [
        {
          slide: 13,
          copiedSlide: 9,
          sharedWords: 44,
          phrase:
            'MENETELMÄ Pilottikunnat ja -seudut Satakunnassa ja Varsinais-Suomessa Lastensuojelun kehittämisyksiköt Sosiaalialan',
        },
        ['stm-presentation:34', 'stm-presentation:26'],
      ],
    ]);
    expect(of('slide-dates-differ')).toEqual([
      [
        { term: 'kehittämissuunnitelmat', slides: [7, 8], written: ['huhti-toukokuu', '28.2.'] },
        ['stm-presentation:22', 'stm-presentation:24'],
      ],
    ]);
    expect(data.funding.summedTotals.find((t) => t.planYear === 2009)!.amountEur).toBeNull();
  });

  it("gives other regions' projects the period, areas, sub-projects and continuations the slides and teasers state", () => {
    const rp = (start: string) => data.programme.regionalProjects.find((p) => p.name.startsWith(start))!;
    expect(rp('Lasten ja perheiden palvelujen kehittäminen Itä-').period).toEqual({
      start: '2008',
      end: '2011',
      source: { document: 'stm-presentation', lineStart: 124, lineEnd: 124 },
    });
    expect(rp('Tukeva').areas).toEqual(['Oulunseutu', 'Oulunkaari', 'Kainuu']);
    expect(rp('Tukeva').parts).toEqual([
      {
        name: 'Oulunkaaren osahanke',
        translation: { sv: 'Oulunkaaris delprojekt', en: 'the Oulunkaari sub-project' },
        relation: 'sub-project',
        start: '2009-01-01',
        end: '2010-10-31',
        source: { document: 'stm-presentation', lineStart: 190, lineEnd: 190 },
      },
      {
        name: 'TUKEVA 2',
        relation: 'successor',
        start: '2010',
        end: '2012',
        source: { document: 'stm-presentation', lineStart: 268, lineEnd: 268 },
      },
    ]);
    expect(rp('Remontti').period).toBeUndefined();
    expect(rp('Remontti').parts).toBeUndefined();
  });

  it('publishes the 450 000 € gap as possibly one row, and the administrator count as a reading — never applied', () => {
    expect(data.quality.find((x) => x.kind === 'explanation-gap-rows')).toMatchObject({
      values: { gap: 450000, projectIds: ['2008-yhteinen-vastuu-lapsista-ja-nuorista-kanta'] },
    });
    expect(data.quality.find((x) => x.kind === 'explanation-count-reading')).toMatchObject({
      values: { stated: 9, reading: 'comma-list-as-one' },
    });
    expect(data.funding.statedTotals[0]!.amountEur).toBe(9528150);
    expect(data.funding.costs.filter((c) => c.planYear === 2008)).toHaveLength(11);
  });

  it('names what the minutes, slides and Vaasa plan give outside the tables: bodies, projects, lists, reports, numbers', () => {
    const of = (id: string) => data.sources.find((d) => d.id === id)!;
    const row = (m: NonNullable<Dataset['sources'][number]['mentions']>[number]) =>
      [m.source.lineStart, m.kind, m.name, m.under, m.start, m.end, m.places.join(', ')].join(' | ');
    expect(of('minutes-2008').mentions!.map(row)).toEqual([
      '33 | organisation | Väli-Suomen alueellinen johtoryhmä |  |  |  | ',
      '34 | document | Väli-Suomen yhdyshenkilömuistio |  |  |  | ',
      '34 | project | Ikääntyvien palvelujen hankekokonaisuus |  |  |  | ',
      '34 | item | ls- kehyt | lasten, nuorten ja perheiden hankekokonaisuus |  |  | ',
      '34 | item | perhehanke | lasten, nuorten ja perheiden hankekokonaisuus |  |  | ',
      '34 | item | varhaiskasvatus | lasten, nuorten ja perheiden hankekokonaisuus |  |  | ',
      '41 | organisation | Etelä-Pohjanmaan alueellinen ohjausryhmä | uusi kokoonpano | 2009 | 2010 | ',
      '62 | document | E-P:n Hyvinvointibarometri |  |  |  | ',
      '62 | project | Kehittävät kuntapalvelut -hanke | E-P:n Hyvinvointibarometrin päivittäminen | 2009 |  | ',
      '297 | project | Sosiaalialan kehittämishanke | LASTENSUOJELU |  |  | ',
      '305 | project | Suupohjan seudullinen hanke | VARHAISKASVATUS | 2007 |  | ',
      '313 | website | Kersanet | lapsiperhesivusto/portaali |  |  | ',
      '313 | law | Paras-lainsäädäntö |  |  |  | ',
    ]);
    const slides = of('stm-presentation');
    expect(slides.mentions!.filter((m) => m.source.lineStart === 14).map((m) => m.name)).toHaveLength(10);
    expect(slides.mentions!.filter((m) => m.source.lineStart !== 14).map(row)).toEqual([
      '18 | heading | Lasten, nuorten ja perheiden palvelujen kehittäminen Kaste -ohjelmassa |  |  |  | ',
      '22 | item | ministerin aluekierrokset |  |  |  | Espoo, Jyväskylä, Seinäjoki, Pori, Oulu',
      '26 | organisation | Turun Lapsi- ja nuorisotutkimuskeskus |  |  |  | ',
      '38 | model | AMSTERDAMIN PERHEKESKUSMALLI |  |  |  | ',
      '40 | project | PERHE -hanke |  |  |  | ',
      '40 | project | Kuntahankkeet |  | 2005 | 2007 | ',
      '40 | document | Perhekeskustoiminnan kehittäminen. PERHE - hankkeen loppuraportti. STM Selvityksiä 2008:12 |  | 2008 |  | ',
      '50 | model | fyysinen tila | Perhekeskusratkaisut kunnissa |  |  | Hfors, Kainuu, Tuusula, Salo',
      '50 | model | verkostomalli | Perhekeskusratkaisut kunnissa |  |  | Helsinki, Jkylä, Espoo',
      '50 | model | seudullinen rakenne | Perhekeskusratkaisut kunnissa |  |  | Kainuu',
      '54 | model | HELSINGIN LAPASET |  |  |  | ',
      '54 | item | 3 ja 5 - vuotis tarkastukset | HELSINGIN LAPASET |  |  | ',
      '56 | heading | Perhekeskukset Kainuuseen |  |  |  | ',
      '62 | model | Tampere Hyvinvointia neuvolasta |  |  |  | ',
      '66 | heading | LAPSIPERHEIDEN PERHETYÖ ESPOOSSA |  |  |  | ',
      '66 | organisation | TUOMARILAN LASTENKOTI JA PERHETUKIKESKUS | LAPSIPERHEIDEN PERHETYÖ ESPOOSSA |  |  | ',
      '78 | heading | EHKÄISEVÄ LASTENSUOJELU |  |  |  | ',
      '102 | document | VARHAINEN TUKI JA OSALLISUUS - PERHEKESKUSTEN KEHITTÄMINEN | Etelä-Pohjanmaan Kaste seminaari | 2010-01-18 |  | ',
      '162 | programme | RAY:n avustusstrategiakausi |  | 2012 | 2015 | ',
    ]);
    expect(slides.figures!.map((f) => [f.source.lineStart, f.value, f.upTo ?? null, f.unit])).toEqual([
      [40, 100, null, 'count'],
      [52, 4, null, 'count'],
      [54, 2, null, 'count'],
      [54, 2, 4, 'count'],
      [84, 70, null, 'percent'],
    ]);
    expect(of('vaasa-family-centre-plan').mentions!.map(row)).toEqual([
      '9 | document | Vaasan kaupungin strategia |  |  | 2020 | ',
      '11 | document | Pikku-Sagan loppuraportti |  | 2006 |  | ',
    ]);
    // Every name, heading and figure has its Swedish and English; only the website's name stays as it is.
    const all = data.sources.flatMap((d) => d.mentions ?? []);
    expect(all.filter((m) => !m.translation).map((m) => m.name)).toEqual(['Kersanet']);
    expect(all.filter((m) => m.under && !m.underTranslation)).toEqual([]);
    expect(data.sources.flatMap((d) => d.figures ?? []).filter((f) => !f.labelTranslation)).toEqual([]);
  });

  it('links a named organisation to regions.json by its name, a town by its municipality, and the curated other name', () => {
    const linked = data.sources
      .flatMap((d) => d.organisations ?? [])
      .filter((o) => o.organisationId)
      .map((o) => `${o.name} → ${o.organisationId}`);
    expect(new Set(linked)).toEqual(
      new Set([
        'Vaasan kaupunki → vaasa',
        'Kokkolan kaupunki → kokkola',
        'Eskoon kuntayhtymä → eskoo',
        'Kokkola → kokkola',
        'Pietarsaari → pietarsaari',
        'Vaasa → vaasa',
        'Seinäjoki → seinajoki',
        'Mustasaari → mustasaari',
        'Lahti → lahti',
        'Tampere → tampere',
        'Forssa → forssa',
        'Riihimäki → riihimaki',
      ]),
    );
  });

  it("carries no contact details or private persons' names, the documents' previews and mentions included", () => {
    const previews = data.sources.flatMap((d) => d.previews ?? []);
    expect(previews).toHaveLength(121);
    const mentions = data.sources.flatMap((d) => [...(d.mentions ?? []), ...(d.figures ?? [])]);
    const text = JSON.stringify([data.programme, data.events, data.details, data.report, previews, mentions]);
    expect(text).not.toMatch(
      /@|\b0\d{1,2}[- ]\d{3}|Forslund|Penttinen|Rantanen|Koponen|Viitala|Luomala|Laiho|Lehtola|Engstr|Möttönen|Toiviainen/,
    );
  });
});

withSources('the writer checks the new files against the rest', () => {
  it('refuses details of a project that does not exist, and an event that ends before it starts', () => {
    const broken = structuredClone(data);
    broken.details[0]!.projectId = 'no-such-project';
    expect(() => renderDataset(broken)).toThrow(/details of no-such-project: unknown project/);
    const early = structuredClone(data);
    early.events[0]!.end = '1999';
    const { document, lineStart } = early.events[0]!.source;
    const file = data.sources.find((s) => s.id === document)!.file.replace('.', '\\.');
    expect(() => renderDataset(early)).toThrow(
      new RegExp(`\\n  ${file}:${lineStart}: event \\S+: ends before it starts`),
    );
  });
});

withSources('bad input in the documents the new parsers read', () => {
  const withEdit = (file: string, from: string, to: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(seedsDir, dir, { recursive: true });
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`test setup: "${from}" not found`);
    writeFileSync(path, text.replace(from, to));
    return dir;
  };
  it.each([
    [
      '002_8693d7b1f13daa76.txt',
      '\n2008\n',
      '\n2008 alkaen\n',
      /002_8693d7b1f13daa76\.txt:82: "2008 alkaen" is neither a phase heading/,
    ],
    [
      '000_34c4f4e8cbac8681.txt',
      'Eskoossa 3.10.2008',
      'Eskoossa lokakuussa',
      /000_34c4f4e8cbac8681\.txt:66: the next meeting has no/,
    ],
    [
      '004_2387fd943a303f05.txt',
      'kuntien omavastuuosuutta 25 %',
      'kuntien omavastuuosuutta',
      /004_2387fd943a303f05\.txt:\d+: cannot find the figure "municipal-share"/,
    ],
    [
      '001_5e72e1e76d65b102.txt',
      'Selevä paletti',
      'Selevä',
      /001_5e72e1e76d65b102\.txt:20: no project starting "Selevä paletti"/,
    ],
  ])('%s: %s → names the file and line', (file, from, to, message) => {
    const dir = withEdit(file, from, to);
    try {
      expect(() => buildDataset({ seedsDir: dir, geoDir })).toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
