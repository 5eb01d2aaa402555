import type { Dataset } from '../../src/data/schema.ts';
import { R, REPORT, at, edit, lineOf } from './seedMutations.ts';
import { type Case, runFaultCases } from './faultCases.ts';

/** Fault injection on the activity report 2005–2006 (see faultCases.ts for the three outcomes). */

const STEERING = 'Ohjausryhmä on kokoontunut toimintakauden aikana 12 kertaa';
const OBJECTIVES = 'Pohjanmaalla toimintakauden tavoitteena on ollut';
const GROUPS = 'Etelä- Pohjanmaan suunnittelija vastaa';
const COURSE = '(26.9.2006 -14.2.2007 HY, Palmenia)';
const BIKVA = '(2004–05)  Stakesin Bikva - arviointimenetelmän';
const SPECIALISATION = 'Seinäjoen ammattikorkeakoulu toteutti (2005) palveluohjauksen erikoistumisopinnot';
const FIRST_PARAGRAPH = '\nSONet BOTNIAn toiminta Pohjanmaalla';

/** Puts `paragraph` before the report's first paragraph (two lines down), as a copy pasted at the top would be. */
const before = (paragraph: string) => edit(R, FIRST_PARAGRAPH, `\n${paragraph}\n${FIRST_PARAGRAPH}`);
const COPY_LINE = lineOf(R, FIRST_PARAGRAPH);

/** The label of a count quotes the document's words, so a count written otherwise is quoted otherwise. */
const label = (key: string, written: string) => (d: Dataset) => {
  d.report.figures.find((f) => f.key === key)!.label = written;
};

const lines = R.split('\n');
const chapter = (heading: string, next: string) =>
  `${lines.slice(lineOf(R, `\n${heading}\n`) - 1, lineOf(R, `\n${next}\n`) - 1).join('\n')}\n`;
const NGO = chapter('Järjestötyö', 'Vammaispalvelut');
const DISABILITY = chapter('Vammaispalvelut', 'Osaava henkilöstö ja työn organisointi');

const cases: Case[] = [
  // --- (a) another spelling of the same fact: the same data ---
  {
    name: 'the heading years spaced around an en dash ("2005 – 2006")',
    mutation: { [REPORT]: edit(R, 'toimintakertomus 2005–2006', 'toimintakertomus 2005 – 2006') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'the heading years with a hyphen and a two-digit end ("2005-06")',
    mutation: { [REPORT]: edit(R, 'toimintakertomus 2005–2006', 'toimintakertomus 2005-06') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a course period with an en dash and no spaces ("26.9.2006–14.2.2007")',
    mutation: { [REPORT]: edit(R, COURSE, '(26.9.2006–14.2.2007 HY, Palmenia)') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a course period with two-digit years and a spaced hyphen ("26.9.06 - 14.2.07")',
    mutation: { [REPORT]: edit(R, COURSE, '(26.9.06 - 14.2.07 HY, Palmenia)') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a hyphen for the en dash before "koulutuksella"',
    mutation: { [REPORT]: edit(R, 'kehittämisessä – koulutuksella', 'kehittämisessä - koulutuksella') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a year range written in full with a spaced hyphen ("2004 - 2005")',
    mutation: { [REPORT]: edit(R, BIKVA, BIKVA.replace('2004–05', '2004 - 2005')) },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a year range with a hyphen ("2004-05")',
    mutation: { [REPORT]: edit(R, BIKVA, BIKVA.replace('2004–05', '2004-05')) },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'an en dash for the spaced hyphen of a name ("Bikva – arviointimenetelmän")',
    mutation: { [REPORT]: edit(R, BIKVA, BIKVA.replace('Bikva - ', 'Bikva – ')) },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'an en dash for the broken hyphen of a province ("Etelä– Pohjanmaan")',
    mutation: { [REPORT]: edit(R, GROUPS, 'Etelä– Pohjanmaan suunnittelija vastaa') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'an em dash for the hyphen of a shared ending ("vammais— ja maahanmuuttajatyön")',
    mutation: { [REPORT]: edit(R, 'vammais- ja maahanmuuttajatyön', 'vammais— ja maahanmuuttajatyön') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a priority heading in capitals',
    mutation: { [REPORT]: edit(R, '\nVammaispalvelut\n', '\nVAMMAISPALVELUT\n') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'the closing chapter heading in capitals',
    mutation: {
      [REPORT]: edit(
        R,
        '\nAlueellinen ja ylimaakunnallinen toiminta\n',
        '\nALUEELLINEN JA YLIMAAKUNNALLINEN TOIMINTA\n',
      ),
    },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a count in digits written as a number word ("kaksitoista kertaa")',
    mutation: { [REPORT]: edit(R, STEERING, STEERING.replace('12', 'kaksitoista')) },
    expected: {
      outcome: 'a',
      adjust: label('steering-group-meetings', 'kokoontunut toimintakauden aikana kaksitoista kertaa'),
    },
  },
  {
    name: 'a frequency word written as digits and "kertaa" ("3 kertaa" for "kolmesti")',
    mutation: { [REPORT]: edit(R, 'keskimäärin kolmesti vuodessa', 'keskimäärin 3 kertaa vuodessa') },
    expected: {
      outcome: 'a',
      adjust: label('early-education-group-meetings-per-year', 'keskimäärin 3 kertaa vuodessa'),
    },
  },
  {
    name: '"kaksi kertaa" written "kahdesti"',
    mutation: { [REPORT]: edit(R, 'työkokouksia kaksi kertaa vuodessa', 'työkokouksia kahdesti vuodessa') },
    expected: {
      outcome: 'a',
      adjust: label('project-worker-meetings-per-year', 'projektityöntekijöiden työkokouksia kahdesti vuodessa'),
    },
  },
  {
    name: 'the full stop lost at the end of the objectives paragraph',
    mutation: { [REPORT]: edit(R, 'ylittävää yhteistyötä. \n', 'ylittävää yhteistyötä \n') },
    expected: { outcome: 'a', exact: true },
  },
  {
    name: 'a count stated again, the same, in a copy before the original',
    mutation: { [REPORT]: before(`${STEERING}.`) },
    expected: { outcome: 'a' },
  },

  // --- (b) a copy that disagrees, a run-on sentence, another order: an error naming the line ---
  {
    name: 'a copy of a count that disagrees, before the original (12 → 14)',
    mutation: { [REPORT]: before(`${STEERING.replace('12', '14')}.`) },
    expected: {
      outcome: 'b',
      message: at(
        REPORT,
        lineOf(R, STEERING) + 2,
        `the count "steering-group-meetings" here \\(12\\) differs from line ${COPY_LINE} \\(14\\)`,
      ),
    },
  },
  {
    name: 'a copy of a dated item that disagrees, before the original (2005 → 2006)',
    mutation: { [REPORT]: before(`${SPECIALISATION.replace('2005', '2006')}.`) },
    expected: {
      outcome: 'b',
      message: at(
        REPORT,
        lineOf(R, SPECIALISATION) + 2,
        `the dated item "palveluohjauksen erikoistumisopinnot" here \\("2005"\\) differs from line ${COPY_LINE} \\("2006"\\)`,
      ),
    },
  },
  {
    name: 'a copy of the objectives that disagrees, before the original',
    mutation: { [REPORT]: before(`${OBJECTIVES} edistää lasten hyvinvointia.`) },
    expected: {
      outcome: 'b',
      message: at(REPORT, lineOf(R, OBJECTIVES) + 2, `the objectives here .* differs from line ${COPY_LINE}`),
    },
  },
  {
    name: 'a copy of who leads the developer groups that disagrees, before the original',
    mutation: { [REPORT]: before('Pohjanmaan suunnittelija vastaa vanhustyön kehittäjäryhmien toiminnasta.') },
    expected: {
      outcome: 'b',
      message: at(
        REPORT,
        lineOf(R, GROUPS) + 2,
        `who leads the developer groups here .* differs from line ${COPY_LINE}`,
      ),
    },
  },
  {
    name: 'the full stop lost between two objective sentences',
    mutation: { [REPORT]: edit(R, 'saatavuutta. Kolmantena', 'saatavuutta Kolmantena') },
    expected: {
      outcome: 'b',
      message: at(REPORT, lineOf(R, OBJECTIVES), 'the objective ".*" runs into another sentence at "Kolmantena"'),
    },
  },
  {
    name: 'two priority chapters in another order',
    mutation: { [REPORT]: edit(R, NGO + DISABILITY, DISABILITY + NGO) },
    expected: {
      outcome: 'b',
      message: at(REPORT, lineOf(R, '\nJärjestötyö\n'), 'the pohjanmaa-2005-2006 themes come here in another order'),
    },
  },
];

runFaultCases('fault injection on the activity report', cases, 12);
