// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';
import { BASE_URL } from './data/config';
import { applyColorScheme, storedColorScheme } from './state/colorScheme';
import { LANGS, warmFormatters, type Lang } from './i18n/format';

/**
 * The entry script of every page. The prerendered page is complete without JavaScript; the app's code and the data
 * start once the browser has painted it, so they do not delay the first paint, and the app hydrates the page as soon
 * as both are here. A browser without paint timing starts after the next frame.
 */
function afterFirstPaint(run: () => void) {
  let started = false;
  const once = () => {
    if (!started) run();
    started = true;
  };
  // A hidden tab paints nothing, nor does a page with nothing prerendered (the dev server's): they start at once.
  if (document.visibilityState === 'hidden' || !document.getElementById('root')?.firstElementChild) return once();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint'))
    return requestAnimationFrame(() => setTimeout(once, 0));
  new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) {
      observer.disconnect();
      once();
    }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(once, 3000);
}

applyColorScheme(storedColorScheme());

afterFirstPaint(() => {
  // All of the page's modules at once (scripts/site/build.mjs lists them): one round trip, not one per import level.
  const modules = document.querySelector<HTMLMetaElement>('meta[name=page-modules]')?.content.split(' ') ?? [];
  for (const href of modules.filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const lang = document.documentElement.lang;
  if ((LANGS as readonly string[]).includes(lang)) void warmFormatters(lang as Lang);
  const loading = import('./data/fetchData').then(async ({ fetchDataFiles, parseDataFiles }) =>
    parseDataFiles(await fetchDataFiles(BASE_URL)),
  );
  // Without its code the page stays as prerendered: readable, its links work, its app controls say they need it.
  import('./main')
    .then(({ start }) => start(loading))
    .catch((error: unknown) => console.error('The page stays as prerendered: its code could not be loaded.', error));
});
