import { describe, expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { parseMinutesBody } from './minutesBody.ts';

const real = () => readSource('../shared/seeds', '000_34c4f4e8cbac8681.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

describe('the body of the minutes', () => {
  it('reads the autumn 2008 events of §7 with dates, places and ranges', () => {
    const { events } = parseMinutesBody(real());
    expect(events.slice(0, 5).map((e) => [e.kind, e.title, e.place, e.start, e.end, e.line])).toEqual([
      ['seminar', 'Valtakunnalliset osaamiskeskuspäivät', 'Vaasassa', '2008-08-20', '2008-08-21', 49],
      ['seminar', 'Perhetukipäivät', 'Seinäjoella', '2008-09-11', '2008-09-12', 51],
      ['meeting', 'Kehittämisyksiköiden tapaaminen', 'Kokkola', '2008-09-04', null, 53],
      ['seminar', 'Ylimaakunnallinen KASTE -tiedotustilaisuus', 'Ylihärmässä', '2008-09-15', null, 55],
      [
        'seminar',
        'Iltapäiväseminaari täydennyskoulutus työyhteisöjen muutoksen hallinnan tukena',
        'Mediwest',
        '2008-09-26',
        null,
        57,
      ],
    ]);
  });

  it('reads the municipal tour, the next meeting and the application rounds', () => {
    const { events } = parseMinutesBody(real());
    expect(events.slice(5).map((e) => [e.kind, e.start, e.place, e.line])).toEqual([
      ['meeting', '2008-10', null, 43],
      ['meeting', '2008-10-03', 'Eskoossa', 66],
      ['application-round', '2008-08', null, 34],
      ['application-round', '2008-12', null, 34],
    ]);
    expect(events[5]!.title).toBe('SONet BOTNIAn ”kuntakierros”');
    // "… pidetään Eskoossa 3.10.2008 klo 12.00 alkaen": the time the line gives stays with the meeting.
    expect(events[6]!.time).toBe('12.00');
    expect(events.filter((e) => e.time !== undefined)).toHaveLength(1);
  });

  it('reads that the Pohjanmaa project withdraws from Remontti', () => {
    expect(parseMinutesBody(real()).withdrawals).toEqual([
      {
        subject: 'Pohjanmaa -hanke',
        object: 'Remontti',
        text: 'Pohjanmaa -hanke on vetäytymässä ns. Remontti -hankkeen valmisteluista tulevalla hakukierroksella',
        line: 34,
      },
    ]);
  });

  it('fails with file and line on an event without a date and on unreadable rounds', () => {
    expect(() => parseMinutesBody(edit(real(), 'Kokkola 4.9.2008', 'Kokkola syyskuussa'))).toThrow(
      /^000_34c4f4e8cbac8681\.txt:53: an event without a date/,
    );
    expect(() => parseMinutesBody(edit(real(), 'päättyy elokuun lopussa', 'päättyy pian'))).toThrow(
      /^000_34c4f4e8cbac8681\.txt:34: cannot read when the application rounds end/,
    );
  });
});
