import { projectName, projectRendering } from '../data/names';
import type { Project } from '../data/schema';
import { useLang } from '../i18n';

type Named = Pick<Project, 'name' | 'names' | 'renderings' | 'swedishPart' | 'language'>;

/** The name as written, in its language, with the Swedish words of a mixed name marked Swedish. */
function Written({ project }: { project: Named }) {
  const { name, language, swedishPart } = project;
  const at = swedishPart ? name.indexOf(swedishPart) : -1;
  if (!swedishPart || at < 0) return <span lang={language}>{name}</span>;
  return (
    <span lang={language}>
      {name.slice(0, at)}
      <span lang="sv">{swedishPart}</span>
      {name.slice(at + swedishPart.length)}
    </span>
  );
}

/**
 * A project's name as a reader of the page's language reads it: its Swedish or English name with the name as
 * written beside it in its own language ("Vasa familjecenter (Vaasan perhekeskus)"), else the name as written;
 * `rendered` (a heading, a dialog) adds the dashboard's rendering of a name with none in use beside it
 * ("Ikäihmisten kulttuurikaari (Äldres kulturbåge)").
 */
export function ProjectName({ project, rendered = false }: { project: Named; rendered?: boolean }) {
  const lang = useLang();
  const local = projectName(project, lang);
  const rendering = rendered ? projectRendering(project, lang) : null;
  if (local === project.name)
    return (
      <>
        <Written project={project} />
        {rendering && <span className="name-rendering"> ({rendering})</span>}
      </>
    );
  return (
    <>
      {local} (<Written project={project} />)
    </>
  );
}
