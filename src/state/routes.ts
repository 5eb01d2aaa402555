import { LANGS, type Lang } from '../i18n/format';
import type { View } from './types';

/**
 * The route table: every view is a page with a language-neutral slug ('' is the start page). A new view is one
 * line here (the Record makes TypeScript ask for it); the prerender script, the sitemap and the links all read it.
 */
export const VIEW_SLUGS: Record<View, string> = {
  overview: '',
  projects: 'projects',
  compare: 'compare',
  map: 'map',
  timeline: 'timeline',
  context: 'context',
  sources: 'sources',
  accessibility: 'accessibility',
  data: 'data',
  glossary: 'glossary',
  changes: 'changes',
};

/** Finnish lives at the site root, Swedish and English under their own prefix. */
export const LANG_PREFIX: Record<Lang, string> = { fi: '', sv: 'sv/', en: 'en/' };

/** The view whose pages also exist one per project: `/projects/<id>/`. */
export const PROJECT_VIEW: View = 'projects';

export interface Route {
  lang: Lang;
  view: View;
  /** Set on a project's own page. */
  project: string | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Normalises a base path to start and end with one slash. */
export function normaliseBase(raw: string): string {
  const withLead = raw.startsWith('/') ? raw : `/${raw}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * The path of a page below the base, always ending in a slash (GitHub Pages serves `x/` from `x/index.html`).
 *
 * @example routePath({ lang: 'sv', view: 'projects', project: 'p' }, '/kaste-dashboard/') // '/kaste-dashboard/sv/projects/p/'
 */
export function routePath(route: Route, base: string): string {
  const slug = VIEW_SLUGS[route.view];
  const project = route.project && route.view === PROJECT_VIEW ? `${route.project}/` : '';
  return `${base}${LANG_PREFIX[route.lang]}${slug ? `${slug}/` : ''}${project}`;
}

/** The page a path names, or null when no page lives there. A missing trailing slash or `index.html` is accepted. */
export function routeOf(pathname: string, base: string): Route | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (`${path}/` === base) path = base;
  if (!path.startsWith(base)) return null;
  const parts = path
    .slice(base.length)
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  let lang: Lang = 'fi';
  const prefixed = LANGS.find((l) => LANG_PREFIX[l] && LANG_PREFIX[l] === `${parts[0]}/`);
  if (prefixed) {
    lang = prefixed;
    parts.shift();
  }
  const [slug = '', project, ...rest] = parts;
  if (rest.length) return null;
  const view = (Object.keys(VIEW_SLUGS) as View[]).find((v) => VIEW_SLUGS[v] === slug);
  if (!view) return null;
  if (project !== undefined && (view !== PROJECT_VIEW || !ID.test(project))) return null;
  return { lang, view, project: project ?? null };
}

/** Every page of the site for the given project ids: each view in each language, and each project's page. */
export function allRoutes(projectIds: readonly string[]): Route[] {
  return LANGS.flatMap((lang) => [
    ...(Object.keys(VIEW_SLUGS) as View[]).map((view) => ({ lang, view, project: null })),
    ...projectIds.map((project) => ({ lang, view: PROJECT_VIEW, project })),
  ]);
}
