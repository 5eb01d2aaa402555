import { describe, expect, it } from 'vitest';
import { canonicalLine } from './spelling.ts';

describe('canonicalLine', () => {
  it('drops invisible characters', () => {
    expect(canonicalLine('Proo\u200bmu-hanke\u00ad ja\u2060 \ufeffmuut')).toBe('Proomu-hanke ja muut');
  });
  it('reads dashes inside a word as its hyphen, and other dashes as the en dash', () => {
    expect(canonicalLine('Etelä–Pohjanmaa, Keski\u2014Pohjanmaa, Pohjan\u2011maa')).toBe(
      'Etelä-Pohjanmaa, Keski-Pohjanmaa, Pohjan-maa',
    );
    expect(canonicalLine('2008 \u2014 2011, 2012\u22122015, 2007-2009')).toBe('2008 – 2011, 2012–2015, 2007-2009');
  });
  it('writes a date with a two-digit year or a written-out month as d.m.yyyy', () => {
    expect(canonicalLine('Aika: maanantai 19.5.14 klo 9')).toBe('Aika: maanantai 19.5.2014 klo 9');
    expect(canonicalLine('7.9.12.')).toBe('7.9.2012.');
    expect(canonicalLine('Tampere, 22. toukokuuta 2013')).toBe('Tampere, 22.5.2013');
    expect(canonicalLine('22 Syyskuuta 2013')).toBe('22.9.2013');
  });
  it('reads "1-2015" as the month 1/2015', () => {
    expect(canonicalLine('Loppuarviointi 10 1-2015')).toBe('Loppuarviointi 10 1/2015');
  });
  it('leaves section numbers, ranges, ISSNs and canonical dates alone', () => {
    for (const text of [
      'KASTE-OHJELMA 3.1.3',
      '1.2.10.5',
      'ISSN 1236-2050',
      '11-12/15',
      '2011-2013',
      '13-2015',
      '1.9.2007',
    ])
      expect(canonicalLine(text)).toBe(text);
  });
});
