import { LANGS, useT, type Lang } from '../i18n';
import { useAppStore, type ColorScheme } from '../state/store';

export const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function Header() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const scheme = useAppStore((s) => s.colorScheme);
  const setScheme = useAppStore((s) => s.setColorScheme);
  return (
    <header className="header">
      <div className="header-title">
        <p className="app-title">{t('appTitle')}</p>
        <p className="app-subtitle">{t('appSubtitle')}</p>
      </div>
      <div className="header-controls">
        <div role="group" aria-label={t('language')} className="lang-switch">
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
        <label className="scheme-select">
          <span>{t('colorScheme')}</span>
          <select value={scheme} onChange={(e) => setScheme(e.target.value as ColorScheme)}>
            <option value="system">{t('schemeSystem')}</option>
            <option value="light">{t('schemeLight')}</option>
            <option value="dark">{t('schemeDark')}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
