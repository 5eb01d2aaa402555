import type fi from './fi';

/** The parts of the strings: the shell's, each view's and each shared piece's (./fi.ts). */
export type Part = keyof typeof fi;
/** The keys of a part: those of its Finnish file. */
export type Key<P extends Part> = keyof (typeof fi)[P];
/** A part's strings in one language: exactly the Finnish part's keys (`satisfies Strings<'map'>` checks sv and en). */
export type Strings<P extends Part> = Record<Key<P>, string>;
/** One language's strings: every part. */
export type Catalogue = { [P in Part]: Strings<P> };
