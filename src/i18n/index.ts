import { use, useCallback } from 'react';
import { useAppStore } from '../state/store';
import { messagesOf, type MessageKey } from './messages';
import type { LazyCatalogue } from './catalogue';
import type { Lang } from './format';
import { interpolate, type Vars } from './plural';

export * from './format';
export type { MessageKey };
export { loadMessages, withMessages } from './messages';

export { counted, formatList, interpolate, pickPlural, pluralCategory, type PluralForms, type Vars } from './plural';
export type Catalogue<K extends string> = Record<Lang, Record<K, string>>;

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return interpolate(lang, messagesOf(lang)[key], vars);
}

/** The shell's strings in the active language. */
export function useT() {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

/**
 * A feature's own catalogue (charts, map, …) in the active language. A lazily loaded catalogue whose language has
 * not arrived suspends the component (its view's boundary shows the loading state, or the error panel if it fails).
 */
export function useMessages<K extends string>(catalogue: Catalogue<K> | LazyCatalogue<K>) {
  const lang = useAppStore((s) => s.lang);
  let strings: Record<K, string>;
  if ('load' in catalogue) {
    const here = catalogue.strings(lang);
    if (!here) use(catalogue.load(lang));
    strings = here ?? catalogue.strings(lang)!;
  } else strings = catalogue[lang];
  return useCallback((key: K, vars?: Vars) => interpolate(lang, strings[key], vars), [lang, strings]);
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}
