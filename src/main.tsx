import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { VIEW_PAGES } from './app/views';
import { loadStrings } from './i18n';
import type { LoadResult } from './data/fetchData';
import { preloadPublication } from './data/publicationFile';
import { preloadReleaseHistory } from './data/releaseHistory';
import { routeOf } from './state/routes';
import { createAppStore } from './state/store';
import { BASE, legacyRedirect } from './state/url';

/**
 * The app's start, called by the entry script (boot.ts) with the data it is fetching. Old query-only links
 * (`?view=…&lang=…`) go to their page first (the CSP forbids an inline redirect), a `?project=` once the data says
 * whether the project has one. A prerendered page is hydrated
 * once its data, its view's code and its strings are here, starting from the state the build rendered; a page whose
 * data fails shows the error panel instead.
 */
export async function start(loading: Promise<LoadResult>): Promise<void> {
  const { pathname, search } = window.location;
  let redirect = legacyRedirect(pathname, search);
  // A project's page exists only for an id the data has: an unknown one stays on the page that names it as ignored.
  if (redirect && new URLSearchParams(search).has('project')) {
    const result = await loading;
    const projects = (result.ok ? result.dataset : result.partial).projects;
    redirect = legacyRedirect(pathname, search, BASE, projects && new Set(projects.map((p) => p.id)));
  }
  if (redirect) {
    window.location.replace(`${redirect}${window.location.hash}`);
    return;
  }
  const route = routeOf(window.location.pathname, BASE);
  const store = createAppStore(route);
  const view = route?.view ?? 'overview';
  const lang = store.getState().lang;
  // A view whose code fails to download shows the error panel in its boundary, which can try again.
  // The release too: every page's first render shows it (the print header), as its prerender did; and the changes
  // page's history of releases (one that fails shows the view's error panel).
  const strings = loadStrings(lang);
  const [data, , , publication, history] = await Promise.all([
    loading,
    VIEW_PAGES[view].preload().catch(() => undefined),
    strings.catch(() => undefined),
    preloadPublication(),
    view === 'changes' ? preloadReleaseHistory().catch(() => null) : null,
  ]);
  try {
    await strings;
  } catch (error) {
    // Without its strings the app cannot render; the prerendered page stays as it is, readable, without its controls.
    console.error('The page stays as prerendered: its strings could not be loaded.', error);
    return;
  }
  const container = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <App store={store} data={data} publication={publication} history={history} />
    </StrictMode>
  );
  if (route && data.ok && container.firstElementChild) {
    // In a transition hydration yields to the browser between parts instead of blocking it for the whole page.
    startTransition(() => {
      hydrateRoot(container, app, {
        // Data published after the pages were built differs from their markup: React then renders the page afresh
        // from the current data, which is right, so it is worth a warning and not an error.
        onRecoverableError: (error) => console.warn('Prerendered page re-rendered from the current data:', error),
      });
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}
