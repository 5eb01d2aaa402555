import { use, useCallback } from 'react';
import { useAppStore } from '../state/store';
import type { LazyCatalogue } from './catalogue';
import { interpolate, translate, type Lang, type MessageKey, type Vars } from './core';

/** The active language (the store's), for components. */
export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

/** The shell's strings in the active language. */
export function useT() {
  const lang = useLang();
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

/**
 * A feature's own catalogue (charts, map, …) in the active language. A catalogue whose language has not arrived
 * suspends the component (its view's boundary shows the loading state, or the error panel if it fails).
 */
export function useMessages<K extends string>(catalogue: LazyCatalogue<K>) {
  const lang = useLang();
  const here = catalogue.strings(lang);
  if (!here) use(catalogue.load(lang));
  const strings = here ?? catalogue.strings(lang)!;
  return useCallback((key: K, vars?: Vars) => interpolate(lang, strings[key], vars), [lang, strings]);
}
