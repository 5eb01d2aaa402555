import { useCallback } from 'react';
import { useAppStore } from '../state/store';
import { interpolate, stringsOf, type Key, type Lang, type Part, type Translate, type Vars } from './core';

/** The active language (the store's), for components. */
export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

/** A part of the strings in the active language, its `{slots}` filled: `useT()` the shell's, `useT('map')` the map's. */
export function useT<P extends Part = 'shell'>(part: P = 'shell' as P): Translate<P> {
  const lang = useLang();
  return useCallback((key: Key<P>, vars?: Vars) => interpolate(lang, stringsOf(lang)[part][key], vars), [lang, part]);
}
