import { LANGS, translate, type Lang } from '../i18n';
import { routePath } from '../state/routes';
import type { View } from '../state/types';
import { LANGUAGE_NAMES } from './Header';
import { MAIN_VIEWS } from './Nav';

/** Where the offline page of a language is: `offline/` below the language's root (scripts/site/build.mjs). */
export const offlinePath = (base: string, lang: Lang) => `${base}${lang === 'fi' ? '' : `${lang}/`}offline/`;

/**
 * The page the service worker answers with when the reader is offline and asks for a page it has not stored (an
 * unknown address): the site's header in the page's language, what happened, and links to the pages that do work
 * offline. Plain links, as the page has no script.
 */
export function Offline({ base, lang }: { base: string; lang: Lang }) {
  const href = (l: Lang, view: View) => routePath({ lang: l, view, project: null }, base);
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {translate(lang, 'skipToContent')}
      </a>
      <header className="header">
        <div className="header-title">
          <p className="app-title">
            <a href={href(lang, 'overview')}>{translate(lang, 'appTitle')}</a>
          </p>
          <p className="app-subtitle">{translate(lang, 'appSubtitle')}</p>
        </div>
        <nav aria-label={translate(lang, 'language')} className="header-controls lang-switch">
          {LANGS.map((l) => (
            <a key={l} href={href(l, 'overview')} lang={l} hrefLang={l} aria-current={l === lang ? 'true' : undefined}>
              {LANGUAGE_NAMES[l]}
            </a>
          ))}
        </nav>
      </header>
      <main id="content" className="main not-found offline">
        <h1>{translate(lang, 'offlineTitle')}</h1>
        <p>{translate(lang, 'offlineIntro')}</p>
        <ul>
          {MAIN_VIEWS.map((view) => (
            <li key={view}>
              <a href={href(lang, view)}>{translate(lang, `view.${view}`)}</a>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
