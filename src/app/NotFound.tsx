import { LANGS, stringsOf, translate, type Lang } from '../i18n';
import type { View } from '../state/types';
import { MAIN_VIEWS } from './Nav';
import { StaticShell, ViewLinks } from './StaticShell';

const LINKED_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'sources'];

/**
 * The site's 404 page: the site's header and navigation (Finnish, the site's default; plain links, as the page has
 * no script), then the message in all three languages with links on to the main pages of each.
 */
export function NotFound({ base }: { base: string }) {
  return (
    <StaticShell base={base} lang="fi">
      <nav className="nav" aria-label={translate('fi', 'navLabel')}>
        <ViewLinks base={base} lang="fi" views={MAIN_VIEWS} />
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
            <ViewLinks base={base} lang={lang} views={LINKED_VIEWS} />
          </section>
        ))}
      </main>
    </StaticShell>
  );
}
