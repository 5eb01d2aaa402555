import { describe, expect, it } from 'vitest';
import type { ParseNote } from './notes.ts';
import { partGluedConjunction, restoreLostHyphens } from './hyphens.ts';

describe('a compound-ellipsis hyphen the transcript lost', () => {
  it('parts the word before the conjunction, keeping hyphen and space, in Finnish and Swedish', () => {
    expect(partGluedConjunction('hyvinvointija')).toBe('hyvinvointi- ja');
    expect(partGluedConjunction('Vanhempainryhmäja')).toBe('Vanhempainryhmä- ja');
    expect(partGluedConjunction('kunnatai')).toBe('kunna- tai');
    expect(partGluedConjunction('äitiyssekä')).toBe('äitiys- sekä');
    expect(partGluedConjunction('hälsooch')).toBe('hälso- och');
    expect(partGluedConjunction('barneller')).toBe('barn- eller');
    expect(partGluedConjunction('terveyserot')).toBeNull();
    expect(partGluedConjunction('ja')).toBeNull();
  });

  const src = {
    file: 'slides.txt',
    lines: ['otsikko', 'Hyvinvointi ja terveys lisääntyvät, hyvinvointija terveyserot kaventuvat hyvinvointijat'],
  };

  it('restores the listed word on its line as a whole word and notes it', () => {
    const notes: ParseNote[] = [];
    const fixed = restoreLostHyphens(src, [{ line: 2, written: 'hyvinvointija' }], notes);
    expect(fixed.lines[1]).toBe(
      'Hyvinvointi ja terveys lisääntyvät, hyvinvointi- ja terveyserot kaventuvat hyvinvointijat',
    );
    expect(fixed.lines[0]).toBe('otsikko');
    expect(src.lines[1]).toContain('hyvinvointija terveyserot');
    expect(notes).toEqual([
      { kind: 'lost-hyphen', line: 2, values: { written: 'hyvinvointija', read: 'hyvinvointi- ja' } },
    ]);
  });

  it('fails on a word its line no longer writes, or one that ends in no conjunction', () => {
    expect(() => restoreLostHyphens(src, [{ line: 1, written: 'hyvinvointija' }], [])).toThrow(
      /slides\.txt:1.*no longer writes "hyvinvointija"/,
    );
    expect(() => restoreLostHyphens(src, [{ line: 2, written: 'terveyserot' }], [])).toThrow(
      /ends in none of the conjunctions/,
    );
  });
});
