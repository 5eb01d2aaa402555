import { useEffect } from 'react';
import { useAppStore, type ColorScheme } from '../state/store';
import { translate } from '../i18n';

const STORAGE_KEY = 'kaste-color-scheme';

/** Keeps <html lang>, the title and the colour scheme in step with the store; the scheme persists per browser. */
export function useDocumentSettings() {
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const scheme = useAppStore((s) => s.colorScheme);

  useEffect(() => {
    const saved = readScheme();
    if (saved) useAppStore.getState().setColorScheme(saved);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${translate(lang, `view.${view}`)} – ${translate(lang, 'appTitle')}`;
  }, [lang, view]);

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
