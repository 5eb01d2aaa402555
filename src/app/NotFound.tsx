import { LANGS, stringsOf, translate, type Lang } from '../i18n';
import type { View } from '../state/types';
import { MAIN_VIEWS } from './Nav';
import { StaticShell, ViewLinks } from './StaticShell';

const LINKED_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'sources'];

/**
 * The site's 404 page in one language: the site's header and navigation in it (plain links, as the page has no app),
 * then the message in that language and in the other two, with links on to the main pages of each.
 */
function NotFoundIn({ base, lang }: { base: string; lang: Lang }) {
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return (
    <StaticShell base={base} lang={lang} current={lang} contentId={`content-${lang}`}>
      <nav className="nav" aria-label={translate(lang, 'navLabel')}>
        <ViewLinks base={base} lang={lang} views={MAIN_VIEWS} />
      </nav>
      <main id={`content-${lang}`} className="main not-found">
        {order.map((l) => (
          <section key={l} lang={l === lang ? undefined : l} aria-labelledby={`not-found-${lang}-${l}`}>
            {l === lang ? (
              <h1 id={`not-found-${lang}-${l}`}>{stringsOf(l).meta['notFound.title']}</h1>
            ) : (
              <h2 id={`not-found-${lang}-${l}`}>{stringsOf(l).meta['notFound.title']}</h2>
            )}
            <p>{stringsOf(l).meta['notFound.intro']}</p>
            <ViewLinks base={base} lang={l} views={LINKED_VIEWS} />
          </section>
        ))}
      </main>
    </StaticShell>
  );
}

/**
 * GitHub Pages answers every unknown address with the one 404.html, so it holds the page in each language: Finnish
 * shown, the others hidden until the page's script (scripts/site/build.mjs) shows the one the address names
 * (/sv/…, /en/…). Without script a reader gets the Finnish page, which gives the message in all three languages.
 */
export function NotFound({ base }: { base: string }) {
  return (
    <>
      {LANGS.map((lang) => (
        <div key={lang} data-not-found={lang} hidden={lang !== 'fi'}>
          <NotFoundIn base={base} lang={lang} />
        </div>
      ))}
    </>
  );
}
