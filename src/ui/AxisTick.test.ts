import { describe, expect, it } from 'vitest';
import { wrap } from './AxisTick';

describe('wrap', () => {
  it('breaks a label at spaces into lines of at most the given length', () => {
    expect(wrap('Tjänster för barn, unga och familjer', 20)).toEqual(['Tjänster för barn,', 'unga och familjer']);
  });

  it('hyphenates a word longer than a line at the line’s end, keeping every letter', () => {
    expect(wrap('Långtidsbostadslöshet', 20)).toEqual(['Långtidsbostadslösh-', 'et']);
    expect(wrap('Kaste pitkäaikaisasunnottomuus', 10)).toEqual(['Kaste', 'pitkäaika-', 'isasunnot-', 'tomuus']);
  });
});
