import type { Lang } from './format';
import { interpolate, type Vars } from './plural';
import type { Catalogue, Key, Part } from './strings/types';

/**
 * The translation core: languages, number and date formats, plurals and the strings, with no React and no store, so
 * data/ and scripts/ (the data build) can use it. Components reach it and the hooks (./hooks) through ./index.
 */
export * from './format';
export type { Catalogue, Key, Part, Strings } from './strings/types';
export { counted, interpolate, pickPlural, type PluralForms, type Vars } from './plural';

/** A key of the shell's strings (./strings/fi/shell.ts). */
export type MessageKey = Key<'shell'>;
/** A part's strings as a function of the key and the values of its `{slots}` (hooks.ts useT). */
export type Translate<P extends Part = 'shell'> = (key: Key<P>, vars?: Vars) => string;

const modules: Record<Lang, () => Promise<{ default: Catalogue }>> = {
  fi: () => import('./strings/fi'),
  sv: () => import('./strings/sv'),
  en: () => import('./strings/en'),
};
const loaded: Partial<Record<Lang, Catalogue>> = {};

/** Imports a language's strings: a page's own before it hydrates (main.tsx), another's when the reader switches to it. */
export async function loadStrings(lang: Lang): Promise<void> {
  loaded[lang] ??= (await modules[lang]()).default;
}

/** A language's strings, once loadStrings has brought them. */
export function stringsOf(lang: Lang): Catalogue {
  const strings = loaded[lang];
  if (!strings) throw new Error(`The ${lang} strings are used before loadStrings('${lang}') finished`);
  return strings;
}

/** A shell string in a language, its `{slots}` filled. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return interpolate(lang, stringsOf(lang).shell[key], vars);
}
