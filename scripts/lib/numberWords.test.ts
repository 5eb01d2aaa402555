import { describe, expect, it } from 'vitest';
import { finnishCount } from './numberWords.ts';

describe('finnishCount', () => {
  it('reads digits and the cardinals 1–20 and the tens', () => {
    expect(finnishCount('12')).toBe(12);
    expect(finnishCount('8 000')).toBe(8000);
    expect(finnishCount('8 00')).toBeNull();
    expect(finnishCount('yksi')).toBe(1);
    expect(finnishCount('kuusi')).toBe(6);
    expect(finnishCount('kymmenen')).toBe(10);
    expect(finnishCount('yksitoista')).toBe(11);
    expect(finnishCount('kaksitoista')).toBe(12);
    expect(finnishCount('yhdeksäntoista')).toBe(19);
    expect(finnishCount('kaksikymmentä')).toBe(20);
    expect(finnishCount('kolmekymmentäviisi')).toBe(35);
    expect(finnishCount('yhdeksänkymmentä')).toBe(90);
    expect(finnishCount('Kahdeksan')).toBe(8);
  });

  it('reads the -sti multiplicatives of frequencies', () => {
    expect(finnishCount('kahdesti')).toBe(2);
    expect(finnishCount('kolmesti')).toBe(3);
    expect(finnishCount('neljästi')).toBe(4);
    expect(finnishCount('viidesti')).toBe(5);
    expect(finnishCount('kuudesti')).toBe(6);
    expect(finnishCount('kymmenesti')).toBe(10);
    expect(finnishCount('kahdestitoista')).toBe(12);
  });

  it('reads the partitive after a number word', () => {
    expect(finnishCount('kahta')).toBe(2);
    expect(finnishCount('kuutta')).toBe(6);
    expect(finnishCount('kahtatoista')).toBe(12);
    expect(finnishCount('kahtakymmentä')).toBe(20);
  });

  it('reads the genitive before a unit and "kerran" (once)', () => {
    expect(finnishCount('kolmen')).toBe(3);
    expect(finnishCount('kahden')).toBe(2);
    expect(finnishCount('kerran')).toBe(1);
  });

  it('rejects what is not a number word', () => {
    expect(finnishCount('useasti')).toBeNull();
    expect(finnishCount('kertaa')).toBeNull();
    expect(finnishCount('')).toBeNull();
  });
});
