import type { Strings } from '../types';

/** English strings of citing a page or a figure, reporting a problem with a project or a note, and the glossary’s term links (keys as in ../fi/cite.ts). */
export default {
  citePage: 'Cite this page',
  citeFigure: 'Cite this figure',
  citeCopy: 'Copy citation',
  citeCopied: 'The citation has been copied to the clipboard.',
  citeCopyFailed: 'Copying failed. Select and copy the citation from the text above.',
  citeRelease: 'Data compiled {date}, version {version}',
  citeViewed: 'Viewed {date}',
  report: 'Report a problem',
  reportByEmail: 'Report a problem by e-mail',
  reportNoChannel: 'No channel for problem reports is configured for this release.',
  reportTitleProject: 'Error in a project’s data: {name} ({id})',
  reportTitleNote: 'About data-quality note {id}',
  reportIntro: 'Describe what is wrong and what the source says:',
  reportPage: 'Page',
  reportProject: 'Project',
  reportNote: 'Data-quality note',
  reportFigure: 'Figure',
  reportSources: 'Source lines',
  term: '{term} – definition in the glossary',
} satisfies Strings<'cite'>;
