import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../i18n/format';
import type { Route } from './routes';
import { COLOR_SCHEMES, SETTINGS_KEY, type ColorScheme } from './colorScheme';
import { chosen, FACET_KEYS, withChosen, type FacetKey } from './facets';

export type { ColorScheme } from './colorScheme';
import {
  DEFAULT_URL_STATE,
  EMPTY_FILTERS,
  HIDEABLE_COLUMNS,
  type ChartState,
  type Filters,
  type MapState,
  type Sort,
  type TableColumn,
  type UrlState,
  type View,
} from './types';

export interface AppState extends UrlState {
  colorScheme: ColorScheme;
  setView: (view: View) => void;
  setLang: (lang: Lang) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  /** Adds a value to a facet or takes it away; a single-choice facet's new value replaces the old. */
  toggleFilterValue: (key: FacetKey, value: string) => void;
  clearFilters: () => void;
  setSort: (sort: Sort | null) => void;
  setHiddenColumns: (columns: readonly TableColumn[]) => void;
  selectProject: (id: string | null) => void;
  setMap: (partial: Partial<MapState>) => void;
  setChart: (partial: Partial<ChartState>) => void;
  setColorScheme: (scheme: ColorScheme) => void;
  /** Replaces the linkable state at once (loading a URL, back/forward). */
  restore: (state: UrlState) => void;
}

/**
 * The store's state, starting at `start`, and its actions. Only the colour scheme, a personal setting that links do
 * not carry, is remembered in this browser's localStorage.
 */
const appState = (start: UrlState) =>
  persist<AppState, [], [], Pick<AppState, 'colorScheme'>>(
    (set) => ({
      ...start,
      colorScheme: 'system',
      setView: (view) => set({ view }),
      // The language's strings are here: the switch loads them first (app/Header.tsx).
      setLang: (lang) => set({ lang }),
      setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
      toggleFilterValue: (key, value) =>
        set((s) => {
          const current = chosen(s.filters, key);
          const on = current.includes(value);
          return { filters: withChosen(s.filters, key, on ? current.filter((v) => v !== value) : [...current, value]) };
        }),
      clearFilters: () => set({ filters: EMPTY_FILTERS }),
      setSort: (sort) => set({ sort }),
      // Kept in table order, so one set of hidden columns has one URL.
      setHiddenColumns: (columns) => set({ hiddenColumns: HIDEABLE_COLUMNS.filter((c) => columns.includes(c)) }),
      selectProject: (selectedProjectId) => set({ selectedProjectId }),
      setMap: (partial) => set((s) => ({ map: { ...s.map, ...partial } })),
      setChart: (partial) => set((s) => ({ chart: { ...s.chart, ...partial } })),
      setColorScheme: (colorScheme) => set({ colorScheme }),
      // An address's language is the page's own or one the reader switched to: its strings are here.
      restore: (state) => set(state),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      partialize: (s) => ({ colorScheme: s.colorScheme }),
      // Storage is the user's to edit: anything but a known scheme is ignored.
      merge: (saved, current) => {
        const scheme = (saved as { colorScheme?: unknown } | undefined)?.colorScheme;
        return COLOR_SCHEMES.includes(scheme as ColorScheme)
          ? { ...current, colorScheme: scheme as ColorScheme }
          : current;
      },
    },
  );

/**
 * A store of every filter, the sort, the selection and the view, mirrored in the URL by useUrlSync: one per page
 * render (the prerender makes one per page, the browser one per page load), starting at the page as the build renders
 * it (no filters, the system colour scheme). That start is the store's initial state, which React reads on the server
 * and while hydrating, so the first client render matches the prerendered HTML; the query's filters and the
 * remembered colour scheme apply right after.
 */
export function createAppStore(page: Route | null = null) {
  const start = page
    ? { ...DEFAULT_URL_STATE, view: page.view, lang: page.lang, selectedProjectId: page.project }
    : DEFAULT_URL_STATE;
  return createStore<AppState>()(appState(start));
}

export type AppStore = ReturnType<typeof createAppStore>;

const AppStoreContext = createContext<AppStore | null>(null);

/** Gives the components below it the page's store. */
export function AppStoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return createElement(AppStoreContext.Provider, { value: store }, children);
}

/** The page's store itself, for a handler or effect that reads it when it runs, or subscribes to it. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore() outside an AppStoreProvider');
  return store;
}

/** What `selector` picks from the page's store; the component re-renders when that changes. */
export function useAppStore<U>(selector: (s: AppState) => U): U {
  return useStore(useAppStoreApi(), selector);
}

export function urlStateOf(s: AppState): UrlState {
  return {
    view: s.view,
    lang: s.lang,
    filters: s.filters,
    sort: s.sort,
    hiddenColumns: s.hiddenColumns,
    selectedProjectId: s.selectedProjectId,
    map: s.map,
    chart: s.chart,
    release: s.release,
  };
}

export function activeFilterCount(f: Filters): number {
  return (
    FACET_KEYS.reduce((n, key) => n + chosen(f, key).length, 0) +
    (f.costMin !== null ? 1 : 0) +
    (f.costMax !== null ? 1 : 0) +
    (f.q.trim() ? 1 : 0)
  );
}
