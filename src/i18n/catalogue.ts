import type { Lang } from './format';

export type Strings<K extends string> = Record<K, string>;

/**
 * A feature's strings, one module per language, loaded only for the languages a page uses. Every catalogue
 * registers itself when its feature's code loads; loadCatalogues(lang) loads that language for all of them, and a
 * catalogue registered later (a view whose code arrives after) starts loading the languages already asked for.
 */
export interface LazyCatalogue<K extends string> {
  load: (lang: Lang) => Promise<void>;
  /** The language's strings, or undefined while they have not loaded. */
  strings: (lang: Lang) => Strings<K> | undefined;
}

const registry = new Set<LazyCatalogue<string>>();
const active = new Set<Lang>();

export function lazyCatalogue<K extends string>(
  loaders: Record<Lang, () => Promise<{ default: Strings<K> }>>,
): LazyCatalogue<K> {
  const loaded: Partial<Record<Lang, Strings<K>>> = {};
  const loading: Partial<Record<Lang, Promise<void>>> = {};
  const catalogue: LazyCatalogue<K> = {
    load: (lang) =>
      loaded[lang]
        ? Promise.resolve()
        : (loading[lang] ??= loaders[lang]().then(
            (m) => {
              loaded[lang] = m.default;
            },
            (error: unknown) => {
              // Forgotten, so "try again" after a lost connection downloads it anew.
              delete loading[lang];
              throw error;
            },
          )),
    strings: (lang) => loaded[lang],
  };
  registry.add(catalogue);
  // A failure here shows where the strings are used, in that view's error boundary.
  for (const lang of active) catalogue.load(lang).catch(() => undefined);
  return catalogue;
}

/** Loads a language's strings for every catalogue registered so far, and for every one registered later. */
export function loadCatalogues(lang: Lang): Promise<void> {
  active.add(lang);
  return Promise.all([...registry].map((c) => c.load(lang))).then(() => undefined);
}

/** Whether every catalogue registered so far has the language's strings. */
export const cataloguesLoaded = (lang: Lang): boolean => [...registry].every((c) => c.strings(lang) !== undefined);

/** A catalogue's strings outside a component (build, page titles), which must have loaded already. */
export function stringsOf<K extends string>(catalogue: LazyCatalogue<K>, lang: Lang): Strings<K> {
  const strings = catalogue.strings(lang);
  if (!strings) throw new Error(`The ${lang} strings are used before loadMessages('${lang}') finished`);
  return strings;
}
