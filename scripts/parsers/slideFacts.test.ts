import { beforeAll, expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import {
  areasOnSlide,
  copiedRuns,
  datedSeminars,
  disagreeingDates,
  periodInTeaser,
  readSlides,
  slideDatedItems,
  teaserParts,
} from './slideFacts.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = () => readSource(seedsDir, '001_5e72e1e76d65b102.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

withSources('the ministry slides beyond the split', () => {
  let slides: ReturnType<typeof readSlides>;
  beforeAll(() => {
    slides = readSlides(real());
  });

  it('numbers the 45 slides with their lines', () => {
    expect(slides).toHaveLength(45);
    expect(slides.find((s) => s.number === 13)!.line).toBe(34);
    expect(slides.find((s) => s.number === 36)).toMatchObject({ text: '', line: 80 });
  });

  it('finds that the Väli-Suomi slide repeats the Länsi-Suomi slide, pilot regions included', () => {
    const copies = copiedRuns(slides);
    expect(copies.map((c) => [c.slide.number, c.copiedSlide.number, c.runs.reduce((n, r) => n + r.length, 0)])).toEqual(
      [[13, 9, 44]],
    );
    expect(copies[0]!.runs.map((r) => r.join(' '))).toContain(
      'MENETELMÄ Pilottikunnat ja -seudut Satakunnassa ja Varsinais-Suomessa Lastensuojelun kehittämisyksiköt Sosiaalialan osaamiskeskukset Sa',
    );
    // Rewriting slide 13's pilot regions splits that run (12 words → 5; the 4 before the edit are under a run's
    // minimum), but the layout it copied still counts: 44 − 12 + 5.
    const own = readSlides(
      edit(real(), /^13 (.*)Satakunnassa ja Varsinais-Suomessa/, '13 $1Pohjanmaalla ja Pirkanmaalla'),
    );
    expect(copiedRuns(own)[0]!.runs.reduce((n, r) => n + r.length, 0)).toBe(37);
  });

  it('finds the item two slides date differently', () => {
    expect(disagreeingDates(slides).map((t) => [t.term, t.dates.map((d) => [d.slide.number, d.written])])).toEqual([
      [
        'kehittämissuunnitelmat',
        [
          [7, 'huhti-toukokuu'],
          [8, '28.2.'],
        ],
      ],
    ]);
    expect(disagreeingDates(readSlides(edit(real(), '(28.2.)', '(huhti-toukokuu)')))).toEqual([]);
  });

  it('reads the areas a slide names for a project and the period a teaser gives', () => {
    expect(areasOnSlide(slides, 'Tukeva', 'slides.txt')).toMatchObject({
      areas: ['Oulunseutu', 'Oulunkaari', 'Kainuu'],
      slide: { number: 11 },
    });
    expect(areasOnSlide(slides, 'Remontti', 'slides.txt')).toBeNull();
    expect(periodInTeaser(real(), 'Itä- ja Keski- Suomessa')).toEqual({ start: '2008', end: '2011', line: 124 });
    // The continuation "TUKEVA 2 … 2010-2012" names Pohjois-Suomi only in its text line, not its title.
    expect(periodInTeaser(real(), 'Pohjois-Suomessa')).toBeNull();
  });

  it('reads slides in the order of their numbers and stops at a lost or contradicting one', () => {
    const src = real();
    const lines = [...src.lines];
    [lines[21], lines[23]] = [lines[23]!, lines[21]!];
    expect(readSlides({ ...src, lines }).map((s) => s.number)).toEqual(slides.map((s) => s.number));
    expect(() => readSlides(edit(real(), /^8 Kaste/, 'Kaste'))).toThrow(
      /:24: a slide without its number between slides 7 and 9$/,
    );
    const copy = [...src.lines];
    copy.splice(29, 0, copy[29]!.replace('Kainuu', 'Lappi'));
    expect(() => readSlides({ ...src, lines: copy })).toThrow(
      /:31: slide 11 is written again here, differently from line 30$/,
    );
  });

  it('reads a date however it is spelt, and compares the day without its year', () => {
    for (const written of ['(28.2)', '(28. 2.)', '28.2.', '(28.2.2009)'])
      expect(disagreeingDates(readSlides(edit(real(), '(28.2.)', written)))[0]!.dates[1]!.written).toMatch(/^28\.2\./);
    expect(disagreeingDates(readSlides(edit(real(), '(huhti-toukokuu)', '(28.2.2009)')))).toEqual([]);
  });

  it('reads a teaser period with a dash or dates, and fails on two teasers that disagree', () => {
    for (const period of ['2008–2011', '2008 – 2011', '1.1.2008-31.12.2011'])
      expect(
        periodInTeaser(
          edit(real(), /Suomessa 2008 2011\.( Hanke)/, `Suomessa ${period}.$1`),
          'Itä- ja Keski- Suomessa',
        ),
      ).toEqual({
        start: '2008',
        end: '2011',
        line: 124,
      });
    const src = real();
    const lines = [...src.lines];
    lines.splice(121, 0, 'Lisätiedot', '', lines[123]!.replace('2008 2011', '2008 2012'), '');
    expect(() => periodInTeaser({ ...src, lines }, 'Itä- ja Keski- Suomessa')).toThrow(
      /:128: this teaser dates the project of .* 2008–2011, the teaser of line 124 2008–2012$/,
    );
  });

  it('reads the items slides 7 and 8 date without a year, and the date before a place in a list', () => {
    expect(
      slideDatedItems(slides, 'slides.txt').map((x) => [x.title, x.kind, x.start, x.end, x.place, x.line]),
    ).toEqual([
      ['päätöksen saaneiden hankkeiden ohjaustilaisuus', 'meeting', '--03-12', null, null, 22],
      ['Kaste -ohjelman toimeenpanosuunnitelma', 'report', '--02', null, null, 22],
      ['aluesuunnittelijoiden tapaaminen ministeriössä', 'meeting', '--02', null, null, 22],
      ['alueiden kehittämissuunnitelmat', 'report', '--04', '--05', null, 22],
      ['ministerin aluekierrokset', 'meeting', '--06-01', null, 'Pori', 22],
      ['kehittämissuunnitelmat', 'report', '--02-28', null, null, 24],
    ]);
    // A day no month has, an item whose boundary the flattening lost, and a dated item of no kind stop at the slide.
    expect(() => slideDatedItems(readSlides(edit(real(), '(12.3.)', '(31.4.)')), 'slides.txt')).toThrow(
      /^slides\.txt:22: no such date "31\.4\."$/,
    );
    expect(() =>
      slideDatedItems(
        readSlides(edit(real(), 'ohjaustilaisuus (12.3.)', 'ohjaustilaisuus ja muut yhteiset asiat (12.3.)')),
        'slides.txt',
      ),
    ).toThrow(/^slides\.txt:22: slide 7 dates "12\.3\." after ".*", more words than an item has$/);
    expect(() =>
      slideDatedItems(
        readSlides(edit(real(), 'toimeenpanosuunnitelma (helmikuu)', 'toimeenpano (helmikuu)')),
        'slides.txt',
      ),
    ).toThrow(/^slides\.txt:22: the dated item "Kaste -ohjelman toimeenpano" names no meeting, seminar or report$/);
    // A year written with the day is kept.
    expect(slideDatedItems(readSlides(edit(real(), '(12.3.)', '(12.3.2009)')), 'slides.txt')[0]!.start).toBe(
      '2009-03-12',
    );
  });

  it('reads a seminar dated without a year with its place, and one with its year', () => {
    expect(datedSeminars(real()).map((x) => [x.title, x.date, x.place, x.line])).toEqual([
      ['Etelä-Pohjanmaan Kaste seminaari', '2010-01-18', null, 102],
      ['Lasten Kaste -seminaari', '2010-10-05', null, 138],
      ['RAY:n strategiaseminaari', '--03-08', 'Helsinki', 160],
      ['Hyvinvointialan kehittäjäseminaari HYVÄ-aluefoorum', '2009-12-10', null, 174],
      ['RAY:n strategiaseminaari', '--03-16', 'Turku', 178],
    ]);
  });

  it("reads Tukeva's sub-project and continuation from the teasers' titles, and fails on two that disagree", () => {
    expect(teaserParts(real(), 'Tukeva')).toEqual([
      { name: 'Oulunkaaren osahanke', relation: 'sub-project', start: '2009-01-01', end: '2010-10-31', line: 190 },
      { name: 'TUKEVA 2', relation: 'successor', start: '2010', end: '2012', line: 268 },
    ]);
    expect(teaserParts(real(), 'Remontti')).toEqual([]);
    const src = real();
    const lines = [...src.lines];
    lines.splice(265, 0, 'Lisätiedot', '', 'KASTE-OHJELMA TUKEVA 2 (JATKOHANKE) 2010-2013', '');
    expect(() => teaserParts({ ...src, lines }, 'Tukeva')).toThrow(
      /:272: this teaser dates "TUKEVA 2" 2010–2012, the teaser of line 268 2010–2013$/,
    );
  });
});
