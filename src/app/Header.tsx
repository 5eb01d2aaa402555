import { LANGS, loadStrings, useT, type Lang } from '../i18n';
import { useAppStore, urlStateOf, type ColorScheme } from '../state/store';
import { encodeLocation } from '../state/url';
import { isPlainClick } from '../ui/AppLink';
import { keepEarlyEdit } from '../ui/earlyEdit';

export const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/**
 * The same page and query in another language: a real link (it works without JavaScript and in a new tab); a
 * plain click imports that language's strings and then switches in place, keeping the filters and the scroll
 * position. Pointing at or focusing the link starts the import (docs/decisions/strings-per-language.md).
 */
function LanguageLink({ lang, current, onSwitch }: { lang: Lang; current: boolean; onSwitch: () => void }) {
  const href = useAppStore((s) => encodeLocation({ ...urlStateOf(s), lang }));
  // A failure shows when the click asks again.
  const prepare = () => void loadStrings(lang).catch(() => undefined);
  return (
    <a
      href={href}
      hrefLang={lang}
      lang={lang}
      aria-current={current ? 'page' : undefined}
      onPointerEnter={prepare}
      onFocus={prepare}
      onTouchStart={prepare}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        onSwitch();
      }}
    >
      {LANGUAGE_NAMES[lang]}
    </a>
  );
}

export function Header() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const scheme = useAppStore((s) => s.colorScheme);
  const setScheme = useAppStore((s) => s.setColorScheme);
  const switchTo = (l: Lang) =>
    loadStrings(l).then(
      () => setLang(l),
      (error: unknown) => console.error(`Strings for language ${l} could not be loaded:`, error),
    );
  return (
    <header className="header">
      <div className="header-title">
        <p className="app-title">{t('appTitle')}</p>
        <p className="app-subtitle">{t('appSubtitle')}</p>
      </div>
      <div className="header-controls">
        <div role="group" aria-label={t('language')} className="lang-switch">
          {LANGS.map((l) => (
            <LanguageLink key={l} lang={l} current={l === lang} onSwitch={() => switchTo(l)} />
          ))}
        </div>
        <label className="scheme-select needs-js">
          <span>{t('colorScheme')}</span>
          <select
            value={scheme}
            onChange={(e) => setScheme(e.target.value as ColorScheme)}
            ref={keepEarlyEdit(({ value }) => setScheme(value as ColorScheme))}
          >
            <option value="system">{t('schemeSystem')}</option>
            <option value="light">{t('schemeLight')}</option>
            <option value="dark">{t('schemeDark')}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
