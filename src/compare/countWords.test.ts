import { describe, expect, it } from 'vitest';
import { countWord } from './countWords';

describe('countWord', () => {
  it('writes 2–10 as words in the case the Finnish sentence needs', () => {
    expect(countWord('fi', 4)).toBe('neljä');
    expect(countWord('fi', 6, 'translative')).toBe('kuudeksi');
    expect(countWord('fi', 4, 'adessive')).toBe('neljällä');
    expect(countWord('sv', 6)).toBe('sex');
    expect(countWord('en', 5)).toBe('five');
  });
  it('writes other counts in digits', () => {
    expect(countWord('fi', 1)).toBe('1');
    expect(countWord('en', 11)).toBe('11');
  });
});
