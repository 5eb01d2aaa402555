// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';

/**
 * The entry script of every page. The prerendered page is complete without JavaScript, so it paints first; only
 * once the browser reports that paint do the app's code and the data start to download, so they never compete with
 * the page's stylesheets on a slow connection. A hidden tab (it paints nothing) or a browser without paint timing
 * starts after the next frame or a short wait.
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

/** A turn of the event loop: what comes after runs in a task of its own. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

afterFirstPaint(() => {
  const data = import('./data/loadOffThread').then((m) => m.loadDatasetOffThread(import.meta.env.BASE_URL));
  // React DOM is evaluated in a task of its own before the app's modules: two shorter tasks instead of one long one
  // while the page is still loading (the app's code downloads meanwhile, its modules are preloaded).
  const app = import('./main');
  void import('react-dom/client')
    .then(nextTask)
    .then(() => app)
    .then(({ start }) => start(data));
});
