import { projectName } from '../data/names';
import type { Project } from '../data/schema';
import { useLang } from '../i18n';

/**
 * A project's name as a reader of the page's language reads it: its Swedish or English name with the name as
 * written beside it in its own language ("Vasa familjecenter (Vaasan perhekeskus)"), else the name as written.
 */
export function ProjectName({ project }: { project: Pick<Project, 'name' | 'names' | 'language'> }) {
  const lang = useLang();
  const local = projectName(project, lang);
  if (local === project.name) return <span lang={project.language}>{project.name}</span>;
  return (
    <>
      {local} (<span lang={project.language}>{project.name}</span>)
    </>
  );
}
