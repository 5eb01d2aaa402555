import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'heading'
  | 'goals'
  | 'targetGroup'
  | 'ages'
  | 'methods'
  | 'basedOn'
  | 'results'
  | 'phases'
  | 'tasks'
  | 'staffing'
  | 'newPost'
  | 'ownStaff'
  | 'financing'
  | 'figures'
  | 'predecessors'
  | 'successors'
  | 'related'
  | 'decisions'
  | 'legalBasis'
  | 'statements'
  | 'statement.withdrawal'
  | 'statement.period-from-title'
  | 'statement.provinces-from-title'
  | 'statement.provinces-from-predecessor'
  | 'statement.placement'
  | 'source';

/** Headings of what the documents say about a project beyond the plan tables. */
export const factsMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/factsMessages.fi'),
  sv: () => import('./strings/factsMessages.sv'),
  en: () => import('./strings/factsMessages.en'),
});
