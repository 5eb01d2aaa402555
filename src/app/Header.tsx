import { LANGS, useT, type Lang } from '../i18n';
import { urlStateOf, useAppStore, type ColorScheme } from '../state/store';
import { encodeLocation } from '../state/url';

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
        <div role="group" aria-label={t('language')} className="lang-switch needs-js">
          {LANGS.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
        {/* Without JavaScript the language buttons cannot switch: the same page in each language is a link. */}
        <noscript>
          <nav aria-label={t('language')} className="lang-switch">
            {LANGS.map((l) => (
              <LanguageLink key={l} lang={l} current={l === lang} />
            ))}
          </nav>
        </noscript>
        <label className="scheme-select needs-js">
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

function LanguageLink({ lang, current }: { lang: Lang; current: boolean }) {
  const href = useAppStore((s) => encodeLocation({ ...urlStateOf(s), lang }));
  return (
    <a href={href} lang={lang} hrefLang={lang} aria-current={current ? 'page' : undefined}>
      {LANGUAGE_NAMES[lang]}
    </a>
  );
}
