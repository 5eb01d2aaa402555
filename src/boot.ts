// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';
import { BASE_URL } from './data/config';
import { applyColorScheme, storedColorScheme } from './state/colorScheme';
import { canWait, holdUse, whenHydrated } from './app/startOnUse';

/**
 * The entry script of every page: the prerendered page is complete without JavaScript, so the data start once the
 * browser has painted it, and the app's code once the reader uses the page (app/startOnUse.ts), or at once when the
 * page is not what its address and its data show (a query, data changed or broken since the build). Measured
 * (docs/benchmarks.md): with the app's code referenced from the HTML, Lighthouse's mobile LCP was 1.5–1.6 s instead of 1.0 s, its downloads counted before the first paint.
 * A hidden tab (it paints nothing) or a browser without paint timing starts after the next frame.
 */
function afterFirstPaint(run: () => void) {
  let started = false;
  const once = () => {
    if (!started) run();
    started = true;
  };
  if (document.visibilityState === 'hidden') return once();
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

const root = document.getElementById('root')!;
const use = holdUse(root);
applyColorScheme(storedColorScheme());

afterFirstPaint(async () => {
  const { builtFrom, fetchDataFiles, fetchedText, parseDataFiles } = await import('./data/fetchData');
  const files = await fetchDataFiles(BASE_URL);
  if (canWait(document, window.location, (digest) => builtFrom(fetchedText(files), digest))) {
    document.documentElement.setAttribute('data-ready', '');
    await use.used;
  }
  let hydrating = false;
  try {
    const { start } = await import('./main');
    hydrating = await start(Promise.resolve(parseDataFiles(files)));
    if (hydrating) await whenHydrated();
  } finally {
    // Without the app (its code did not arrive) the held clicks still do what the browser does on its own.
    use.release(hydrating);
  }
});
