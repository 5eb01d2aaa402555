import { lazyCatalogue } from '../i18n/catalogue';

export type Key = 'showTable' | 'download' | 'downloadPng' | 'downloadSvg' | 'downloadCsv' | 'filterBy';

/** The strings of a chart's frame: its table alternative and downloads. */
export const frameMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/frameMessages.fi'),
  sv: () => import('./strings/frameMessages.sv'),
  en: () => import('./strings/frameMessages.en'),
});

export type PageKey =
  | 'tools'
  | 'print'
  | 'copyLink'
  | 'share'
  | 'copied'
  | 'copyFailed'
  | 'addressLabel'
  | 'printFilters'
  | 'printNoFilters'
  | 'printData'
  | 'printAddress'
  | 'printProject';

/** The page's own tools (print, copy link, share) and the header that only the printed page shows. */
export const pageMessages = lazyCatalogue<PageKey>({
  fi: () => import('./strings/pageMessages.fi'),
  sv: () => import('./strings/pageMessages.sv'),
  en: () => import('./strings/pageMessages.en'),
});

export type ErrorKey =
  | 'chunkTitle'
  | 'chunkText'
  | 'crashTitle'
  | 'crashText'
  | 'tryAgain'
  | 'technical'
  | 'problem.network'
  | 'problem.http'
  | 'problem.json'
  | 'problem.schema';

/** A view that failed to load or render, and the words for a data file that could not be used. */
export const errorMessages = lazyCatalogue<ErrorKey>({
  fi: () => import('./strings/errorMessages.fi'),
  sv: () => import('./strings/errorMessages.sv'),
  en: () => import('./strings/errorMessages.en'),
});

export type CiteKey =
  | 'citePage'
  | 'citeFigure'
  | 'citeCopy'
  | 'citeCopied'
  | 'citeCopyFailed'
  | 'citeRelease'
  | 'citeViewed'
  | 'report'
  | 'reportByEmail'
  | 'reportNoChannel'
  | 'reportTitleProject'
  | 'reportTitleNote'
  | 'reportIntro'
  | 'reportPage'
  | 'reportProject'
  | 'reportNote'
  | 'reportFigure'
  | 'reportSources'
  | 'term';

/** Citing a page or a figure, reporting a problem with a project or a note, and the glossary's term links. */
export const citeMessages = lazyCatalogue<CiteKey>({
  fi: () => import('./strings/citeMessages.fi'),
  sv: () => import('./strings/citeMessages.sv'),
  en: () => import('./strings/citeMessages.en'),
});

export type ReleaseKey =
  'shown' | 'newer' | 'showNewest' | 'isNewest' | 'partial' | 'missing' | 'allReleases' | 'files' | 'manifest';

/** A page opened with `?release=`: which release it shows, what it cannot, and the release's files. */
export const releaseMessages = lazyCatalogue<ReleaseKey>({
  fi: () => import('./strings/releaseMessages.fi'),
  sv: () => import('./strings/releaseMessages.sv'),
  en: () => import('./strings/releaseMessages.en'),
});
