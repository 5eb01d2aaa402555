// The page's own styles are in its HTML (the entry's stylesheets), so the prerendered markup is styled at once.
import './app/tokens.css';
import './app/app.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { VIEW_PAGES } from './app/views';
import { applyColorScheme } from './app/useDocumentSettings';
import { LANGS, loadMessages } from './i18n';
import { loadDataset } from './data/fetchData';
import { routeOf } from './state/routes';
import { startAtPage, useAppStore } from './state/store';
import { BASE, legacyRedirect } from './state/url';

/**
 * The entry script of every page. Old query-only links (`?view=…&lang=…`) go to their page first (the CSP forbids an
 * inline redirect). A prerendered page is hydrated once its data, its view's code and its strings are here, starting
 * from the state the build rendered; a page whose data fails shows the error panel instead.
 */
async function start() {
  const redirect = legacyRedirect(window.location.pathname, window.location.search);
  if (redirect) {
    window.location.replace(`${redirect}${window.location.hash}`);
    return;
  }
  applyColorScheme(useAppStore.getState().colorScheme);
  const route = routeOf(window.location.pathname, BASE);
  if (route) startAtPage(route);
  const view = route?.view ?? 'overview';
  const lang = useAppStore.getState().lang;
  // A view whose code fails to download shows the error panel in its boundary, which can try again.
  const [data] = await Promise.all([
    loadDataset(BASE),
    VIEW_PAGES[view].preload().catch(() => undefined),
    loadMessages(lang).catch(() => undefined),
  ]);
  try {
    // The view's code has registered its strings by now; they are on their way since it loaded.
    await loadMessages(lang);
  } catch (error) {
    // Without its strings the app cannot render; the prerendered page stays as it is, readable, without its controls.
    console.error('The page stays as prerendered: its strings could not be loaded.', error);
    return;
  }
  const container = document.getElementById('root')!;
  // The other languages' strings come once the page is live, so a language switch is instant and needs no network.
  const prefetchOtherLanguages = () =>
    LANGS.filter((l) => l !== lang).forEach((l) => loadMessages(l).catch(() => undefined));
  const app = (
    <StrictMode>
      <App data={data} onLive={prefetchOtherLanguages} />
    </StrictMode>
  );
  if (route && data.ok && container.firstElementChild) {
    hydrateRoot(container, app, {
      // Data published after the pages were built differs from their markup: React then renders the page afresh
      // from the current data, which is right, so it is worth a warning and not an error.
      onRecoverableError: (error) => console.warn('Prerendered page re-rendered from the current data:', error),
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}

void start();
