import { interpolate, stringsOf, translate } from '../i18n';
import { projectName, projectRendering } from '../data/names';
import type { Dataset } from '../data/schema';
import type { Route } from '../state/routes';

export interface PageMeta {
  title: string;
  description: string;
}

/** The title and description of a page, the same on the prerendered page and after in-app navigation. */
export function pageMeta(
  route: Pick<Route, 'lang' | 'view' | 'project'>,
  dataset: Pick<Dataset, 'projects'> | null,
): PageMeta {
  const { lang, view } = route;
  const m = stringsOf(lang).meta;
  const app = translate(lang, 'appTitle');
  const viewName = translate(lang, `view.${view}`);
  const project = route.project ? dataset?.projects.find((p) => p.id === route.project) : undefined;
  if (project) {
    const rendering = projectRendering(project, lang);
    const name = rendering ? `${project.name} (${rendering})` : projectName(project, lang);
    return {
      title: `${name} – ${viewName} – ${app}`,
      description: interpolate(lang, m.project, { name }),
    };
  }
  return {
    title: view === 'overview' ? `${app} – ${translate(lang, 'appSubtitle')}` : `${viewName} – ${app}`,
    description: m[`view.${view}`],
  };
}
