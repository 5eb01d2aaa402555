import { describe, expect, it } from 'vitest';
import { lineAt, readSource } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { parseMunicipalityCsv } from './geoCsv.ts';
import { municipalityLookup } from '../normalise/regions.ts';
import { afterRepeatedTitle, statedFacts } from './previewStated.ts';
import { geoDir, seedsDir, withSources } from '../../test/unit/sources.ts';

const none: { start: string | null; end: string | null } = { start: null, end: null };
const noPlaces = () => null;

/** What the facts say, without the fields a case does not give. */
const brief = (facts: ReturnType<typeof statedFacts>) =>
  facts.map(({ fact, start, end, name, section, places, from }) => ({
    fact,
    ...(start && { start }),
    ...(end && { end }),
    ...(name && { name }),
    ...(section && { section }),
    ...(places.length && { places }),
    from,
  }));

describe('what a preview’s text line states', () => {
  it('reads a date only where the words say what it dates', () => {
    const text = 'TUKEVA Oulunkaaren osahankkeen loppuraportti 1.1.2009-31.10.2010 19.10.2010 Etu Suku';
    expect(brief(statedFacts('TUKEVA.', text, none, noPlaces))).toEqual([
      { fact: 'period', start: '2009-01-01', end: '2010-10-31', from: 'text' },
      { fact: 'dated', start: '2010-10-19', from: 'text' },
    ]);
    // The title's own period is not repeated.
    expect(brief(statedFacts('TUKEVA.', text, { start: '2009-01-01', end: '2010-10-31' }, noPlaces))).toEqual([
      { fact: 'dated', start: '2010-10-19', from: 'text' },
    ]);
    expect(
      brief(
        statedFacts('x', 'Käsitelty ja hyväksytty sivistystoimenjohtajien ohjausryhmässä 16.5.2012.', none, noPlaces),
      ),
    ).toEqual([{ fact: 'approved', start: '2012-05-16', name: 'sivistystoimenjohtajien ohjausryhmä', from: 'text' }]);
    expect(brief(statedFacts('x', 'Lokakuu 2011, päivitetty 1.2.2012 Vammaispalveluhanke', none, noPlaces))).toEqual([
      { fact: 'updated', start: '2012-02-01', from: 'text' },
    ]);
  });

  it('reads no project period, meeting or talk date as the document’s, and no period as a report’s date', () => {
    // The LasSe minutes' header gives the project's period first: only the meeting's "Aika:" is the minutes' date.
    const minutes =
      'Sivu 1 / 5 VäliSuomessa 1.4.2013 31.10.2015 LasSe Ohjausryhmän 6. kokous PÖYTÄKIRJA Aika: ti 23.9.2014 klo 12.30';
    expect(brief(statedFacts('LasSe', minutes, none, noPlaces))).toEqual([
      { fact: 'met', start: '2014-09-23', from: 'text' },
    ]);
    expect(statedFacts('x', 'Juhlaseminaari 30.3.2015 Ylilääkäri', none, noPlaces)).toEqual([]);
    expect(statedFacts('x', 'loppuraportti 1.1.2009-31.10.2010 Sisällys', none, noPlaces)).toEqual([]);
    expect(statedFacts('x', 'Ohjausryhmä 1.4.2013 31.10.2015 päivitetty', none, noPlaces)).toEqual([]);
    // A day no month has is no date: the board's meeting is dropped, not read as its year.
    expect(statedFacts('x', 'Perusturvalautakunta 31.4.2011 105', none, noPlaces)).toEqual([]);
  });

  it('reads a list of three or more municipalities the lookup knows, and no shorter list', () => {
    const lookup = (w: string, genitive: boolean) =>
      (genitive ? ['Alan', 'Bein', 'Cen'] : ['Aa', 'Bee', 'Cee']).includes(w)
        ? { fi: w, names: { sv: `${w}-sv`, en: w } }
        : null;
    expect(statedFacts('x', 'Otsikko AA, BEE SEKÄ CEE Sisällys', none, lookup)).toEqual([]);
    expect(brief(statedFacts('x', 'Otsikko AA, BEE, CEE SEKÄ YHTYMÄ', none, lookup))).toEqual([
      { fact: 'municipalities', places: ['Aa', 'Bee', 'Cee'], from: 'text' },
    ]);
    expect(brief(statedFacts('x', 'Alan kunta Bein kunta Cen kaupunki 1', none, lookup))[0]!.places).toEqual([
      'Alan',
      'Bein',
      'Cen',
    ]);
  });
});

withSources('the previews’ text lines of the slides and the LasSe plan', () => {
  const slides = readSource(seedsDir, '001_5e72e1e76d65b102.txt');
  const lasse = readSource(seedsDir, '004_2387fd943a303f05.txt');
  const lookup = municipalityLookup(parseMunicipalityCsv(readSource(geoDir, 'municipalities-2013.csv')));
  const at = (src: typeof slides, titleLine: number, title = squash(lineAt(src, titleLine)), own = none) =>
    brief(
      statedFacts(title, afterRepeatedTitle(squash(lineAt(src, titleLine)), lineAt(src, titleLine + 2)), own, lookup),
    );

  it('a board’s date with its section and the joint area’s three municipalities (slides 184–186)', () => {
    expect(at(slides, 184, undefined, { start: '2011', end: '2015' })).toEqual([
      { fact: 'board', start: '2011-12-21', name: 'Perusturvalautakunta', section: '105', from: 'text' },
      { fact: 'municipalities', places: ['Siilinjärvi', 'Maaninka', 'Nilsiä'], from: 'text' },
    ]);
  });

  it('the reports’ dates and the interim report’s period (slides 148, 192, 198)', () => {
    const tuulas = squash(lineAt(slides, 148));
    expect(brief(statedFacts(tuulas, '', { start: '2007', end: '2009' }, lookup))).toEqual([
      { fact: 'dated', start: '2009-12-11', from: 'title' },
    ]);
    expect(at(slides, 190, undefined, { start: '2009-01-01', end: '2010-10-31' })).toEqual([
      { fact: 'dated', start: '2010-10-19', from: 'text' },
    ]);
    expect(at(slides, 196)).toEqual([
      { fact: 'period', start: '2011-05-01', end: '2011-10-31', from: 'text' },
      { fact: 'dated', start: '2011-10-28', from: 'text' },
    ]);
  });

  it('a thesis’s month and university, no person (slides 220–222)', () => {
    const facts = at(slides, 220);
    expect(facts).toEqual([
      { fact: 'dated', start: '2014-05', from: 'text' },
      { fact: 'issuer', name: 'Helsingin yliopisto', from: 'text' },
    ]);
  });

  it('an issuer line, a period after the title’s words, the lists of municipalities (slides 238–276)', () => {
    expect(at(slides, 238, undefined, { start: '2012-02-01', end: '2012-12-31' })).toEqual([
      { fact: 'dated', start: '2012-12-21', from: 'text' },
      { fact: 'issuer', name: 'Tampereen kaupunki', from: 'text' },
    ]);
    expect(at(slides, 262)).toEqual([{ fact: 'period', start: '2011', end: '2012', from: 'text' }]);
    expect(at(slides, 250)[0]!.places).toEqual(['Kauhajoki', 'Teuva', 'Isojoki', 'Karijoki']);
    expect(at(slides, 274, undefined, { start: '2010', end: '2012' })[0]!.places).toHaveLength(8);
    expect(at(slides, 142, undefined, { start: '2013', end: '2015' })[0]!.places).toEqual([
      'Turku',
      'Kaarina',
      'Raisio',
      'Parainen',
      'Kemiönsaari',
    ]);
  });

  it('the LasSe minutes’ meeting, not the project’s period; an update; an approval; a labelled organisation', () => {
    expect(at(lasse, 59)).toEqual([{ fact: 'met', start: '2014-09-23', from: 'text' }]);
    expect(at(lasse, 119)).toEqual([{ fact: 'updated', start: '2015-12-04', from: 'text' }]);
    expect(at(lasse, 305)).toEqual([
      { fact: 'approved', start: '2012-05-16', name: 'sivistystoimenjohtajien ohjausryhmä', from: 'text' },
    ]);
    expect(at(lasse, 545)).toEqual([{ fact: 'issuer', name: 'Hämeen liitto', from: 'text' }]);
  });
});
