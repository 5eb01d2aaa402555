import { useCallback } from 'react';
import { useAppStore } from '../state/store';
import { messagesOf, type MessageKey } from './messages';
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

/** A feature's own catalogue (charts, map, …) in the active language. */
export function useMessages<K extends string>(catalogue: Catalogue<K>) {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key: K, vars?: Vars) => interpolate(lang, catalogue[lang][key], vars), [lang, catalogue]);
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}
