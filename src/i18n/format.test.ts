import { describe, expect, it } from 'vitest';
import {
  collator,
  LOCALES,
  formatNumber,
  foldForSearch,
  formatDate,
  formatDateBound,
  formatMoney,
  formatPercent,
  formatYear,
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
  });
  it('never groups years and writes dates day first', () => {
    expect(formatYear(2008)).toBe('2008');
    expect(formatDate('fi', '2007-09-01')).toBe('1.9.2007');
    expect(formatDate('sv', '2007-09-01')).toBe('1.9.2007');
    expect(formatDate('en', '2009-10-31')).toBe('31/10/2009');
    expect(formatDate('fi', '2011')).toBe('2011');
  });
  it('writes a date as precise as the document gives it: year, month or day', () => {
    expect(formatDateBound('fi', '2007-09')).toBe('9.2007');
    expect(formatDateBound('sv', '2014-11')).toBe('11.2014');
    expect(formatDateBound('en', '2007-09')).toBe('09/2007');
    expect(formatDateBound('fi', '2013-04-01')).toBe('1.4.2013');
    expect(formatDateBound('sv', '2015')).toBe('2015');
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
  it('writes numbers, money, percentages and dates exactly as Intl does, without building an Intl formatter', () => {
    // A fixed pseudo-random walk over magnitudes, signs and fractions (no randomness between runs).
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = [0, -0, 1, 999, 1000, 9999, 10000, 9528150, -1234567, 0.5, 2.5, -2.5, 0.05, 999.95, 1e9];
    for (let i = 0; i < 400; i++) values.push(Math.round((next() - 0.3) * 10 ** Math.floor(next() * 9) * 1000) / 1000);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const intl = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(LOCALES[lang], o);
      const money = intl({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      const percent = intl({ style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 0 });
      for (const v of values) {
        expect(formatMoney(lang, v), `${lang} money ${v}`).toBe(money.format(v));
        for (const digits of [0, 1, 2])
          expect(formatNumber(lang, v, digits), `${lang} ${v} (${digits})`).toBe(
            intl({ maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v),
          );
        expect(formatPercent(lang, v / 1000), `${lang} percent ${v / 1000}`).toBe(percent.format(v / 1000));
      }
      for (let day = 0; day < 800; day += 13) {
        const date = new Date(Date.UTC(2005, 0, 1 + day));
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(lang, iso), iso).toBe(
          new Intl.DateTimeFormat(LOCALES[lang], {
            timeZone: 'UTC',
            day: 'numeric',
            month: 'numeric',
            year: 'numeric',
          }).format(date),
        );
        expect(formatDateBound(lang, iso.slice(0, 7)), iso).toBe(
          new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', month: 'numeric', year: 'numeric' }).format(date),
        );
      }
    }
  });
});
