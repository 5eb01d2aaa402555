// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';

/**
 * The entry script of every page. The prerendered page is complete without JavaScript, so it paints first; only
 * after that frame do the app's code and the data start to download, and they no longer compete with the page's
 * stylesheets for a slow connection. A hidden tab (no frames) starts at once.
 */
function afterFirstPaint(run: () => void) {
  if (document.visibilityState === 'hidden') return run();
  requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => {
  const data = import('./data/loadOffThread').then((m) => m.loadDatasetOffThread(import.meta.env.BASE_URL));
  void import('./main').then(({ start }) => start(data));
});
