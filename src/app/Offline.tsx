import { translate, type Lang } from '../i18n';
import { MAIN_VIEWS } from './Nav';
import { StaticShell, ViewLinks } from './StaticShell';

/** Where the offline page of a language is: `offline/` below the language's root (scripts/site/build.mjs). */
export const offlinePath = (base: string, lang: Lang) => `${base}${lang === 'fi' ? '' : `${lang}/`}offline/`;

/**
 * The page the service worker answers with when the reader is offline and asks for a page it has not stored (an
 * unknown address): the site's header in the page's language, what happened, and links to the pages that do work
 * offline. Plain links, as the page has no script.
 */
export function Offline({ base, lang }: { base: string; lang: Lang }) {
  return (
    <StaticShell base={base} lang={lang} current={lang}>
      <main id="content" className="main not-found offline">
        <h1>{translate(lang, 'offlineTitle')}</h1>
        <p>{translate(lang, 'offlineIntro')}</p>
        <ViewLinks base={base} lang={lang} views={MAIN_VIEWS} />
      </main>
    </StaticShell>
  );
}
