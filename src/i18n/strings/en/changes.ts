import type { Strings } from '../types';

/** English strings of the data changelog (keys as in ../fi/changes.ts). */
export default {
  heading: 'Data releases and changes',
  intro:
    'Every release of the data with its version and compilation date, newest first, and what changed since the one before. The version is a hash of the published files; citing it says which data a figure refers to. The list is compiled by the data build.',
  release: 'Version {version}',
  current: 'current release',
  counts:
    'Compiled {date} · {projects} projects · {costs} costs · {notes} data-quality notes · {sources} source documents',
  first: 'The first recorded release.',
  none: 'Projects, costs, data-quality notes, source documents and files unchanged.',
  projectAdded: 'New project: {name}',
  projectRemoved: 'Project removed: {name}',
  projectRenamed: 'Project renamed: {from} → {to}',
  costChanged: 'Cost changed: {name}: {from} → {to}',
  noCost: 'no cost stated',
  noteAdded: 'New data-quality note: {text}',
  noteRemoved: 'Data-quality note removed: {id}',
  sourceAdded: 'New source document: {id}',
  sourceRemoved: 'Source document removed: {id}',
  sourceChanged: 'Source document changed (new SHA-256): {id}',
  fileAdded: 'New file: {id}',
  fileRemoved: 'File removed: {id}',
  fileChanged: 'Changed file: {id}',
  groupProjects: 'Projects and costs',
  groupNotes: 'Data-quality notes',
  groupSources: 'Source documents',
  groupFiles: 'Published files',
  stored:
    'The release’s {files} files ({bytes}) are kept at a permanent address; the release added {added} to the kept files, as a file that did not change is kept only once.',
  notStored:
    'This release’s files were not kept and could not be recovered from the version history, so its figures can no longer be checked.',
  manifest: 'List of files',
  showProjects: 'Projects as of this release',
} satisfies Strings<'changes'>;
