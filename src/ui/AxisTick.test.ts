import { describe, expect, it } from 'vitest';
import { wrap } from './AxisTick';

describe('wrap', () => {
  it('breaks a label at spaces into lines of at most the given length', () => {
    expect(wrap('Tjänster för barn, unga och familjer', 20)).toEqual(['Tjänster för barn,', 'unga och familjer']);
  });

  it('hyphenates a word longer than a line where a syllable starts, keeping every letter', () => {
    expect(wrap('Långtidsbostadslöshet', 20)).toEqual(['Långtidsbostadslös-', 'het']);
    expect(wrap('Perusterveydenhuollon vahvistaminen', 20)).toEqual(['Perusterveydenhuol-', 'lon vahvistaminen']);
    expect(wrap('Kaste pitkäaikaisasunnottomuus', 10)).toEqual(['Kaste', 'pitkäai-', 'kaisasun-', 'nottomuus']);
  });

  it('breaks a long compound after its own hyphen, and a word without a syllable break at the line’s end', () => {
    expect(wrap('Päijänne-Tavastlands', 12)).toEqual(['Päijänne-', 'Tavastlands']);
    expect(wrap('xxxxxxxxxxxx', 5)).toEqual(['xxxx-', 'xxxx-', 'xxxx']);
  });
});
