import { describe, expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { areasOnSlide, copiedRuns, disagreeingDates, periodInTeaser, readSlides } from './slideFacts.ts';

const real = () => readSource('../shared/seeds', '001_5e72e1e76d65b102.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

describe('the ministry slides beyond the split', () => {
  const slides = readSlides(real());

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
    expect(areasOnSlide(slides, 'Tukeva')).toMatchObject({
      areas: ['Oulunseutu', 'Oulunkaari', 'Kainuu'],
      slide: { number: 11 },
    });
    expect(areasOnSlide(slides, 'Remontti')).toBeNull();
    expect(periodInTeaser(real(), 'Itä- ja Keski- Suomessa')).toEqual({ start: '2008', end: '2011', line: 124 });
    // The continuation "TUKEVA 2 … 2010-2012" names Pohjois-Suomi only in its text line, not its title.
    expect(periodInTeaser(real(), 'Pohjois-Suomessa')).toBeNull();
  });
});
