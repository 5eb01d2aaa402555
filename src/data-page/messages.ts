import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'heading'
  | 'intro'
  | 'licence'
  | 'credit'
  | 'licenceLink'
  | 'release'
  | 'tablesHeading'
  | 'tablesIntro'
  | 'unfilteredNote'
  | 'filteredHeading'
  | 'filteredIntro'
  | 'filteredCsv'
  | 'filteredXlsx'
  | 'colFile'
  | 'colContent'
  | 'colRows'
  | 'colDownload'
  | 'excelCsv'
  | 'englishCsv'
  | 'xlsxHeading'
  | 'noScriptDownloads'
  | 'xlsxIntro'
  | 'xlsxButton'
  | 'xlsxWorking'
  | 'xlsxFailed'
  | 'jsonHeading'
  | 'jsonIntro'
  | 'colSize'
  | 'packageHeading'
  | 'packageIntro'
  | 'packageDescription'
  | 'loading'
  | 'failed'
  | 'sourcesHeading';

export const dataPageMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/dataPageMessages.fi'),
  sv: () => import('./strings/dataPageMessages.sv'),
  en: () => import('./strings/dataPageMessages.en'),
});
