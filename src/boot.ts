// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';
import { BASE_URL } from './data/config';
import { applyColorScheme, storedColorScheme } from './state/colorScheme';
import { hasFilterParams } from './ui/filtersPending';

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
  // A hidden tab paints nothing, nor does a page with nothing prerendered (the dev server's): they start at once. So
  // does an address with a query, which only the app can show (a sort header or a chart's bar tapped before it came).
  if (
    document.visibilityState === 'hidden' ||
    !document.getElementById('root')?.firstElementChild ||
    window.location.search
  )
    return once();
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

/**
 * Says that the page is still loading when the app has not taken over a second after the start, or at once when the
 * reader clicks before then: a slow data file or script is not silence. The status is the build's, in the page's
 * language, empty until filled, so a screen reader announces it; emptied once the app is ready.
 * An address with filters is marked `data-filters-pending` at once: the prerendered figures are every project's,
 * not the link's answer, so app.css hides them and the status says the filters are being applied.
 */
function sayWhileLoading(): () => void {
  const status = document.getElementById('page-status');
  const html = document.documentElement;
  if (!status) return () => undefined;
  const pending = hasFilterParams(location.search);
  const show = () => {
    if (!html.hasAttribute('data-ready'))
      status.textContent = (pending ? status.dataset.filtering : status.dataset.text) ?? '';
  };
  // The prerendered links to a sort or a filter start from an address without a query: with one they would drop it.
  if (location.search) html.setAttribute('data-query', '');
  if (pending) {
    html.setAttribute('data-filters-pending', '');
    // A frame later, so that the status's filling is a change a screen reader announces.
    requestAnimationFrame(show);
  }
  const timer = setTimeout(show, 1000);
  document.addEventListener('click', show, { capture: true });
  const done = () => {
    clearTimeout(timer);
    document.removeEventListener('click', show, { capture: true });
    html.removeAttribute('data-filters-pending');
    status.textContent = '';
  };
  onReady(done);
  return done;
}

/** Runs `run` once the app has taken the page over (App.tsx marks `<html data-ready>`). */
function onReady(run: () => void) {
  const html = document.documentElement;
  if (html.hasAttribute('data-ready')) return run();
  new MutationObserver((_, observer) => {
    if (!html.hasAttribute('data-ready')) return;
    observer.disconnect();
    run();
  }).observe(html, { attributes: true, attributeFilter: ['data-ready'] });
}

/**
 * The page's data: the release its address names (`?release=`, data/releaseFiles.ts), checked against the schemas,
 * else the current files. The current files are asked for at once, so a page without the parameter waits for nothing
 * more; a release that is not kept falls back to them.
 */
async function loadData() {
  const current = loadCurrentData();
  const { releaseParam } = await import('./state/url');
  const version = releaseParam(window.location.search);
  if (!version) return current;
  const [{ loadRelease, setShownRelease }, { validateLoaded }] = await Promise.all([
    import('./data/releaseFiles'),
    import('./data/load'),
  ]);
  const { result, shown } = await loadRelease(BASE_URL, version, validateLoaded);
  setShownRelease(shown);
  return result ?? current;
}

/**
 * The current data. Files of another release than the one the page was built from (`meta[name=data-release]`), or
 * of another size than the data package states, were not validated by the build, so only then are the schemas loaded
 * to check them (data/load.ts).
 */
async function loadCurrentData() {
  const release = import('./data/publicationFile').then(({ preloadPublication }) => preloadPublication());
  const { fetchDataFiles, isBuiltRelease, parseDataFiles } = await import('./data/fetchData');
  const files = await fetchDataFiles(BASE_URL);
  const parsed = parseDataFiles(files);
  const publication = await release.catch(() => null);
  const built = document.querySelector<HTMLMetaElement>('meta[name=data-release]')?.content;
  if (isBuiltRelease(files, publication?.status === 'ok' ? publication.publication : null, built)) return parsed;
  // A validator that cannot be downloaded leaves the files as they parsed, as the build's would be.
  const validator = await import('./data/load').catch(() => null);
  return validator ? validator.validateLoaded(parsed) : parsed;
}

/**
 * The service worker that keeps the site for offline use (app/serviceWorker.ts), only in the built site, whose build
 * writes it. Its install downloads the whole release (every page of every language, about 2.4 MB gzip), so it is
 * registered once the page is ready and the browser idle: on a phone it would otherwise share the network and the
 * processor with the page's own code and data, and the reader would wait for the app that long.
 */
function registerOffline() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void import('./app/serviceWorker')
      .then(({ registerServiceWorker }) => registerServiceWorker(BASE_URL))
      .catch((error: unknown) => console.warn('The site will not work offline:', error));
  onReady(() =>
    'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register),
  );
}

applyColorScheme(storedColorScheme());
const stopSaying = sayWhileLoading();
registerOffline();

afterFirstPaint(() => {
  // All of the page's modules at once (scripts/site/build.mjs lists them): one round trip, not one per import level.
  const modules = document.querySelector<HTMLMetaElement>('meta[name=page-modules]')?.content.split(' ') ?? [];
  for (const href of modules.filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const loading = loadData();
  // Without its code the page stays as prerendered: readable, its links work, its app controls say they need it.
  import('./main')
    .then(({ start }) => start(loading))
    .catch((error: unknown) => {
      stopSaying();
      console.error('The page stays as prerendered: its code could not be loaded.', error);
    });
});
