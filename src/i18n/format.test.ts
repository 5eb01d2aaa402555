import { describe, expect, it } from 'vitest';
import {
  collator,
  formatNumber,
  foldForSearch,
  formatDate,
  formatDateBound,
  formatDateSpan,
  formatMoney,
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
