import { expect, it } from 'vitest';
import { readSource, type SourceText } from '../lib/document.ts';
import { clockTime, parseMinutesBody } from './minutesBody.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = () => readSource(seedsDir, '000_34c4f4e8cbac8681.txt');
const edit = (src: SourceText, from: RegExp | string, to: string): SourceText => ({
  ...src,
  lines: src.lines.map((l) => l.replace(from, to)),
});

withSources('the body of the minutes', () => {
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

  it('reads a range across two months, and refuses one that ends before it starts or names no such day', () => {
    const across = parseMinutesBody(edit(real(), '11.–12.9. 2008', '30.9.–1.10.2008')).events[1]!;
    expect([across.start, across.end]).toEqual(['2008-09-30', '2008-10-01']);
    expect(() => parseMinutesBody(edit(real(), '11.–12.9. 2008', '1.10.–30.9.2008'))).toThrow(
      /^000_34c4f4e8cbac8681\.txt:51: an event that ends before it starts: "1\.10\.–30\.9\.2008"$/,
    );
    expect(() => parseMinutesBody(edit(real(), '11.–12.9. 2008', '11.–31.9. 2008'))).toThrow(
      /^000_34c4f4e8cbac8681\.txt:51: no such date 31\.9\.2008$/,
    );
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

  it('reads the next meeting\'s time in the common Finnish forms, in the form "12.00", "12–15"', () => {
    const timeOf = (written: string) =>
      parseMinutesBody(edit(real(), 'klo 12.00 alkaen', written)).events.find((e) => e.line === 66)?.time;
    expect(timeOf('klo 12:00 alkaen')).toBe('12.00');
    expect(timeOf('kello 12 alkaen')).toBe('12');
    expect(timeOf('klo 12–15')).toBe('12–15');
    expect(timeOf('klo 12.30 - 13.30')).toBe('12.30–13.30');
    expect(timeOf('kello 9.15')).toBe('9.15');
    expect(timeOf('alkaen')).toBeUndefined();
    expect(clockTime(' 12:00 alkaen', 'x.txt', 1)).toBe('12.00');
    expect(clockTime('. Tervetuloa', 'x.txt', 1)).toBeNull();
  });

  it('fails at the line on a time after the date it cannot read', () => {
    for (const written of ['klo 25.00', 'klo 12.7', 'kello puoli kaksi', 'klo 12.75', '12.7 alkaen'])
      expect(() => parseMinutesBody(edit(real(), 'klo 12.00 alkaen', written)), written).toThrow(
        /^000_34c4f4e8cbac8681\.txt:66: (?:unreadable clock time|".*" is not a clock time)/,
      );
  });
});
