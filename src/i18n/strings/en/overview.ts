import type { Strings } from '../types';

/** English strings of the overview: key figures and cost charts (keys as in ../fi/overview.ts). */
export default {
  heading: 'Overview',
  intro:
    'Costs in the 2008 Kaste plan by priority area, lead organisation and region. The charts follow the same filters as the projects table.',
  introAction: 'Choose a bar to filter the projects by it.',
  kfHeading: 'Key figures',
  kfStated: '2008 costs, the document’s total row',
  kfSummed: '2008 costs, sum of the rows',
  kfDifference: 'Difference {diff}',
  kfDifferenceLink: 'See the discrepancies under Sources and data quality',
  kfProjects: 'Projects in the plans',
  kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
  kfAdmins: 'Lead organisations 2008',
  kfAdminsValue: '{stated} stated · {counted} counted from the rows',
  kfWithoutCost: '2008 projects with no cost stated',
  kfWithoutCostValue: '{count} / {total}',
  kfOther: '+ {count, plural, one {# other project} other {# other projects}} outside the plans',
  filteredNote: 'Filters narrow the charts ({count, plural, one {# filter} other {# filters}} active).',
  provinceFilterNote:
    'The region filter picks the projects working in {provinces}; the charts group their costs by lead organisation and the region of the lead organisation’s seat, so other regions can appear too.',
  areaTitle: 'Costs by priority area, 2008',
  areaSummary:
    'Known 2008 costs total {total}. {leaders, plural, one {The largest area is {top} ({topAmount}, {topShare}).} other {The largest areas are {top}, {topAmount} ({topShare}) each.}}',
  areaMissing: '{withoutCost, plural, one {# project has} other {# projects have}} no cost stated.',
  noCostSummary: 'The selected projects have no cost stated.',
  areaSplit: 'Split bars',
  splitProject: 'by project',
  splitAdministrator: 'by lead organisation',
  areaTick: '{amount} · {share}',
  noCostCount: '{count} with no cost stated',
  areaNone: 'No 2008 projects with the chosen filters.',
  costsOnly2008:
    'The chosen filters keep no project of 2008. Only the 2008 plan states project costs; the 2009 plan states no sums.',
  areaFilteredOut: 'left out by the filters',
  adminTitle: 'Costs by lead organisation, 2008',
  adminSummary:
    '{leaders, plural, one {{top} leads projects with the largest stated costs ({topAmount})} other {{top} lead projects with the largest stated costs, {topAmount} each}}; there {count, plural, one {is # lead organisation} other {are # lead organisations}}.',
  provinceTitle: 'Costs by region (of the lead organisation’s seat)',
  provinceSummary:
    '{leaders, plural, one {{top} has the largest costs ({topAmount})} other {{top} have the largest costs, {topAmount} each}}; there {count, plural, one {is # region} other {are # regions}}.',
  sharedNote:
    'A project with several lead organisations has its cost split equally between them, because the source gives only the project’s total.',
  colArea: 'Priority area',
  colAdministrator: 'Lead organisation',
  colProvince: 'Region',
  colSegment: 'Part',
  colAmount: 'Costs',
  colShare: 'Share',
  colProjects: 'Projects',
  colWithoutCost: 'No cost stated',
  colUncertain: 'Uncertain lead organisation',
  total: 'Total',
  uncertainMark: '(?) = uncertain lead organisation',
  segmentLegend: 'The parts of each bar by colour (in order from left to right)',
  unknownAdmin: 'Lead organisation unknown',
  chartKeys: 'Arrow keys move between bars and show the value.',
} satisfies Strings<'overview'>;
