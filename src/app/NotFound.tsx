import { LANGS, stringsOf, translate, type Lang } from '../i18n';
import type { View } from '../state/types';
import { MAIN_VIEWS } from './Nav';
import { StaticShell, ViewLinks } from './StaticShell';

const LINKED_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'sources'];

/**
 * The site's 404 page in one language: the site's header and navigation in it (plain links), then the message in
 * that language first and in the other two after it, each with links on to the main pages of its language.
 */
export function NotFound({ base, lang: pageLang }: { base: string; lang: Lang }) {
  const langs = [pageLang, ...LANGS.filter((l) => l !== pageLang)];
  return (
    <StaticShell base={base} lang={pageLang}>
      <nav className="nav" aria-label={translate(pageLang, 'navLabel')}>
        <ViewLinks base={base} lang={pageLang} views={MAIN_VIEWS} />
      </nav>
      <main id="content" className="main not-found">
        {langs.map((lang: Lang) => (
          <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`}>
            {lang === pageLang ? (
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
