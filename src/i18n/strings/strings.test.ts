import { describe, expect, it } from 'vitest';
import fi from './fi';
import sv from './sv';
import en from './en';
import type { Catalogue } from './types';

/** The names of a string's `{slots}`, plural ones and those inside a plural's forms included (`one {…}` is a form). */
const slots = (text: string) =>
  [
    ...new Set([...text.matchAll(/(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*(\w+)\s*[,}]/g)].map((m) => m[1])),
  ].sort();

/** A language's strings as `part.key` → text. */
const flat = (catalogue: Catalogue) =>
  new Map(
    Object.entries(catalogue).flatMap(([part, strings]) =>
      Object.entries(strings as Record<string, string>).map(([key, text]) => [`${part}.${key}`, text] as const),
    ),
  );

describe.each([
  ['sv', sv],
  ['en', en],
] as const)('the %s strings', (_, other) => {
  it('have the Finnish parts and keys, no more, no fewer', () => {
    expect([...flat(other).keys()].sort()).toEqual([...flat(fi).keys()].sort());
  });

  it('fill the same slots as the Finnish', () => {
    const theirs = flat(other);
    for (const [key, text] of flat(fi)) expect(slots(theirs.get(key) ?? ''), key).toEqual(slots(text));
  });
});

describe('slots', () => {
  it('reads plain slots, plurals and the slots inside their forms', () => {
    expect(slots('{name}: {n, plural, one {# hanke ({who})} other {# hanketta}}')).toEqual(['n', 'name', 'who']);
    expect(slots('{n} {n, plural, one {ends} other {end}}')).toEqual(['n']);
  });
});
