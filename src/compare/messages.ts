import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'heading'
  | 'intro'
  | 'flowTitle'
  | 'flowSummary'
  | 'col.pohjanmaa-2005-2006'
  | 'col.plan'
  | 'col.national'
  | 'change.continued'
  | 'change.renamed'
  | 'change.dropped'
  | 'change.new'
  | 'legendContinued'
  | 'legendRenamed'
  | 'earlierNote'
  | 'reason'
  | 'nationalTitle'
  | 'nationalSummary'
  | 'perThemeTitle'
  | 'perThemeSummary'
  | 'perNationalTitle'
  | 'perNationalSummary'
  | 'provincesTitle'
  | 'provincesSummary'
  | 'adminsTitle'
  | 'adminsSummary'
  | 'both'
  | 'only2008'
  | 'only2009'
  | 'continuingTitle'
  | 'continuingSummary'
  | 'colFrom'
  | 'colTo'
  | 'colAdmins'
  | 'colCost2008'
  | 'colTheme'
  | 'colYear'
  | 'colProvince'
  | 'colNational'
  | 'colChange'
  | 'colGroup'
  | 'colCount'
  | 'colNames'
  | 'projects'
  | 'none';

export const compareMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/compareMessages.fi'),
  sv: () => import('./strings/compareMessages.sv'),
  en: () => import('./strings/compareMessages.en'),
});
