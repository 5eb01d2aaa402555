import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
  | 'heading'
  | 'intro'
  | 'kfHeading'
  | 'kfStated'
  | 'kfSummed'
  | 'kfDifference'
  | 'kfDifferenceLink'
  | 'kfProjects'
  | 'kfProjectsValue'
  | 'kfAdmins'
  | 'kfAdminsValue'
  | 'kfWithoutCost'
  | 'kfWithoutCostValue'
  | 'kfOther'
  | 'filteredNote'
  | 'areaTitle'
  | 'areaSummary'
  | 'areaMissing'
  | 'noCostSummary'
  | 'areaSplit'
  | 'splitProject'
  | 'splitAdministrator'
  | 'areaTick'
  | 'noCostCount'
  | 'areaNone'
  | 'adminTitle'
  | 'adminSummary'
  | 'provinceTitle'
  | 'provinceSummary'
  | 'sharedNote'
  | 'colArea'
  | 'colAdministrator'
  | 'colProvince'
  | 'colSegment'
  | 'colAmount'
  | 'colShare'
  | 'colProjects'
  | 'colWithoutCost'
  | 'colUncertain'
  | 'total'
  | 'uncertainMark'
  | 'empty'
  | 'segmentLegend'
  | 'unknownAdmin'
  | 'chartKeys';

export const chartMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/chartMessages.fi'),
  sv: () => import('./strings/chartMessages.sv'),
  en: () => import('./strings/chartMessages.en'),
});
