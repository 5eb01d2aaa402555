import { lazyCatalogue } from '../i18n/catalogue';

export type MapKey = Key;

export type Key =
  | 'heading'
  | 'intro'
  | 'geometry'
  | 'geo.tiles'
  | 'geo.boundaries'
  | 'layer'
  | 'layer.province'
  | 'layer.yta'
  | 'layer.lasse'
  | 'layer.projects'
  | 'layer.cost'
  | 'ytaYear'
  | 'projectYear'
  | 'yearBoth'
  | 'zoom'
  | 'zoomAll'
  | 'mapLabel'
  | 'summary.province'
  | 'summary.yta'
  | 'summary.lasse'
  | 'summary.projects'
  | 'summary.cost'
  | 'noArea'
  | 'lasse2013'
  | 'lasse2014'
  | 'lasseNone'
  | 'lasseModules'
  | 'modulesNone'
  | 'projectsValue'
  | 'uncertainValue'
  | 'costValue'
  | 'withoutCostValue'
  | 'none'
  | 'legend'
  | 'legendUncertain'
  | 'legendSelected'
  | 'selectedHint'
  | 'colMunicipality'
  | 'colOtherName'
  | 'colProvince'
  | 'colArea'
  | 'colLasse'
  | 'colValue'
  | 'boundariesMissing'
  | 'boundariesLoading'
  | 'attribution'
  | 'outside'
  | 'tileNote'
  | 'search'
  | 'searchButton'
  | 'searchNone'
  | 'searchFound'
  | 'mapKeys';

export const mapMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/mapMessages.fi'),
  sv: () => import('./strings/mapMessages.sv'),
  en: () => import('./strings/mapMessages.en'),
});
