import { type Case, previewRetitled, runFaultCases } from './faultCases.ts';
import { L, LASSE, at, edit, lineOf } from './seedMutations.ts';

/**
 * Fault injection on the LasSe plan (004) and its "Lisätiedot" teasers: dates, dashes and headings spelt another
 * way read the same data; a lost full stop, or a copy that contradicts the original, stops the build at its line.
 */

const lines = L.split('\n');
/** The teaser of the 6th steering-group meeting: its marker, title and text lines with the blank lines between. */
const STEERING_6 = lines.slice(56, 62).join('\n');
const SHARES = 'Välittäjä 2009 Hankkeessa mukana:';

const cases: Case[] = [
  // --- (a) the same data ---
  {
    name: 'a meeting date without its weekday',
    mutation: { [LASSE]: edit(L, 'Aika: ma 19.5.2014', 'Aika: 19.5.2014') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a weekday written out and capitalised',
    mutation: { [LASSE]: edit(L, 'Aika: ti 23.9.2014', 'Aika: Tiistai 23.9.2014') },
    expected: { outcome: 'a' },
  },
  {
    name: "the regional board's date without its weekday",
    mutation: { [LASSE]: edit(L, 'Aika: tiistai 17.2. 2015', 'Aika: 17.2.2015') },
    expected: { outcome: 'a' },
  },
  {
    name: '"Pöytäkirja" and "Muistio" for the headings in capitals',
    mutation: {
      [LASSE]: edit(
        edit(L, 'Ohjausryhmän 6. kokous PÖYTÄKIRJA', 'Ohjausryhmän 6. kokous Pöytäkirja'),
        'Ohjausryhmän 11. kokous MUISTIO',
        'Ohjausryhmän 11. kokous Muistio',
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'a KASPERI record headed "MUISTIO … Aika:"',
    mutation: {
      [LASSE]: edit(L, 'Ohjausryhmän kokous Muistio 3/2012 AIKA:', 'Ohjausryhmän kokous MUISTIO 3/2012 Aika:'),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'a report period written with an en dash',
    mutation: { [LASSE]: edit(L, 'Toiminnan kuvaus 1.1.2014 31.10.2014', 'Toiminnan kuvaus 1.1.2014–31.10.2014') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a related project period with a dash',
    mutation: { [LASSE]: edit(L, 'Kastehanke 1.3.2015 31.10.2017', 'Kastehanke 1.3.2015 - 31.10.2017') },
    expected: { outcome: 'a' },
  },
  {
    name: '"1-2015" for the newsletter number "1/2015"',
    mutation: {
      [LASSE]: edit(
        L,
        'VER SO UUTISKIRJE 1/2015 Lastensuojelutarpeen',
        'VER SO UUTISKIRJE 1-2015 Lastensuojelutarpeen',
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'an en dash in "Kaste 2012–2015"',
    mutation: { [LASSE]: L.replaceAll('Kaste 2012-2015', 'Kaste 2012–2015') },
    expected: { outcome: 'a', adjust: previewRetitled('lasse-plan', 'Kaste 2012-2015', 'Kaste 2012–2015') },
  },
  {
    name: 'an em dash between years ("2011 — 2013")',
    mutation: { [LASSE]: L.replaceAll('2011-2013', '2011 — 2013') },
    expected: { outcome: 'a' },
  },
  {
    name: 'en dashes in the evaluation and schedule months',
    mutation: {
      [LASSE]: edit(
        edit(L, 'väliarviointi 11 12/2014', 'väliarviointi 11–12/2014'),
        '2-8/14 kokeilu',
        '2–8/14 kokeilu',
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'a spaced dash in an employer\'s name ("Verso – liikelaitokseen")',
    mutation: { [LASSE]: edit(L, 'ja yksi Verso-liikelaitokseen.', 'ja yksi Verso – liikelaitokseen.') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a spaced dash in a province of the participants ("Etelä – Pohjanmaalta")',
    mutation: {
      [LASSE]: edit(
        L,
        'Etelä-Pohjanmaalta ja Pohjanmaalta hankkeeseen',
        'Etelä – Pohjanmaalta ja Pohjanmaalta hankkeeseen',
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'a spaced dash in the first province heading of the matrix',
    mutation: { [LASSE]: edit(L, 'ITSELLISET KUNNAT Etelä- Pohjan maa', 'ITSELLISET KUNNAT Etelä – Pohjan maa') },
    expected: { outcome: 'a' },
  },
  {
    name: '"Tammikuusta 2014 lähtien" for "alkaen"',
    mutation: { [LASSE]: edit(L, 'Tammikuusta 2014 alkaen', 'Tammikuusta 2014 lähtien') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a teaser repeated word for word',
    mutation: { [LASSE]: edit(L, STEERING_6, `${STEERING_6}\n\n${STEERING_6}`) },
    expected: { outcome: 'a' },
  },
  {
    name: 'the share table copied unchanged before the original',
    mutation: {
      [LASSE]: edit(
        L,
        'Vaasa 17.12.2009 Kimmo Mäkelä Välittäjä',
        `${SHARES} Etelä-Pohjanmaan sairaanhoitopiiri (31%) Vaasan sairaanhoitopiiri(26%) Tampereen kaupunki(13%) Hämeen päihdehuollon kuntayhtymä(30%) Kustannusarvio Vaasa 17.12.2009 Kimmo Mäkelä Välittäjä`,
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'the lost separator restored in the matrix: its note goes, the data stays',
    mutation: { [LASSE]: edit(L, 'Kristiinankaupunki Maalahti', 'Kristiinankaupunki, Maalahti') },
    expected: {
      outcome: 'a',
      adjust: (d) => {
        d.quality = d.quality.filter((q) => q.kind !== 'matrix-missing-separator');
      },
    },
  },
  // --- (c) the data and a note naming the line ---
  {
    name: 'a copy of the participant count that states another number',
    mutation: {
      [LASSE]: edit(
        L,
        'palvelualuepäällikkö Tampere:\n',
        'palvelualuepäällikkö Tampere: Hankkeessa mukana: 61 kuntaa\n',
      ),
    },
    expected: {
      outcome: 'c',
      note: {
        kind: 'lasse-count-participants-later',
        document: 'lasse-plan',
        line: lineOf(L, 'palvelualuepäällikkö Tampere:\n'),
      },
    },
  },
  // --- (b) the build stops at the line ---
  {
    name: 'a second teaser of one meeting with another date',
    mutation: { [LASSE]: edit(L, STEERING_6, `${STEERING_6}\n\n${STEERING_6.replace('23.9.2014', '30.9.2014')}`) },
    expected: {
      outcome: 'b',
      // The copy's text line: the original's, moved down by the six lines of the original.
      message: at(
        LASSE,
        lineOf(L, 'PÖYTÄKIRJA Aika: ti 23.9.2014') + 7,
        '"Ohjausryhmän 6\\. kokous" is dated 2014-09-30',
      ),
    },
  },
  {
    name: 'a second, different share table (both sum to 100)',
    mutation: {
      [LASSE]: edit(
        L,
        'Vaasa 17.12.2009 Kimmo Mäkelä Välittäjä',
        `${SHARES} Etelä-Pohjanmaan sairaanhoitopiiri (50%) Vaasan sairaanhoitopiiri(50%) Kustannusarvio Vaasa 17.12.2009 Kimmo Mäkelä Välittäjä`,
      ),
    },
    expected: {
      outcome: 'b',
      message: at(
        LASSE,
        lineOf(L, 'Vaasa 17.12.2009'),
        'the organisation shares .* written twice and the copies differ',
      ),
    },
  },
  {
    name: 'a contradicting copy of a survey sentence placed before the original',
    mutation: {
      [LASSE]: edit(
        L,
        'Kyselyyn vastasi yhteensä',
        'Kyselyyn vastasi yhteensä 99 viranhaltijaa. Kyselyyn vastasi yhteensä',
      ),
    },
    expected: {
      outcome: 'b',
      message: at(LASSE, lineOf(L, 'Kyselyyn vastasi yhteensä'), 'the figure "survey-respondents" .* copies differ'),
    },
  },
  {
    name: 'a contradicting project period placed before the original',
    mutation: {
      [LASSE]: edit(
        L,
        'Tampere: Hankeaika',
        'Tampere: Hankeaika 1.4.2013 31.12.2015 Hallinnoija: Tampereen kaupunki Hankkeessa mukana. Hankeaika',
      ),
    },
    expected: {
      outcome: 'b',
      message: at(LASSE, lineOf(L, 'Tampere: Hankeaika'), 'the project period and administrator .* copies differ'),
    },
  },
  {
    name: 'a lost full stop runs two staffing sentences together',
    mutation: { [LASSE]: edit(L, 'työsuhteessa Pikassokseen. Kaksi', 'työsuhteessa Pikassokseen Kaksi') },
    expected: {
      outcome: 'b',
      message: at(
        LASSE,
        lineOf(L, 'ovat työsuhteessa'),
        'the employer "Pikassokseen Kaksi .*" runs on past the name Pikassos',
      ),
    },
  },
  {
    name: "a lost full stop runs a competence centre's name into the next sentence",
    mutation: { [LASSE]: edit(L, 'osaamiskeskus Verso. Hankkeeseen', 'osaamiskeskus Verso Hankkeeseen') },
    expected: {
      outcome: 'b',
      message: at(LASSE, lineOf(L, 'osaamiskeskus Verso.'), 'the competence centre "Verso Hankkeeseen .*" runs on'),
    },
  },
  {
    name: 'a lost full stop runs a centre sentence into the next list of participants',
    mutation: { [LASSE]: edit(L, 'osaamiskeskus Pikassos. Etelä', 'osaamiskeskus Pikassos Etelä') },
    expected: {
      outcome: 'b',
      message: at(
        LASSE,
        lineOf(L, 'osaamiskeskus Pikassos.'),
        ".* runs the competence centre's sentence into the next list",
      ),
    },
  },
  {
    name: 'a lost full stop runs two sentences of a goal together',
    mutation: { [LASSE]: edit(L, 'on selkiytynyt. On yksilöity', 'on selkiytynyt On yksilöity') },
    expected: {
      outcome: 'b',
      message: at(
        LASSE,
        lineOf(L, 'päämäärään (tavoitteet)'),
        'goal B runs two sentences together at "selkiytynyt On"',
      ),
    },
  },
  {
    name: 'a schedule step with months the reader cannot take',
    mutation: { [LASSE]: edit(L, '2-8/14 kokeilu', '2 ja 8/14 kokeilu') },
    expected: {
      outcome: 'b',
      message: at(LASSE, lineOf(L, '2-8/14 kokeilu'), 'unreadable step "8/14" of the module B schedule'),
    },
  },
  {
    name: 'the Kaste programme named without its years',
    mutation: { [LASSE]: L.replaceAll('eli Kaste 2012-2015', 'eli Kaste') },
    expected: {
      outcome: 'b',
      message: at(LASSE, lineOf(L, 'eli Kaste 2012-2015'), 'unreadable years of the Kaste programme'),
    },
  },
  {
    name: 'the goal carried over the page break loses its full stop',
    mutation: { [LASSE]: edit(L, 'tukirakenteen myötä. 2. HANKEALUEEN', 'tukirakenteen myötä 2. HANKEALUEEN') },
    expected: {
      outcome: 'b',
      message: at(
        LASSE,
        lineOf(L, '4 Sosiaalityöntekijöiden ja lastensuojelun'),
        'the goal carried over the page break is no one sentence before the chapter heading',
      ),
    },
  },
  {
    name: 'a third coordinator placed at a centre with two posts',
    mutation: { [LASSE]: edit(L, 'Päijät-Hämeen osaamiskeskus Versossa', 'Päijät-Hämeen SONet BOTNIAssa') },
    expected: {
      outcome: 'b',
      message: at(
        LASSE,
        lineOf(L, 'Pirkanmaan ja Kanta-Hämeen projektikoordinaattorin rekrytointi'),
        'more coordinators placed at SONet BOTNIA than the plan gives it posts',
      ),
    },
  },
  {
    name: 'the population base in the teaser written as in the plan',
    mutation: { [LASSE]: edit(L, 'Väestöpohja n. 1 milj. asukasta', 'Väestöpohja n. (1) miljoona asukasta') },
    expected: { outcome: 'a' },
  },
];

runFaultCases('fault injection on the LasSe plan', cases, 16);
