import type { Strings } from '../types';

/** Swedish strings of the overview: key figures and cost charts (keys as in ../fi/overview.ts). */
export default {
  heading: 'Översikt',
  intro:
    'Kostnaderna i 2008 års Kaste-plan per prioriterat område, huvudman och landskap. Diagrammen följer samma filter som projekttabellen.',
  introAction: 'Välj en stapel för att avgränsa projekten efter den.',
  kfHeading: 'Nyckeltal',
  kfStated: 'Kostnader 2008, dokumentets summarad',
  kfSummed: 'Kostnader 2008, summan av raderna',
  kfDifference: 'Skillnad {diff}',
  kfDifferenceLink: 'Se motstridigheterna under Källor och kvalitet',
  kfProjects: 'Projekt i planerna',
  kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
  kfAdmins: 'Huvudmän 2008',
  kfAdminsValue: '{stated} angivna · {counted} räknade ur raderna',
  kfWithoutCost: 'Projekt 2008 utan angiven kostnad',
  kfWithoutCostValue: '{count} / {total}',
  kfOther: '+ {count, plural, one {# annat projekt} other {# andra projekt}} utanför planerna',
  filteredNote: 'Diagrammen är filtrerade ({count, plural, one {# filter valt} other {# filter valda}}).',
  provinceFilterNote:
    'Landskapsfiltret väljer projekt som är verksamma i {provinces}; diagrammen grupperar deras kostnader efter huvudman och huvudmannens hemort, så även andra landskap kan synas.',
  areaTitle: 'Kostnader per prioriterat område 2008',
  areaSummary:
    'De kända kostnaderna 2008 är sammanlagt {total}. {leaders, plural, one {Det största prioriterade området är {top} ({topAmount}, {topShare}).} other {De största prioriterade områdena är {top}, med {topAmount} ({topShare}) vardera.}}',
  areaMissing: 'Kostnad saknas för {withoutCost} projekt.',
  noCostSummary: 'De valda projekten har inga kostnadsuppgifter.',
  areaSplit: 'Dela upp staplarna',
  splitProject: 'per projekt',
  splitAdministrator: 'per huvudman',
  areaTick: '{amount} · {share}',
  noCostCount: '{count} utan angiven kostnad',
  areaNone: 'Inga projekt 2008 med de valda filtren.',
  costsOnly2008:
    'De valda filtren omfattar inga projekt från 2008. Endast 2008 års plan anger projektens kostnader; 2009 års plan anger inga belopp.',
  areaFilteredOut: 'bortvalt med filtren',
  adminTitle: 'Kostnader per huvudman 2008',
  adminSummary:
    '{leaders, plural, one {{top} är huvudman för de största kostnaderna ({topAmount})} other {{top} är huvudmän för de största kostnaderna, {topAmount} vardera}}; sammanlagt {count, plural, one {# huvudman} other {# huvudmän}}.',
  provinceTitle: 'Kostnader per landskap (enligt huvudmannens hemort)',
  provinceSummary:
    '{leaders, plural, one {De största kostnaderna finns i landskapet {top} ({topAmount})} other {De största kostnaderna finns i landskapen {top}, {topAmount} vardera}}; sammanlagt {count, plural, one {# landskap} other {# landskap}}.',
  sharedNote:
    'Kostnaden för ett projekt med flera huvudmän delas lika mellan dem, eftersom källan bara anger projektets totalsumma.',
  colArea: 'Prioriterat område',
  colAdministrator: 'Huvudman',
  colProvince: 'Landskap',
  colSegment: 'Del',
  colAmount: 'Kostnader',
  colShare: 'Andel',
  colProjects: 'Projekt',
  colWithoutCost: 'Kostnad inte angiven',
  colUncertain: 'Med osäker huvudman',
  total: 'Totalt',
  uncertainMark: '(?) = osäker huvudman',
  segmentLegend: 'Staplarnas delar efter färg (i ordning från vänster till höger)',
  unknownAdmin: 'Okänd huvudman',
  chartKeys: 'Med piltangenterna flyttar du mellan staplarna och ser värdet.',
} satisfies Strings<'overview'>;
