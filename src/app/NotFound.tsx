import { LANGS, stringsOf, translate, type Lang } from '../i18n';
import { routePath } from '../state/routes';
import type { View } from '../state/types';
import { LANGUAGE_NAMES } from './Header';
import { MAIN_VIEWS } from './Nav';

const LINKED_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'sources'];

/**
 * The site's 404 page: the site's header and navigation (Finnish, the site's default; plain links, as the page has
 * no script), then the message in all three languages with links on to the main pages of each.
 */
export function NotFound({ base }: { base: string }) {
  const href = (lang: Lang, view: View) => routePath({ lang, view, project: null }, base);
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {translate('fi', 'skipToContent')}
      </a>
      <header className="header">
        <div className="header-title">
          <p className="app-title">
            <a href={href('fi', 'overview')}>{translate('fi', 'appTitle')}</a>
          </p>
          <p className="app-subtitle">{translate('fi', 'appSubtitle')}</p>
        </div>
        <nav aria-label={translate('fi', 'language')} className="header-controls lang-switch">
          {LANGS.map((lang) => (
            <a key={lang} href={href(lang, 'overview')} lang={lang} hrefLang={lang}>
              {LANGUAGE_NAMES[lang]}
            </a>
          ))}
        </nav>
      </header>
      <nav className="nav" aria-label={translate('fi', 'navLabel')}>
        <ul>
          {MAIN_VIEWS.map((view) => (
            <li key={view}>
              <a href={href('fi', view)}>{translate('fi', `view.${view}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="content" className="main not-found">
        {LANGS.map((lang: Lang) => (
          <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`}>
            {lang === 'fi' ? (
              <h1 id={`not-found-${lang}`}>{stringsOf(lang).meta['notFound.title']}</h1>
            ) : (
              <h2 id={`not-found-${lang}`}>{stringsOf(lang).meta['notFound.title']}</h2>
            )}
            <p>{stringsOf(lang).meta['notFound.intro']}</p>
            <ul>
              {LINKED_VIEWS.map((view) => (
                <li key={view}>
                  <a href={href(lang, view)}>{translate(lang, `view.${view}`)}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </div>
  );
}
