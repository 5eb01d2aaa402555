import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/App';
import { NotFound } from './app/NotFound';
import { Offline, offlinePath } from './app/Offline';
import { pageMeta } from './app/pageMeta';
import { pageHead, robotsTxt, sitemap } from './app/document';
import { VIEW_PAGES } from './app/views';
import { validateDataset } from './data/load';
import type { Dataset } from './data/schema';
import { allRoutes, routePath, type Route } from './state/routes';
import { createAppStore } from './state/store';
import { DATA_FILE_NAMES, type DataFileName } from './data/fetchData';
import { LANGS, loadStrings, stringsOf, translate, type Lang } from './i18n';
import { publicationState, type PublicationState } from './data/publicationFile';
import { checkPublicationText } from './data/publicationSchema';
import { ReleaseHistory } from './data/releases';
import { describeIssues } from './data/load';

/** The build-time side of the site (scripts/site/build.mjs runs this after Vite's SSR build). */

export interface PrerenderedPage {
  route: Route;
  path: string;
  /** Goes into <head> in place of the template's title and description. */
  head: string;
  /** Goes into <div id="root">. */
  body: string;
  /** The view's source module, to find its chunk and stylesheets in Vite's manifest. */
  source?: string;
}

/** Validates the data files the pages are rendered from, with the app's own schemas; throws naming each bad file. */
export function readDataset(files: Record<DataFileName, unknown>): Dataset {
  const checked = validateDataset(files);
  if (checked.ok) return checked.dataset;
  throw new Error(
    checked.errors
      .map(
        (e) => `public/data/${e.file}: does not match the schema: ${'message' in e.problem ? e.problem.message : ''}`,
      )
      .join('\n'),
  );
}

/**
 * renderToString, not react-dom/static: the static renderer adds inline scripts (boundary reveal, timing) that the
 * CSP blocks. A lazily loaded view renders its Suspense fallback until its module has resolved, so the view's
 * module is loaded first; a component whose code is here renders at once (ui/reloadableLazy).
 */
async function render(
  route: Route,
  dataset: Dataset,
  publication: PublicationState,
  history: ReleaseHistory,
): Promise<string> {
  // Every page shows the release in its first render (the print header, the data page): its hydration waits for it.
  const app = (
    <StrictMode>
      <App store={createAppStore(route)} data={{ ok: true, dataset }} publication={publication} history={history} />
    </StrictMode>
  );
  await VIEW_PAGES[route.view].preload();
  return renderToString(app);
}

/** Every page of the site, each from a store of its own, so they render side by side. */
export async function prerenderPages(
  dataset: Dataset,
  base: string,
  siteUrl: string,
  publicationText: string,
  historyText: string,
): Promise<PrerenderedPage[]> {
  // The one check of the release: pages only parse it.
  const checked = checkPublicationText(publicationText);
  if ('problem' in checked) throw new Error(`public/data/datapackage.json: ${checked.problem}`);
  const publication = publicationState(publicationText, checked);
  const history = ReleaseHistory.safeParse(JSON.parse(historyText));
  if (!history.success) throw new Error(`public/data/releases.json: ${describeIssues(history.error)}`);
  await Promise.all(LANGS.map(loadStrings));
  return Promise.all(
    allRoutes(dataset.projects.map((p) => p.id)).map(async (route): Promise<PrerenderedPage> => {
      const body = await render(route, dataset, publication, history.data);
      if (body.includes('<!--$!-->'))
        throw new Error(
          `${routePath(route, base)}: a part of the page did not render on the server (a lazy module that never resolved)`,
        );
      return {
        route,
        path: routePath(route, base),
        head: pageHead(route, pageMeta(route, dataset), base, siteUrl),
        body,
        source: VIEW_PAGES[route.view].source,
      };
    }),
  );
}

/** The 404 page in each language: its title and body (app/NotFound.tsx). */
export const notFoundPages = (base: string) =>
  LANGS.map((lang) => ({
    lang,
    title: `${stringsOf(lang).meta['notFound.title']} – ${translate(lang, 'appTitle')}`,
    body: renderToStaticMarkup(<NotFound base={base} lang={lang} />),
  }));

/** The offline page of each language (app/Offline.tsx): where it goes, its head and its body. */
export const offlinePages = (base: string) =>
  LANGS.map((lang) => ({
    lang,
    path: offlinePath(base, lang),
    head: `<title>${translate(lang, 'offlineTitle')} – ${translate(lang, 'appTitle')}</title>\n    <meta name="robots" content="noindex" />`,
    body: renderToStaticMarkup(<Offline base={base} lang={lang} />),
  }));

/** The page's loading status, outside the app's root: empty, so that src/boot.ts filling it is announced. */
export const loadingStatus = (lang: Lang) =>
  renderToStaticMarkup(
    <div
      id="page-status"
      className="page-status no-print"
      role="status"
      data-text={translate(lang, 'loading')}
      data-filtering={translate(lang, 'filtersPending')}
    />,
  );
export { robotsTxt, sitemap, allRoutes, DATA_FILE_NAMES };
