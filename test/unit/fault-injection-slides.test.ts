import { type Case, previewRetitled, runFaultCases } from './faultCases.ts';
import { S, SLIDES, at, edit, lineOf } from './seedMutations.ts';
import { HAS_SOURCES } from './sources.ts';
import type { Dataset, Event } from '../../src/data/schema.ts';

/** The events as the build orders them: dated ones by date, then those without a year; ties by id. */
const sortEvents = (d: Dataset) =>
  d.events.sort(
    (a, b) =>
      Number(a.start.startsWith('--')) - Number(b.start.startsWith('--')) ||
      a.start.localeCompare(b.start) ||
      a.id.localeCompare(b.id),
  );
/** The baseline with one slide event changed (or added) as the mutation changes it. */
const withSlideEvent = (d: Dataset, title: string, change: Partial<Event>) => {
  const e = d.events.find((x) => x.title === title);
  if (e) Object.assign(e, change);
  else d.events.push({ title, projectId: null, place: null, end: null, ...change } as Event);
  sortEvents(d);
};

/** Fault injection on the ministry's slides (001): spellings, punctuation, copies and order (see faultCases.ts). */

const TEASER_TITLE = 'Keski-Suomessa 2008 2011. Hankesuunnitelma\n';
const MEANS = 'Ehkäistään ennalta ja puututaan varhain Varmistetaan henkilöstön riittävyys ja osaaminen Luodaan eheä';
const SLIDE_8_DATE = 'aluejohtoryhmät, kehittämissuunnitelmat (28.2.)';

/** The document's lines with `edit` applied to the line starting `start`. */
const onLine = (start: string, change: (line: string, lines: string[], i: number) => void) => {
  const lines = S.split('\n');
  const i = lines.findIndex((l) => l.startsWith(start));
  if (i < 0 && HAS_SOURCES) throw new Error(`test setup: no line starts ${JSON.stringify(start)}`);
  if (i >= 0) change(lines[i]!, lines, i);
  return lines.join('\n');
};
const swap = (a: string, b: string) =>
  onLine(a, (line, lines, i) => {
    const j = lines.findIndex((l) => l.startsWith(b));
    lines[i] = lines[j]!;
    lines[j] = line;
  });
/** A copy of the line starting `start`, changed by `change`, inserted before it. */
const copyBefore = (start: string, change: (line: string) => string) =>
  onLine(start, (line, lines, i) => lines.splice(i, 0, change(line), ''));

const cases: Case[] = [
  // --- dates and numbers ---
  {
    name: 'a teaser period with an en dash ("2008–2011")',
    mutation: { [SLIDES]: edit(S, TEASER_TITLE, 'Keski-Suomessa 2008–2011. Hankesuunnitelma\n') },
    expected: { outcome: 'a', adjust: previewRetitled('stm-presentation', '2008 2011', '2008–2011') },
  },
  {
    name: 'a teaser period with an em dash between spaces ("2008 — 2011")',
    mutation: { [SLIDES]: edit(S, TEASER_TITLE, 'Keski-Suomessa 2008 — 2011. Hankesuunnitelma\n') },
    expected: { outcome: 'a', adjust: previewRetitled('stm-presentation', '2008 2011', '2008 – 2011') },
  },
  {
    name: 'a teaser period written as dates ("1.1.2008–31.12.2011")',
    mutation: { [SLIDES]: edit(S, TEASER_TITLE, 'Keski-Suomessa 1.1.2008–31.12.2011. Hankesuunnitelma\n') },
    expected: {
      outcome: 'a',
      adjust: previewRetitled('stm-presentation', '2008 2011', '1.1.2008–31.12.2011', {
        start: '2008-01-01',
        end: '2011-12-31',
      }),
    },
  },
  {
    name: 'a slide date without its last full stop ("(28.2)") keeps the note on two slides disagreeing',
    mutation: { [SLIDES]: edit(S, '(28.2.)', '(28.2)') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a month range with a spaced en dash ("(huhti – toukokuu)") keeps the note',
    mutation: { [SLIDES]: edit(S, '(huhti-toukokuu)', '(huhti – toukokuu)') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a slide date out of its parentheses keeps the note',
    mutation: { [SLIDES]: edit(S, SLIDE_8_DATE, 'aluejohtoryhmät, kehittämissuunnitelmat 28.2.') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a slide date with its year keeps the note, quoting the year',
    mutation: { [SLIDES]: edit(S, '(28.2.)', '(28.2.2009)') },
    expected: {
      outcome: 'a',
      adjust: (d) => {
        const note = d.quality.find((q) => q.kind === 'slide-dates-differ')!;
        if (note.kind === 'slide-dates-differ') note.values.written[1] = '28.2.2009';
        // The slide now gives the year: the event is dated with it.
        withSlideEvent(d, 'kehittämissuunnitelmat', { start: '2009-02-28', id: '20090228-kehittamissuunnitelmat' });
      },
    },
  },
  {
    name: 'a theme area number without its full stop ("7 Pitkäaikaisasunnottomuus")',
    mutation: { [SLIDES]: edit(S, ' 7. Pitkä', ' 7 Pitkä') },
    expected: { outcome: 'a' },
  },
  {
    name: 'a theme area glued to its number ("7.Pitkäaikaisasunnottomuus")',
    mutation: { [SLIDES]: edit(S, ' 7. Pitkä', ' 7.Pitkä') },
    expected: { outcome: 'b', message: at(SLIDES, 16, 'theme area 6 "Sosiaali- .*" holds a number') },
  },
  {
    name: 'a reversed teaser period ("2011 2008")',
    mutation: { [SLIDES]: edit(S, TEASER_TITLE, 'Keski-Suomessa 2011 2008. Hankesuunnitelma\n') },
    expected: {
      outcome: 'b',
      message: at(SLIDES, lineOf(S, TEASER_TITLE), 'the teaser titled with .* gives no period of two years in order'),
    },
  },

  // --- headings in another case ---
  {
    name: 'slide 11\'s heading in sentence case ("Pohjois-Suomen Tukeva (…)") keeps its areas',
    mutation: { [SLIDES]: edit(S, '11 POHJOIS-SUOMEN TUKEVA (', '11 Pohjois-Suomen Tukeva (') },
    expected: { outcome: 'a' },
  },
  {
    name: '"TEEMA-ALUEET" in capitals',
    mutation: { [SLIDES]: edit(S, 'Keinot Teema-alueet', 'Keinot TEEMA-ALUEET') },
    expected: { outcome: 'a' },
  },
  {
    name: "slide 13's heading in sentence case",
    mutation: {
      [SLIDES]: edit(
        S,
        '13 VÄLI-SUOMEN LASTEN, NUORTEN JA LAPSIPERHEIDEN PALVELUJEN KEHITTÄMINEN',
        '13 Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittäminen',
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'the marker of the dating teaser in capitals ("LISÄTIEDOT")',
    mutation: {
      [SLIDES]: edit(S, 'Lisätiedot\n\nLasten ja perheiden', 'LISÄTIEDOT\n\nLasten ja perheiden'),
    },
    expected: { outcome: 'a' },
  },

  // --- punctuation ---
  {
    name: 'an en dash for the hyphen of "Remontti - lasten"',
    mutation: { [SLIDES]: edit(S, 'Remontti - lasten', 'Remontti – lasten') },
    expected: { outcome: 'a' },
  },
  {
    name: 'an em dash for the hyphen of "Lapsen ääni -kehittämisohjelma"',
    mutation: { [SLIDES]: edit(S, 'Lapsen ääni -kehittämisohjelma', 'Lapsen ääni —kehittämisohjelma') },
    expected: { outcome: 'a' },
  },
  {
    name: 'en dashes for the hyphens of slide 8\'s "Itä- ja Keski-Suomen"',
    mutation: {
      [SLIDES]: edit(S, 'Itä- ja Keski-Suomen lasten ja perheiden', 'Itä– ja Keski–Suomen lasten ja perheiden'),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'the means written as sentences with full stops',
    mutation: {
      [SLIDES]: edit(
        S,
        MEANS,
        'Ehkäistään ennalta ja puututaan varhain. Varmistetaan henkilöstön riittävyys ja osaaminen. Luodaan eheä',
      ),
    },
    expected: { outcome: 'a' },
  },
  {
    name: 'a colon between a goal and its indicator count',
    mutation: { [SLIDES]: edit(S, 'vähenee 5 indikaattoria', 'vähenee: 5 indikaattoria') },
    expected: { outcome: 'a' },
  },

  // --- copies and order ---
  {
    name: 'slides 7 and 8 swapped',
    mutation: { [SLIDES]: swap('7 VALTAKUNNALLINEN', '8 Kaste') },
    expected: { outcome: 'a' },
  },
  {
    name: 'slides 10 and 11 swapped',
    mutation: { [SLIDES]: swap('10 ITÄ-', '11 POHJOIS-') },
    expected: { outcome: 'a' },
  },
  {
    name: 'slide 11 copied word for word before itself',
    mutation: { [SLIDES]: copyBefore('11 POHJOIS-', (l) => l) },
    expected: { outcome: 'a' },
  },
  {
    name: 'slide 8 lost its number',
    mutation: { [SLIDES]: edit(S, '\n8 Kaste -ohjelmalla', '\nKaste -ohjelmalla') },
    expected: {
      outcome: 'b',
      message: at(SLIDES, lineOf(S, '\n8 Kaste'), 'a slide without its number between slides 7 and 9'),
    },
  },
  {
    name: 'a copy of slide 11 with other areas before the original',
    mutation: { [SLIDES]: copyBefore('11 POHJOIS-', (l) => l.replace('Kainuu)', 'Lappi)')) },
    expected: {
      outcome: 'b',
      message: at(SLIDES, lineOf(S, '\n11 POHJOIS') + 2, 'slide 11 is written again here, differently from line 30'),
    },
  },
  {
    name: 'a copy of slide 8 with another date before the original',
    mutation: { [SLIDES]: copyBefore('8 Kaste', (l) => l.replace('(28.2.)', '(huhti-toukokuu)')) },
    expected: {
      outcome: 'b',
      message: at(SLIDES, lineOf(S, '\n8 Kaste') + 2, 'slide 8 is written again here, differently from line 24'),
    },
  },
  {
    name: 'an unnumbered copy of slide 6 with another region before the original',
    mutation: {
      [SLIDES]: copyBefore('6 Kastehankkeet', (l) =>
        l.replace(/^6 /, '').replace('Pohjois-Suomessa Valtion', 'Lapissa Valtion'),
      ),
    },
    expected: {
      outcome: 'b',
      message: at(SLIDES, lineOf(S, '\n6 Kastehankkeet'), 'a line among the slides without a slide number'),
    },
  },
  {
    name: 'a copy of the goals slide with another indicator count before the original',
    mutation: { [SLIDES]: copyBefore('4 KASTE', (l) => l.replace('5 indikaattoria', '7 indikaattoria')) },
    expected: {
      outcome: 'b',
      message: at(SLIDES, lineOf(S, '\n4 KASTE') + 2, '.* is written again here, differently from line 16'),
    },
  },
  {
    name: 'a copy of the dating teaser with other years before the original',
    mutation: {
      [SLIDES]: edit(
        S,
        'Lisätiedot\n\nLasten ja perheiden',
        'Lisätiedot\n\nLasten ja perheiden hyvinvointipalveluiden. Itä- ja Keski-Suomessa 2009 2012. Hankesuunnitelma\n\nLisätiedot\n\nLasten ja perheiden',
      ),
    },
    expected: {
      outcome: 'b',
      message: at(
        SLIDES,
        lineOf(S, TEASER_TITLE) + 4,
        'this teaser dates the project of .* 2008–2011, the teaser of line 124 2009–2012',
      ),
    },
  },

  // --- what the slides newly say: a note ---
  {
    name: 'slide 8 dates the steering event of slide 7 differently',
    mutation: { [SLIDES]: edit(S, SLIDE_8_DATE, `${SLIDE_8_DATE}, ohjaustilaisuus (15.3.)`) },
    expected: {
      outcome: 'c',
      note: { kind: 'slide-dates-differ', document: 'stm-presentation', line: lineOf(S, '\n7 VALTAKUNNALLINEN') },
      // Slide 8's item is an event of its own, dated as slide 8 dates it.
      adjust: (d) =>
        withSlideEvent(d, 'ohjaustilaisuus', {
          id: '0315-ohjaustilaisuus',
          kind: 'meeting',
          start: '--03-15',
          source: { document: 'stm-presentation', lineStart: lineOf(S, '\n8 Kaste'), lineEnd: lineOf(S, '\n8 Kaste') },
        }),
    },
  },
  {
    name: "slide 14 pasted with slide 5's text",
    mutation: {
      [SLIDES]: onLine('14 Kehittämisohjelman', (line, lines, i) => {
        lines[i] = `${line} ${lines.find((l) => l.startsWith('5 Lasten'))!.slice(2)}`;
      }),
    },
    expected: {
      outcome: 'c',
      note: { kind: 'slide-copies-slide', document: 'stm-presentation', line: lineOf(S, '\n14 Kehittämisohjelman') },
    },
  },
  {
    name: 'a dated seminar written with an en dash before "seminaari"',
    mutation: { [SLIDES]: edit(S, 'Lasten Kaste -seminaari 5.10.2010', 'Lasten Kaste –seminaari 5.10.2010') },
    expected: { outcome: 'a' },
  },
  {
    name: "a final report's municipalities on its cover in lower case are no areas",
    mutation: {
      [SLIDES]: edit(S, 'KAUHAJOKI, TEUVA, ISOJOKI, KARIJOKI SEKÄ', 'Kauhajoki, Teuva, Isojoki, Karijoki sekä'),
    },
    expected: {
      outcome: 'b',
      message:
        /PROGRAMME_TRANSLATIONS\["Kauhajoki, Teuva, Isojoki, Karijoki, Suupohjan peruspalveluliikelaitoskuntayhtymä"\] matches no phrase/,
    },
  },
];

runFaultCases('fault injection on the STM slides', cases, 14);
