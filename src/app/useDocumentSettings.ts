import { useEffect } from 'react';
import { useAppStore, type ColorScheme } from '../state/store';
import { useDataState } from '../data/DataContext';
import { PROJECT_VIEW } from '../state/routes';
import { pageMeta } from './pageMeta';

const STORAGE_KEY = 'kaste-color-scheme';

/** Keeps <html lang> and the colour scheme in step with the store; the scheme persists per browser. */
export function useDocumentSettings() {
  const lang = useAppStore((s) => s.lang);
  const scheme = useAppStore((s) => s.colorScheme);

  useEffect(() => {
    const saved = readScheme();
    if (saved) useAppStore.getState().setColorScheme(saved);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const root = document.documentElement;
    if (scheme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', scheme);
    try {
      localStorage.setItem(STORAGE_KEY, scheme);
    } catch {
      // Private browsing may forbid storage; the setting then lasts for the visit.
    }
  }, [scheme]);
}

function readScheme(): ColorScheme | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' || v === 'system' ? v : null;
  } catch {
    return null;
  }
}

/** The page's title after an in-app navigation, the same the prerender wrote (pageMeta). Call below the DataProvider. */
export function usePageTitle() {
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const project = useAppStore((s) => (s.view === PROJECT_VIEW ? s.selectedProjectId : null));
  const state = useDataState();
  const dataset = 'ok' in state && state.ok ? state.dataset : null;
  useEffect(() => {
    document.title = pageMeta({ lang, view, project }, dataset).title;
  }, [lang, view, project, dataset]);
}
