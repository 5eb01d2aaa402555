// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';
import { BASE_URL } from './data/config';

/**
 * The entry script of every page: the prerendered page is complete without JavaScript, so the app's code and the
 * data start once the browser has painted it. Measured (docs/benchmarks.md): with the app's code referenced from
 * the HTML, Lighthouse's mobile LCP was 1.5–1.6 s instead of 1.0 s, its downloads counted before the first paint.
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

afterFirstPaint(() => {
  const data = import('./data/fetchData').then((m) => m.loadDataset(BASE_URL));
  void import('./main').then(({ start }) => start(data));
});
