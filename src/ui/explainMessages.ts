import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'open'
  | 'rule.full'
  | 'rule.split-equally'
  | 'rule.administrator-home'
  | 'rule.stated'
  | 'rule.count'
  | 'colRow'
  | 'colValue'
  | 'total'
  | 'share'
  | 'part'
  | 'excluded'
  | 'reason.no-cost'
  | 'notes'
  | 'noteLink'
  | 'barsHeading'
  | 'besideNotes'
  | 'projectNotes';

/** The strings of "how this number is made" (ExplainNumber). */
export const explainMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/explainMessages.fi'),
  sv: () => import('./strings/explainMessages.sv'),
  en: () => import('./strings/explainMessages.en'),
});
