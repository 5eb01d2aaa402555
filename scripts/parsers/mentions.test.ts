import { describe, expect, it } from 'vitest';
import { SourceError } from '../lib/errors.ts';
import {
  citedReports,
  namedPeriods,
  pickedMentions,
  seminarTalks,
  slideExamples,
  slideFigures,
  slideListItems,
  slidePlaceLists,
  slideYearLists,
  yearsAfter,
} from './mentions.ts';
import type { Slide } from './slideFacts.ts';

const slide = (number: number, text: string, line = number * 2): Slide => ({ number, text, line });
const src = (...lines: string[]) => ({ file: 'doc.txt', lines });

describe('the names and numbers a document gives outside the tables', () => {
  it('splits a slide that is only a list before each capital, a list of sub-items as one item', () => {
    const list = slide(
      3,
      'Valtiontalouden kehykset Hallitusohjelma Paras- hanke Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma Politiikkaohjelmat -terveyden edistäminen -lapset, nuoret ja perheet Kansalaismielipide',
    );
    expect(slideListItems([list])).toEqual([
      {
        slide: list,
        items: [
          'Valtiontalouden kehykset',
          'Hallitusohjelma',
          'Paras- hanke',
          'Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma',
          'Politiikkaohjelmat -terveyden edistäminen -lapset, nuoret ja perheet',
          'Kansalaismielipide',
        ],
      },
    ]);
    // A heading in capitals, a sentence or fewer than five items is no such list.
    expect(slideListItems([slide(4, 'KASTE Tavoitteet Keinot Teema-alueet Osallisuus Hyvinvointi')])).toEqual([]);
    expect(
      slideListItems([slide(5, 'Uudistetaan palveluja. Perustasolla kehitetään Erityispalveluja Tuodaan Koti')]),
    ).toEqual([]);
    expect(slideListItems([slide(6, 'Perhekeskukset Kainuuseen')])).toEqual([]);
  });

  it("reads a slide's examples with their places under the words before its capitals, and no person as a place", () => {
    const s = slide(
      21,
      'Perhekeskusratkaisut kunnissa RAKENTEET fyysinen tila (mm. Hfors, Kainuu, Salo ym.) verkostomalli (mm. Helsinki, Jkylä) Kumppanuuden tunnuspiirteitä (mm. Yrjö Engström)',
    );
    expect(slideExamples([s]).map((m) => [m.name, m.under, m.places])).toEqual([
      ['fyysinen tila', 'Perhekeskusratkaisut kunnissa', ['Hfors', 'Kainuu', 'Salo']],
      ['verkostomalli', 'Perhekeskusratkaisut kunnissa', ['Helsinki', 'Jkylä']],
    ]);
  });

  it("reads a slide's places after an item, without the date or 'avoin' before one", () => {
    const s = slide(
      7,
      '(huhti-toukokuu) ministerin aluekierrokset Espoo, Jyväskylä, 1.6. Pori, avoin Oulu THL:n rooli',
    );
    expect(slidePlaceLists([s]).map((m) => [m.name, m.places])).toEqual([
      ['ministerin aluekierrokset', ['Espoo', 'Jyväskylä', 'Pori', 'Oulu']],
    ]);
  });

  it('reads listed years as a period once, and stops at years that skip one', () => {
    const s = slide(16, 'Kuntahankkeet 2005, 2006,ja 2007; kuntia n. 100 Kuntahankkeet 2005, 2006,ja 2007;');
    expect(slideYearLists([s], 'doc.txt').map((m) => [m.name, m.start, m.end])).toEqual([
      ['Kuntahankkeet', '2005', '2007'],
    ]);
    expect(() => slideYearLists([slide(16, 'Kuntahankkeet 2005, 2007,ja 2008')], 'doc.txt')).toThrow(SourceError);
  });

  it('reads how often a body meets (a number word, a range), a count "n." and a share, each once', () => {
    const figures = slideFigures(
      [
        slide(22, 'Jäseninä edustajia. Kokoontuu vähintään neljä kertaa vuodessa.'),
        slide(23, 'johtoryhmä kokoontuu 2 krt vuodessa esimiesfoorumit kokoontuvat 2-4 krt vuodessa'),
        slide(16, 'kuntia n. 100 kuntia n. 100'),
        slide(38, 'Tälläkin paikkakunnalla 70 % vastanneista oli muuttanu tänne 2000-luvulla eli heillä'),
      ],
      'doc.txt',
    );
    expect(figures.map((f) => [f.key, f.value, f.upTo, f.unit, f.label])).toEqual([
      ['slide-22-meetings-per-year', 4, undefined, 'count', 'Kokoontuu vähintään neljä kertaa vuodessa'],
      ['slide-23-johtoryhma-per-year', 2, undefined, 'count', 'johtoryhmä kokoontuu 2 krt vuodessa'],
      ['slide-23-esimiesfoorumit-per-year', 2, 4, 'count', 'esimiesfoorumit kokoontuvat 2-4 krt vuodessa'],
      ['slide-16-kuntia', 100, undefined, 'count', 'kuntia n. 100'],
      ['slide-38-percent', 70, undefined, 'percent', '70 % vastanneista oli muuttanu tänne 2000-luvulla'],
    ]);
    expect(() => slideFigures([slide(22, 'Kokoontuu monta kertaa vuodessa')], 'doc.txt')).toThrow(/no number/);
  });

  it("reads the years a name's sentence gives after it; 'vuoteen' is an end; the next sentence's year is not its", () => {
    expect(yearsAfter(' toimintakausi lähestyy loppuaan ja vuonna 2009–2010 uudessa kokoonpanossa')).toEqual({
      start: '2009',
      end: '2010',
    });
    expect(yearsAfter(' vuoteen 2020 ja on suunnittelemassa')).toEqual({ start: null, end: '2020' });
    expect(yearsAfter(' päivittäminen on noussut ajankohtaiseksi. Rahaa vuodelle 2009.')).toEqual({
      start: null,
      end: null,
    });
  });

  it('finds a curated name at its line, a list as its items; a name no longer written stops at the closest line', () => {
    const doc = src(
      'Otsikko',
      'Kehittävät kuntapalvelut -hankkeessa on varattu rahaa vuodelle 2009.',
      'kokonaisuus (ls- kehyt, perhehanke,varhaiskasvatus) lisää',
    );
    const read = pickedMentions(
      doc,
      [
        { written: 'Kehittävät kuntapalvelut -hankkeessa', name: 'Kehittävät kuntapalvelut -hanke', kind: 'project' },
        { written: 'ls- kehyt, perhehanke,varhaiskasvatus', list: true, kind: 'item', under: 'kokonaisuus' },
      ],
      { dated: true },
    );
    expect(read.map((m) => [m.name, m.start, m.under, m.line])).toEqual([
      ['Kehittävät kuntapalvelut -hanke', '2009', null, 2],
      ['ls- kehyt', null, 'kokonaisuus', 3],
      ['perhehanke', null, 'kokonaisuus', 3],
      ['varhaiskasvatus', null, 'kokonaisuus', 3],
    ]);
    expect(
      pickedMentions(doc, [{ written: 'Kehittävät kuntapalvelut -hankkeessa', kind: 'project' }], { dated: false })[0],
    ).toMatchObject({ start: null, end: null });
    expect(() =>
      pickedMentions(
        src('x', 'Kehittyvät kuntapalvelut -hankkeessa on rahaa.'),
        [{ written: 'Kehittävät kuntapalvelut -hankkeessa', kind: 'project' }],
        {
          dated: true,
        },
      ),
    ).toThrow(/doc\.txt:2: the document no longer writes "Kehittävät kuntapalvelut -hankkeessa"/);
  });

  it('reads a cited final report with its year, without the speaker, page or stop; a dash spaced otherwise is the same report', () => {
    expect(
      citedReports(
        src(
          'tilaus..”(Pikku-Sagan loppuraportti.2006.s. 51).',
          'x (Sosiaalijohtaja: Perhekeskustoiminnan kehittäminen. PERHE - hankkeen loppuraportti. STM Selvityksiä 2008:12.)',
          'y (Perhetyöntekijä: Perhekeskustoiminnan kehittäminen. PERHE -hankkeen loppuraportti. STM Selvityksiä 2008:12.)',
        ),
      ).map((m) => [m.name, m.start, m.line]),
    ).toEqual([
      ['Pikku-Sagan loppuraportti', '2006', 1],
      ['Perhekeskustoiminnan kehittäminen. PERHE - hankkeen loppuraportti. STM Selvityksiä 2008:12', '2008', 2],
    ]);
  });

  it("reads a talk after its seminar's date, and a named period once; a period redated on another line stops", () => {
    expect(
      seminarTalks(
        src('Kuva: Espoo Etelä-Pohjanmaan Kaste seminaari 18.1.2010: VARHAINEN TUKI JA OSALLISUUS Kehittämispäällikkö'),
      ),
    ).toMatchObject([
      { name: 'VARHAINEN TUKI JA OSALLISUUS', under: 'Etelä-Pohjanmaan Kaste seminaari', start: '2010-01-18' },
    ]);
    const ray = (a: string, b: string) =>
      src(`09.00 RAY:n avustusstrategiakauden ${a} tavoitteet`, `RAY:n avustusstrategiakauden ${b} tavoitteet`);
    expect(namedPeriods(ray('2012 2015', '2012 2015'))).toMatchObject([
      { name: 'RAY:n avustusstrategiakausi', start: '2012', end: '2015', line: 1 },
    ]);
    expect(() => namedPeriods(ray('2012 2015', '2012 2016'))).toThrow(
      /doc\.txt:2: .* 2012–2016 here, 2012–2015 at line 1/,
    );
  });
});
