import type { ReactNode } from 'react';
import { LANGS, translate, type Lang } from '../i18n';
import { routePath } from '../state/routes';
import type { View } from '../state/types';
import { LANGUAGE_NAMES } from './Header';

/** The address of a view's page in a language, below the site's base. */
export const viewHref = (base: string, lang: Lang, view: View) => routePath({ lang, view, project: null }, base);

/**
 * The site's header for the pages without script (404, offline): the skip link, the title and plain links to each
 * language's overview; `current` marks the language the page is in.
 */
export function StaticShell({
  base,
  lang,
  current,
  contentId = 'content',
  children,
}: {
  base: string;
  lang: Lang;
  current?: Lang;
  /** The id of the page's main content, unique where a page holds a shell per language (404). */
  contentId?: string;
  children: ReactNode;
}) {
  return (
    <div className="shell">
      <a className="skip-link" href={`#${contentId}`}>
        {translate(lang, 'skipToContent')}
      </a>
      <header className="header">
        <div className="header-title">
          <p className="app-title">
            <a href={viewHref(base, lang, 'overview')}>{translate(lang, 'appTitle')}</a>
          </p>
          <p className="app-subtitle">{translate(lang, 'appSubtitle')}</p>
        </div>
        <nav aria-label={translate(lang, 'language')} className="header-controls lang-switch">
          {LANGS.map((l) => (
            <a
              key={l}
              href={viewHref(base, l, 'overview')}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[l]}
            </a>
          ))}
        </nav>
      </header>
      {children}
    </div>
  );
}

/** Plain links to views' pages in a language. */
export function ViewLinks({ base, lang, views }: { base: string; lang: Lang; views: readonly View[] }) {
  return (
    <ul>
      {views.map((view) => (
        <li key={view}>
          <a href={viewHref(base, lang, view)}>{translate(lang, `view.${view}`)}</a>
        </li>
      ))}
    </ul>
  );
}
