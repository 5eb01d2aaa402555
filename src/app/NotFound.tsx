import { LANGS, stringsOf, translate, type Lang } from '../i18n';
import { routePath } from '../state/routes';
import type { View } from '../state/types';
import { metaMessages } from './messages';

const MAIN_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'sources'];

/** The site's 404 page: says so in all three languages and links on to the main pages of each. Needs no script. */
export function NotFound({ base }: { base: string }) {
  return (
    <main id="content" className="main not-found">
      {LANGS.map((lang: Lang) => (
        <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`}>
          {lang === 'fi' ? (
            <h1 id={`not-found-${lang}`}>{stringsOf(metaMessages, lang)['notFound.title']}</h1>
          ) : (
            <h2 id={`not-found-${lang}`}>{stringsOf(metaMessages, lang)['notFound.title']}</h2>
          )}
          <p>{stringsOf(metaMessages, lang)['notFound.intro']}</p>
          <ul>
            {MAIN_VIEWS.map((view) => (
              <li key={view}>
                <a href={routePath({ lang, view, project: null }, base)}>{translate(lang, `view.${view}`)}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
