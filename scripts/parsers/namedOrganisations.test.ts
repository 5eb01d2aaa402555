import { expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { basicForm } from '../lib/basicForm.ts';
import { parseMunicipalityCsv } from './geoCsv.ts';
import { readReportNames } from './reportNames.ts';
import { readLasseNames } from './lasseNames.ts';
import { geoDir, seedsDir, withSources } from '../../test/unit/sources.ts';

const refs = () => parseMunicipalityCsv(readSource(geoDir, 'municipalities-2013.csv'));
const report = () => readSource(seedsDir, '003_a770a4bc205e09dd.txt');
const lasse = () => readSource(seedsDir, '004_2387fd943a303f05.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});
const IRREGULAR = { Himangan: 'Himanka' };
const rows = (names: ReturnType<typeof readReportNames>) =>
  names.map((n) => [n.line, n.role, n.name, n.context, n.start ?? null, n.end ?? null]);

withSources('organisations the documents name in a role', () => {
  it('puts a genitive, an illative and a foreign name with a Finnish ending in its basic form', () => {
    const r = refs();
    expect(
      [
        'Vaasan ammattikorkeakoulun',
        'Stakesin Sosiaalihuollon ekonsultaatiohankkeen',
        'Svenska yrkeshögskolanin',
        'SONet BOTNIAn',
        'Chydenius-Instituutin (JY)',
        'Pietarsaaren',
        'Lounais-Suomen aluehallintovirastoon',
        'Pohjanmaan liitto',
        'Stakes',
      ].map((x) => basicForm(x, r)),
    ).toEqual([
      'Vaasan ammattikorkeakoulu',
      'Stakesin Sosiaalihuollon ekonsultaatiohanke',
      'Svenska yrkeshögskolan',
      'SONet BOTNIA',
      'Chydenius-Instituutti (JY)',
      'Pietarsaari',
      'Lounais-Suomen aluehallintovirasto',
      'Pohjanmaan liitto',
      'Stakes',
    ]);
    expect(basicForm('sosiaalityön', r)).toBeNull();
  });

  it("reads the report's partners, funding, co-organisers and organisers with their lines and years", () => {
    const named = rows(readReportNames(report(), refs(), IRREGULAR));
    expect(named.filter((n) => n[1] !== 'member' && n[1] !== 'host')).toEqual([
      [11, 'programme', 'Sosiaalialan kehittämishanke', null, null, null],
      [15, 'partner', 'Stakes', null, null, null],
      [15, 'partner', 'NOPUS', null, null, null],
      [15, 'partner', 'Lääninhallitus', 'sosiaalialan kehittämisyhteistyö', null, null],
      [15, 'partner', 'Pohjanmaan liitto', 'rakenteiden kehittäminen', null, null],
      [23, 'funding', 'Sosiaalialan kehittämishanke', null, null, null],
      [23, 'funding', 'Syrjäytymisuhanalaisten lasten ja nuorten tukemisen kehittämisrahoitus', null, null, null],
      [23, 'partner', 'Svenska yrkeshögskolan', 'Perhetyön kehittäminen', null, null],
      [31, 'co-organiser', 'Lastensuojelun kehittämisohjelma', 'kaksikielinen lastensuojelun työkokous', '2005', null],
      [
        31,
        'co-organiser',
        'Det Finlandssvenska kompetenscentret',
        'kaksikielinen lastensuojelun työkokous',
        '2005',
        null,
      ],
      [31, 'co-organiser', 'SONet BOTNIA', 'kaksikielinen lastensuojelun työkokous', '2005', null],
      [
        34,
        'co-organiser',
        'Stakesin Sosiaalihuollon ekonsultaatiohanke',
        'työkokous ylimaakunnallisen konsultaation toteuttamisesta',
        null,
        null,
      ],
      [
        34,
        'co-organiser',
        'NOPUS',
        'maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari',
        '2006',
        null,
      ],
      [
        34,
        'co-organiser',
        'Vaasan kaupunki',
        'maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari',
        '2006',
        null,
      ],
      [51, 'organiser', 'Chydenius-Instituutti (JY)', 'sosiaalityön arvosanaopetus', '2005', null],
      [51, 'organiser', 'HY', 'ruotsinkielinen opetus', '2006', null],
      [52, 'partner', 'Vaasan ammattikorkeakoulu', null, null, null],
      [52, 'partner', 'Svenska yrkeshögskolan', null, null, null],
      [65, 'organiser', 'SOCCA', 'perhepäivähoidon osaamiskartoitukset', null, null],
      [
        73,
        'visitor',
        'Sosiaali- ja terveysministeriö',
        'vanhustyön kehittäjäryhmän järjestämässä tilaisuudessa',
        '2005',
        null,
      ],
      [103, 'programme', 'Hyvät käytännöt – ohjelma', null, null, null],
      [85, 'partner', 'Eskoon kuntayhtymä', 'Vammaistyön kehittämisyksikkö', null, null],
      [85, 'partner', 'Keski-Suomen sosiaalialan osaamiskeskus', 'Vammaistyön kehittämisyksikkö', null, null],
      [85, 'partner', 'Keski-Pohjanmaan sairaanhoitopiiri', 'Vammaistyön kehittämisyksikkö', null, null],
      [85, 'partner', 'SONet BOTNIA', 'Vammaistyön kehittämisyksikkö', null, null],
    ]);
  });

  it('reads the members of the 2004 working group and the elderly-care group, not the posts or the kinds', () => {
    const members = readReportNames(report(), refs(), IRREGULAR).filter((n) => n.role === 'member');
    expect(members.filter((n) => n.line === 39).map((n) => [n.name, n.context, n.start])).toEqual([
      ['Vaasan kaupunki', 'aluetyöryhmä', '2004'],
      ['SONet BOTNIA', 'aluetyöryhmä', '2004'],
    ]);
    const elderly = members.filter((n) => n.line === 71);
    expect(new Set(elderly.map((n) => n.context))).toEqual(new Set(['Vanhustyön kehittäjäryhmä']));
    expect(elderly.map((n) => n.name)).toEqual([
      'Kokkola',
      'Pietarsaari',
      'Vaasa',
      'Seinäjoki',
      'Kurikka',
      'Himanka',
      'Teuva',
      'Keski-Pohjanmaan ammattikorkeakoulu',
      'Etelä-Pohjanmaan ammattikorkeakoulu',
      'Vaasan ammattiopisto',
      'Vaasan yliopisto',
      'Chydenius-instituutti Kokkolan yliopistokeskus',
      'Länsi-Suomen Lääninhallitus',
    ]);
    expect(elderly.at(-1)).toMatchObject({ start: '2004', end: '2005' });
  });

  it('reads the host of each province at the end, and leaves the contact details after them', () => {
    const hosts = readReportNames(report(), refs(), IRREGULAR).filter((n) => n.role === 'host');
    expect(hosts.map((n) => [n.line, n.name, n.context])).toEqual([
      [110, 'Seinäjoen ammattikorkeakoulu', 'Etelä-Pohjanmaa'],
      [111, 'Kokkolan kaupunki', 'Keski-Pohjanmaa'],
      [112, 'Vaasan ammattikorkeakoulu', 'Pohjanmaa'],
    ]);
  });

  it('a host line that is no name (a host gone, the phone number moved up) stops at that line', () => {
    const src = edit(report(), /^Vaasan ammattikorkeakoulu$/, '06 326 3111');
    expect(() => readReportNames(src, refs(), IRREGULAR)).toThrow(
      /^003_a770a4bc205e09dd\.txt:112: "06 326 3111" is no organisation's name for the province on line 109/,
    );
  });

  it('a partner named in a case not read stops at its line; a reworded phrase names its pattern', () => {
    expect(() =>
      readReportNames(
        edit(report(), 'Svenska yrkeshögskolanin kanssa. ', 'Svenska yrkeshögskolaan kanssa. '),
        refs(),
        IRREGULAR,
      ),
    ).toThrow(/^003_a770a4bc205e09dd\.txt:23: cannot read the basic form of "Svenska yrkeshögskolaan"/);
    expect(() =>
      readReportNames(edit(report(), 'Merkittävänä yhteistyökumppanina', 'Tärkeänä kumppanina'), refs(), IRREGULAR),
    ).toThrow(/003_a770a4bc205e09dd\.txt.*yhteistyökumppanina/);
  });

  it("reads the LasSe plan's programme, funder, support, authority and networks, with what each is named in", () => {
    const named = readLasseNames(lasse(), refs(), {}).filter(
      (n) => !['member', 'chair', 'vice-chair', 'research-partner'].includes(n.role),
    );
    expect(named.map((n) => [n.line, n.role, n.name, n.context])).toEqual([
      [23, 'programme', 'LastenKaste-osaohjelma', 'toimenpide 5'],
      [25, 'funding', 'Sosiaali- ja terveysministeriö', 'pieni hanke'],
      [25, 'support', 'Innokylän oppimisverkosto', 'THL:n tuki valtionavustushankkeille'],
      [27, 'authority', 'Lounais-Suomen aluehallintovirasto', null],
      [39, 'support', 'THL:n Verdi tiimi', 'väliarviointi'],
      [41, 'support', 'THL:n Lastensuojelun oppimisverkosto', 'aloitusseminaari'],
      [49, 'organiser', 'THL:n OPER-yksikkö', 'Iso koko päivän koulutus'],
      [35, 'partner', 'Kasperi II -hanke', 'maakunnallisia verkostorakenteita'],
      [35, 'partner', 'Seinäjoen praksis-verkosto', null],
      [35, 'partner', 'Tampereen praksis-verkosto', null],
      [41, 'organiser', 'Pikassos', 'Webropol-kysely'],
    ]);
  });

  it("reads the steering group's member organisations once each, its chair's and vice-chair's, and no person", () => {
    const group = readLasseNames(lasse(), refs(), {}).filter((n) => n.line === 33);
    expect(group.filter((n) => n.role === 'member').map((n) => n.name)).toEqual([
      'Seinäjoki',
      'Kaksineuvoinen',
      'Ilmajoki',
      'Vaasa',
      'Mustasaari',
      'Kristiinan kaupunki',
      'Lahti',
      'Oiva',
      'Aava',
      'Pikassos',
      'SONet BOTNIA',
      'Verso',
      'Tampere',
      'Nokia',
      'Virrat',
      'Hämeenkyrö',
      'Valkeakoski',
      'Forssa',
      'Riihimäki',
    ]);
    expect(group.filter((n) => n.role !== 'member').map((n) => [n.role, n.name, n.context])).toEqual([
      ['vice-chair', 'Aava', 'LasSe-hankkeen ohjausryhmä'],
      ['chair', 'Tampere', 'LasSe-hankkeen ohjausryhmä'],
    ]);
    const persons = /Kuusela|Rantanen|Pajaniemi|Koponen/;
    expect(readLasseNames(lasse(), refs(), {}).some((n) => persons.test(n.name))).toBe(false);
  });

  it("reads the research partners by their organisation, without the persons or the project's own staff", () => {
    const partners = readLasseNames(lasse(), refs(), {}).filter((n) => n.role === 'research-partner');
    expect(partners.map((n) => [n.line, n.name])).toEqual([
      [35, 'Tampereen yliopisto'],
      [35, 'Tampereen ammattikorkeakoulu'],
      [35, 'Terveyden ja hyvinvoinninlaitos'],
      [35, 'Pikassos'],
    ]);
  });

  it('a new member organisation is read; the chair marked at another member moves with it', () => {
    const src = edit(
      edit(lasse(), 'palvelupäällikkö, Tampere (pj)', 'palvelupäällikkö, Tampere'),
      'sosiaalijohtaja, Hämeenkyrö',
      'sosiaalijohtaja, Hämeenkyrö (pj)',
    );
    const group = readLasseNames(src, refs(), {}).filter((n) => n.line === 33);
    expect(group.find((n) => n.role === 'chair')?.name).toBe('Hämeenkyrö');
    const added = edit(
      lasse(),
      'hyvinvointijohtaja, Oiva',
      'hyvinvointijohtaja, Oiva Maija Meikäläinen, perusturvajohtaja, Hattula',
    );
    expect(
      readLasseNames(added, refs(), {})
        .filter((n) => n.role === 'member')
        .map((n) => n.name),
    ).toContain('Hattula');
  });
});
