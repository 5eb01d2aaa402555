import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'heading'
  | 'intro'
  | 'goalsHeading'
  | 'meansHeading'
  | 'indicators.one'
  | 'indicators.other'
  | 'themesHeading'
  | 'themesIntro'
  | 'colNational'
  | 'colRegional'
  | 'noRegional'
  | 'scheme.pohjanmaa-2005-2006'
  | 'scheme.plan-2008'
  | 'scheme.plan-2009'
  | 'regionsHeading'
  | 'regionsIntro'
  | 'ownRegion'
  | 'ownProject'
  | 'status.decision'
  | 'status.application'
  | 'notSameAs'
  | 'projectPeriod'
  | 'projectAreas'
  | 'prioritiesHeading'
  | 'allProvinces'
  | 'noProjects'
  | 'empty'
  | 'source';

/** The national context view's strings. */
export const contextMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/contextMessages.fi'),
  sv: () => import('./strings/contextMessages.sv'),
  en: () => import('./strings/contextMessages.en'),
});
