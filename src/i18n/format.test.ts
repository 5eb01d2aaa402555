import { describe, expect, it } from 'vitest';
import {
  collator,
  formatNumber,
  foldForSearch,
  formatDate,
  formatDateBound,
  formatDateSpan,
  formatKilobytes,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  formatYear,
  formatList,
  quoted,
} from './format';

describe('formatting', () => {
  it('writes money as Finnish, Swedish and English readers expect', () => {
    expect(formatMoney('fi', 9528150)).toBe('9\u00a0528\u00a0150\u00a0€');
    expect(formatMoney('sv', 9528150)).toBe('9\u00a0528\u00a0150\u00a0€');
    expect(formatMoney('en', 9528150)).toBe('€9,528,150');
  });
  it('writes percentages with a decimal comma in Finnish', () => {
    expect(formatPercent('fi', 0.123)).toBe('12,3\u00a0%');
    expect(formatPercent('en', 0.123)).toBe('12.3%');
    // The shares of one chart line up: a whole percentage keeps its decimal.
    expect(formatPercent('fi', 0.07)).toBe('7,0\u00a0%');
    expect(formatPercent('sv', 0.21)).toBe('21,0\u00a0%');
  });
  it('quotes a name as each language does', () => {
    expect(quoted('fi', 'Lasten ja perheiden palvelut')).toBe('”Lasten ja perheiden palvelut”');
    expect(quoted('sv', 'Tjänster för barn och familjer')).toBe('”Tjänster för barn och familjer”');
    expect(quoted('en', 'Services')).toBe('“Services”');
  });
  it('never groups years and writes dates day first', () => {
    expect(formatYear(2008)).toBe('2008');
    expect(formatDate('fi', '2007-09-01')).toBe('1.9.2007');
    expect(formatDate('sv', '2007-09-01')).toBe('1.9.2007');
    expect(formatDate('en', '2009-10-31')).toBe('31 October 2009');
    expect(formatDate('fi', '2011')).toBe('2011');
  });
  it('writes a date as precise as the document gives it: year, month or day', () => {
    expect(formatDateBound('fi', '2007-09')).toBe('9.2007');
    expect(formatDateBound('sv', '2014-11')).toBe('november 2014');
    expect(formatDateBound('en', '2007-09')).toBe('September 2007');
    expect(formatDateBound('fi', '2013-04-01')).toBe('1.4.2013');
    expect(formatDateBound('sv', '2015')).toBe('2015');
  });
  it('writes a span of dates: months sharing a year, a spaced dash between English dates written out', () => {
    expect(formatDateSpan('sv', '2014-11', '2014-12')).toBe('november–december 2014');
    expect(formatDateSpan('en', '2015-06', '2015-09')).toBe('June – September 2015');
    expect(formatDateSpan('fi', '2014-11', '2014-12')).toBe('11.2014–12.2014');
    expect(formatDateSpan('en', '2007-09-01', '2009-10-31')).toBe('1 September 2007 – 31 October 2009');
    // Two days of one month are written once.
    expect(formatDateSpan('sv', '2008-08-20', '2008-08-21')).toBe('20–21.8.2008');
    expect(formatDateSpan('en', '2008-08-20', '2008-08-21')).toBe('20–21 August 2008');
    expect(formatDateSpan('fi', '2008-08-20', '2008-08-21')).toBe('20.8.2008–21.8.2008');
    expect(formatDateSpan('sv', '2007-09-01', '2009-10-31')).toBe('1.9.2007–31.10.2009');
    expect(formatDateSpan('en', '2005', '2014')).toBe('2005–2014');
    expect(formatDateSpan('sv', '2008-08', '2008-08')).toBe('augusti 2008');
  });
  it('writes a day or month a document gives without its year without one', () => {
    expect((['fi', 'sv', 'en'] as const).map((l) => formatDateBound(l, '--03-12'))).toEqual([
      '12.3.',
      '12.3.',
      '12 March',
    ]);
    expect((['fi', 'sv', 'en'] as const).map((l) => formatDateBound(l, '--02'))).toEqual([
      'helmikuu',
      'februari',
      'February',
    ]);
    expect(formatDateBound('fi', '--02-29')).toBe('29.2.');
  });
  it('sorts Ä and Ö after Z in Finnish', () => {
    expect(['Ähtäri', 'Vaasa', 'Alavus', 'Ylöjärvi'].sort(collator('fi').compare)).toEqual([
      'Alavus',
      'Vaasa',
      'Ylöjärvi',
      'Ähtäri',
    ]);
  });
  it('folds diacritics for search', () => {
    expect(foldForSearch('Hämeenlinna')).toBe('hameenlinna');
    expect(foldForSearch('Äldrecentrum Österbotten')).toBe('aldrecentrum osterbotten');
  });
  it('writes Finnish and Swedish numbers with no-break space groups, a minus sign and a decimal comma', () => {
    expect(formatMoney('fi', -1234567)).toBe('\u22121\u00a0234\u00a0567\u00a0€');
    expect(formatMoney('en', -1234567)).toBe('-€1,234,567');
    expect(formatMoney('sv', 999.5)).toBe('1\u00a0000\u00a0€');
    expect(formatNumber('fi', 1234.56, 1)).toBe('1\u00a0234,6');
    expect(formatNumber('sv', -2.5)).toBe('\u22123');
    expect(formatNumber('en', 9999.95, 1)).toBe('10,000');
    expect(formatNumber('fi', 1e9)).toBe('1\u00a0000\u00a0000\u00a0000');
    expect(formatPercent('sv', -0.0456)).toBe('\u22124,6\u00a0%');
    expect(formatPercent('fi', 0.5, { prose: true })).toBe('50\u00a0%');
    expect(formatPercent('fi', 0.955, { prose: true })).toBe('95,5\u00a0%');
  });
  it('keeps dates on their calendar day in every language', () => {
    expect(formatDate('fi', '2008-12-31')).toBe('31.12.2008');
    expect(formatDate('sv', '2009-01-01')).toBe('1.1.2009');
    expect(formatDate('en', '2009-01-05')).toBe('5 January 2009');
    expect(formatDateBound('fi', '2008-12')).toBe('12.2008');
  });
  it("joins a list with the language's own word", () => {
    expect(formatList('fi', ['Forssa', 'Hämeenlinna', 'Riihimäki'])).toBe('Forssa, Hämeenlinna ja Riihimäki');
    expect(formatList('sv', ['Forssa', 'Tavastehus', 'Riihimäki'])).toBe('Forssa, Tavastehus och Riihimäki');
    expect(formatList('en', ['Forssa', 'Riihimäki'])).toBe('Forssa and Riihimäki');
  });
});

/**
 * The formats are written by format.ts itself (its first Intl number formatter cost every page a long task): each is
 * compared here with what Intl writes for the same locale and options, over a sweep of the values a page shows and
 * the roundings and unit changes between them.
 */
describe('the same as Intl writes', () => {
  const LOCALE = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;
  const LANG_LIST = ['fi', 'sv', 'en'] as const;
  // A fixed pseudo-random sequence: the same values on every run.
  let seed = 20081231;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const edges = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 12345, 99999, 100000, 999999, 1e6, 9528150];
  const integers = [
    ...edges,
    123456789,
    1e9,
    2.5e9,
    1e12,
    ...Array.from({ length: 200 }, () => Math.floor(10 ** (random() * 11))),
  ];
  const fractions = [
    0.05,
    0.15,
    0.25,
    0.35,
    1.005,
    2.675,
    0.1 + 0.2,
    1234.56,
    9999.95,
    999.5,
    0.5,
    1.5,
    2.5,
    1e-7,
    ...Array.from({ length: 200 }, () => Math.round(10 ** (random() * 7) * 1000) / 1000),
  ];
  const signed = (values: number[]) => [...values, ...values.map((v) => -v), -0];

  it('writes numbers and money', () => {
    for (const lang of LANG_LIST) {
      const money = new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
      for (const v of signed([...integers, ...fractions]))
        expect(formatMoney(lang, v), `${lang} ${v}`).toBe(money.format(v));
      for (const digits of [0, 1, 2]) {
        const number = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 });
        for (const v of signed([...integers, ...fractions]))
          expect(formatNumber(lang, v, digits), `${lang} ${v} ${digits}`).toBe(number.format(v));
      }
    }
  });

  it('writes percentages, compact money and kilobytes', () => {
    const shares = [
      0,
      0.0005,
      0.0004,
      0.123,
      0.07,
      0.955,
      0.9995,
      1,
      0.2049,
      ...Array.from({ length: 200 }, () => random()),
    ];
    const compact = [
      999.94,
      999.95,
      999.96,
      9999.5,
      99949,
      99950,
      999949,
      999950,
      999999,
      1e6,
      1.25e6,
      9.95e6,
      99.95e6,
      999.95e6,
      999.96e9,
      1e12,
      ...integers,
      ...fractions,
    ];
    for (const lang of LANG_LIST) {
      for (const prose of [false, true]) {
        const percent = new Intl.NumberFormat(LOCALE[lang], {
          style: 'percent',
          maximumFractionDigits: 1,
          minimumFractionDigits: prose ? 0 : 1,
        });
        for (const v of signed(shares))
          expect(formatPercent(lang, v, { prose }), `${lang} ${v}`).toBe(percent.format(v));
      }
      const short = new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumFractionDigits: 1,
        minimumFractionDigits: 0,
      });
      for (const v of signed(compact)) expect(formatMoneyCompact(lang, v), `${lang} ${v}`).toBe(short.format(v));
      const kb = new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
      for (const v of [...fractions, ...integers]) expect(formatKilobytes(lang, v), `${lang} ${v}`).toBe(kb.format(v));
    }
  });

  it('writes dates, months and spans of months', () => {
    const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const lang of LANG_LIST) {
      const day = new Intl.DateTimeFormat(LOCALE[lang], {
        day: 'numeric',
        month: lang === 'en' ? 'long' : 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const month = new Intl.DateTimeFormat(LOCALE[lang], {
        month: lang === 'fi' ? 'numeric' : 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const monthAlone = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' });
      const dayAndMonth = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', timeZone: 'UTC' });
      for (let y = 2000; y <= 2030; y += 3)
        for (let m = 1; m <= 12; m++) {
          for (const d of [1, 9, 10, 28])
            expect(formatDate(lang, `${y}-${pad(m)}-${pad(d)}`)).toBe(day.format(utc(y, m, d)));
          expect(formatDateBound(lang, `${y}-${pad(m)}`)).toBe(month.format(utc(y, m)));
          if (lang !== 'fi')
            for (const [y2, m2] of [
              [y, 12],
              [y + 1, 1],
              [y + 2, m],
            ] as const)
              if (y2 > y || m2 > m)
                expect(formatDateSpan(lang, `${y}-${pad(m)}`, `${y2}-${pad(m2)}`)).toBe(
                  month.formatRange(utc(y, m), utc(y2, m2)).replace(/\u2009/g, ' '),
                );
        }
      for (let m = 1; m <= 12; m++) {
        expect(formatDateBound(lang, `--${pad(m)}`)).toBe(monthAlone.format(utc(2000, m)));
        if (lang === 'en') expect(formatDateBound(lang, `--${pad(m)}-12`)).toBe(dayAndMonth.format(utc(2000, m, 12)));
      }
    }
  });

  it('joins lists', () => {
    for (const lang of LANG_LIST) {
      const list = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' });
      for (let n = 0; n <= 5; n++) {
        const items = ['Forssa', 'Hämeenlinna', 'Riihimäki', 'Vaasa', 'Närpiö'].slice(0, n);
        expect(formatList(lang, items)).toBe(list.format(items));
      }
    }
  });
});
