import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { applyColorScheme } from '../state/colorScheme';
import { useDataState } from '../data/DataContext';
import { PROJECT_VIEW } from '../state/routes';
import { pageMeta } from './pageMeta';

/** Keeps <html lang> and the colour scheme in step with the store (which remembers the scheme). */
export function useDocumentSettings() {
  const lang = useAppStore((s) => s.lang);
  const scheme = useAppStore((s) => s.colorScheme);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => applyColorScheme(scheme), [scheme]);
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
