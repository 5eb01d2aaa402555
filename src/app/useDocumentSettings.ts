import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { translate } from '../i18n';

/** Keeps <html lang>, the title and the colour scheme in step with the store (which remembers the scheme). */
export function useDocumentSettings() {
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const scheme = useAppStore((s) => s.colorScheme);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${translate(lang, `view.${view}`)} – ${translate(lang, 'appTitle')}`;
  }, [lang, view]);

  useEffect(() => {
    const root = document.documentElement;
    if (scheme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', scheme);
  }, [scheme]);
}
