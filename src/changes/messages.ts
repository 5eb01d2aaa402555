import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'heading'
  | 'intro'
  | 'release'
  | 'current'
  | 'counts'
  | 'first'
  | 'none'
  | 'projectAdded'
  | 'projectRemoved'
  | 'projectRenamed'
  | 'costChanged'
  | 'noCost'
  | 'noteAdded'
  | 'noteRemoved'
  | 'sourceAdded'
  | 'sourceRemoved'
  | 'sourceChanged'
  | 'fileAdded'
  | 'fileRemoved'
  | 'fileChanged'
  | 'groupProjects'
  | 'groupNotes'
  | 'groupSources'
  | 'groupFiles'
  | 'stored'
  | 'notStored'
  | 'manifest'
  | 'showProjects';

/** The strings of the data changelog. */
export const changesMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/changesMessages.fi'),
  sv: () => import('./strings/changesMessages.sv'),
  en: () => import('./strings/changesMessages.en'),
});
