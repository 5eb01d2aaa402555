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

/** The language to mark a document's text with: none for text without a letter (a year, an amount, "?"). */
export const textLang = (text: string, language: string): string | undefined =>
  /\p{L}/u.test(text) ? language : undefined;

/**
 * A document's line as written (Finnish), with the Swedish words of a mixed project name in it marked Swedish; a
 * row of a project named in Swedish (`swedishRows`, its name) is Swedish, and a line of numbers is in no language.
 */
export function Excerpt({
  text,
  swedishParts,
  swedishRows = [],
}: {
  text: string;
  swedishParts: readonly string[];
  swedishRows?: readonly string[];
}) {
  if (!/\p{L}/u.test(text)) return <code>{text}</code>;
  if (swedishRows.some((name) => text.startsWith(name))) return <code lang="sv">{text}</code>;
  const part = swedishParts.find((w) => text.includes(w));
  if (!part) return <code lang="fi">{text}</code>;
  const at = text.indexOf(part);
  return (
    <code lang="fi">
      {text.slice(0, at)}
      <span lang="sv">{part}</span>
      {text.slice(at + part.length)}
    </code>
  );
}

/**
 * The dashboard's rendering of a name with none in use in the page's language, as a gloss on a line of its own
 * under the name, or `inline` in running text before a colon (app.css); nothing when the name has a form in use
 * or the page is Finnish.
 */
export function ProjectRendering({ project, inline = false }: { project: Named; inline?: boolean }) {
  const lang = useLang();
  const rendering = projectName(project, lang) === project.name ? projectRendering(project, lang) : null;
  if (!rendering) return null;
  return <span className={inline ? 'name-rendering is-inline' : 'name-rendering'}> ({rendering})</span>;
}

/**
 * A project's name as a reader of the page's language reads it: its Swedish or English name with the name as
 * written beside it in its own language ("Vasa familjecenter (Vaasan perhekeskus)"), else the name as written;
 * `rendered` (a heading, a table cell, a legend) adds the dashboard's rendering of a name with none in use under
 * it, `'inline'` (a list item before a colon) beside it ("Ikäihmisten kulttuurikaari (Kulturbåge för äldre)").
 */
export function ProjectName({ project, rendered = false }: { project: Named; rendered?: boolean | 'inline' }) {
  const lang = useLang();
  const local = projectName(project, lang);
  if (local === project.name)
    return (
      <>
        <Written project={project} />
        {rendered && <ProjectRendering project={project} inline={rendered === 'inline'} />}
      </>
    );
  return (
    <>
      {local} (<Written project={project} />)
    </>
  );
}
