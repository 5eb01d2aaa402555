import { expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { parseReportEvents, parseReportFacts, parseReportLists, parseReportPriorities } from './activityReport.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = () => readSource(seedsDir, '003_a770a4bc205e09dd.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

withSources('the activity report 2005–2006', () => {
  it('reads the five priority headings', () => {
    expect(parseReportPriorities(real(), []).map((p) => p.name)).toEqual([
      'Lastensuojelu ja varhainen puuttuminen',
      'Maahanmuuttajasosiaalityö',
      'Järjestötyö',
      'Vammaispalvelut',
      'Osaava henkilöstö ja työn organisointi',
    ]);
  });

  it('reads the three objectives of the period', () => {
    expect(parseReportFacts(real()).objectives).toEqual([
      { text: 'edistää lasten, nuorten ja perheiden hyvinvoinnin tukemista', line: 9 },
      { text: 'vahvistaa henkilöstön asiantuntemusta, erityisosaamista ja saatavuutta', line: 9 },
      { text: 'kehittää seudullista ja kuntarajat ylittävää yhteistyötä', line: 9 },
    ]);
  });

  it("reads which province's planner leads which developer group", () => {
    expect(parseReportFacts(real()).developerGroups.map((g) => [g.name, g.ledBy, g.line])).toEqual([
      ['Varhaiskasvatuksen kehittäjäryhmä', 'Etelä-Pohjanmaan suunnittelija', 59],
      ['Vanhustyön kehittäjäryhmä', 'Keski-Pohjanmaan suunnittelija', 59],
      ['Vammaistyön kehittäjäryhmä', 'Pohjanmaan suunnittelija', 59],
      ['Maahanmuuttajatyön kehittäjäryhmä', 'Pohjanmaan suunnittelija', 59],
    ]);
  });

  it('reads the counts, number words included', () => {
    const f = Object.fromEntries(parseReportFacts(real()).figures.map((x) => [x.key, [x.value, x.line]]));
    expect(f).toEqual({
      'steering-group-meetings': [12, 5],
      'child-protection-projects': [8, 23],
      'bikva-experts': [3, 29],
      'disability-projects-prepared': [2, 45],
      'early-education-group-meetings-per-year': [3, 63],
      'municipalities-in-area': [56, 73],
      'disability-workshops': [2, 83],
      'project-worker-meetings-per-year': [2, 93],
      'directors-meetings-per-year': [2, 95],
    });
  });

  it('reads its short lists in their basic form, a hyphen taking the head the next item shares', () => {
    expect(parseReportLists(real()).map((l) => [l.key, l.items, l.line])).toEqual([
      ['bikva-results', ['Bikva-arviointiopas', 'hyvät käytännöt – kuvaus Väylän toimintamallista'], 29],
      ['planned-study-modules', ['Kolmas sektori ja sosiaalinen pääoma'], 39],
      ['disability-projects', ['kuljetuspalvelut', 'henkilökohtaisen avun keskus'], 45],
      [
        'planned-projects',
        ['sosiaalipäivystyshanke', 'lastensuojelun kehittämisyksikkö', 'vammaispalvelujen kehittämishankkeet'],
        49,
      ],
      ['created', ['varhaiskasvatuksen asiantuntijarekisteri'], 63],
      ['substance-groups', ['varhaiskasvatus', 'lastensuojelu', 'vanhustyö', 'vammaistyö'], 101],
    ]);
    expect(() => parseReportLists(edit(real(), 'vanhus- ja vammaistyössä', 'vanhus- ja vammaisasioissa'))).toThrow(
      /^003_a770a4bc205e09dd\.txt:101: "vanhus-" shares no head with the item after it/,
    );
  });

  it('reads the project the report says ended, with its year', () => {
    expect(parseReportFacts(real()).projects.filter((p) => p.end)).toEqual([
      { name: 'maahanmuuttajasosiaalityön hanke', end: '2005', line: 34 },
    ]);
    const later = parseReportFacts(edit(real(), 'päätyttyä syksyllä 2005', 'päätyttyä keväällä 2006'));
    expect(later.projects.find((p) => p.end)?.end).toBe('2006');
  });

  it('fails with file and line when a count is not a number', () => {
    expect(() =>
      parseReportFacts(
        edit(real(), 'kokoontunut toimintakauden aikana 12 kertaa', 'kokoontunut toimintakauden aikana useita kertaa'),
      ),
    ).toThrow(/^003_a770a4bc205e09dd\.txt:5: "useita" is not a number/);
    expect(() => parseReportFacts(edit(real(), /suunnittelija vastaa/, 'suunnittelija hoitaa'))).toThrow(
      /^003_a770a4bc205e09dd\.txt:\d+: cannot find who leads the developer groups/,
    );
  });

  it('reads the dated items: courses, meetings, a seminar and a pilot, with their places', () => {
    expect(parseReportEvents(real()).map((e) => [e.kind, e.title, e.start, e.end, e.place, e.line])).toEqual([
      ['training', 'Arviointi hyvinvointipalvelujen kehittämisessä', '2006-09-26', '2007-02-14', 'HY, Palmenia', 17],
      ['evaluation', 'Stakesin Bikva - arviointimenetelmän pilottiryhmä', '2004', '2005', null, 29],
      ['meeting', 'kaksikielinen lastensuojelun työkokous', '2005', null, 'Pohjanmaalla', 31],
      [
        'seminar',
        'maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari',
        '2006',
        null,
        'Vaasassa',
        34,
      ],
      ['meeting', 'julkisen ja järjestösektorin laaja työkokous', '2005', null, 'Vaasassa', 39],
      ['training', 'sosiaalityön arvosanaopetus', '2005', null, 'Vaasassa', 51],
      ['training', 'ruotsinkielinen opetus', '2006', null, 'Vaasassa', 51],
      ['meeting', 'vanhustyön kehittäjäryhmän järjestämässä tilaisuudessa', '2005', null, 'Seinäjoella', 73],
      ['training', 'palveluohjauksen erikoistumisopinnot', '2005', null, null, 83],
    ]);
  });

  it('follows a changed date and fails on an unreadable one', () => {
    const moved = parseReportEvents(edit(real(), 'Keväällä 2006 toteutettiin', 'Keväällä 2007 toteutettiin'));
    expect(moved[3]!.start).toBe('2007');
    expect(() => parseReportEvents(edit(real(), '(26.9.2006 -14.2.2007', '(31.9.2006 -14.2.2007'))).toThrow(
      /^003_a770a4bc205e09dd\.txt:17: no such date "31\.9\.2006"/,
    );
    expect(() => parseReportEvents(edit(real(), /\(2004–05\)/, '(2004–03)'))).toThrow(
      /^003_a770a4bc205e09dd\.txt:29: the period "2004–03" ends before it starts/,
    );
  });
});
