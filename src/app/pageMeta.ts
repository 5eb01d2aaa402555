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
    // A title cannot mark a Finnish name's language: a Swedish or English reader's screen reader reads the rendering
    // first, the name as written after it, as it reads a name in use ("Vasa familjecenter (Vaasan perhekeskus)").
    const rendering = projectRendering(project, lang);
    const local = projectName(project, lang);
    const name = rendering
      ? `${rendering} (${project.name})`
      : local === project.name
        ? local
        : `${local} (${project.name})`;
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
