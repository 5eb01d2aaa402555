import type { Strings } from '../types';

/** English strings of the map view (keys as in ../fi/map.ts). */
export default {
  heading: 'Map',
  intro: 'The municipalities of Väli-Suomi and the LasSe municipalities elsewhere.',
  introAction:
    'Choose a municipality to list the projects administered from there; choose it again to clear the choice.',
  geometry: 'Geometry',
  'geo.tiles': 'Tiles (equal-sized municipalities)',
  'geo.boundaries': 'Municipal borders',
  layer: 'Layer',
  'layer.province': 'Province',
  'layer.yta': 'Cooperation area',
  'layer.lasse': 'LasSe participation',
  'layer.projects': 'Projects administered',
  'layer.cost': 'Costs administered, 2008',
  ytaYear: 'Year',
  projectYear: 'Plan year',
  yearBoth: 'both',
  zoom: 'Zoom to province',
  zoomAll: 'Whole area',
  mapLabel: 'Municipality map: {layer}',
  'summary.province':
    '{count, plural, one {# municipality} other {# municipalities}} in eight provinces: the six provinces of Väli-Suomi and LasSe municipalities in Kymenlaakso and Uusimaa.',
  'summary.yta':
    'In {year}, {members, plural, one {# municipality belongs} other {# municipalities belong}} to {areas, plural, one {# cooperation area} other {# cooperation areas}}.',
  'summary.lasse':
    '{count2013, plural, one {# municipality takes} other {# municipalities take}} part in LasSe from 2013, and {count2014} joined in 2014.',
  'summary.projects':
    'Projects are administered from {count, plural, one {# municipality} other {# municipalities}}; {leaders, plural, one {most from {top} ({value, plural, one {# project} other {# projects}})} other {most from {top}, {value, plural, one {# project} other {# projects}} each}}.',
  'summary.cost':
    '2008 costs are administered from {count, plural, one {# municipality} other {# municipalities}}; {leaders, plural, one {most from {top} ({value})} other {most from {top}, {value} each}}.',
  noArea: 'no cooperation area',
  lasse2013: 'taking part from 2013',
  lasse2014: 'joined 2014',
  lasseNone: 'not taking part',
  lasseModules: 'LasSe modules of the province: {modules}',
  modulesNone: 'no modules',
  projectsValue: '{count, plural, one {# project} other {# projects}}',
  uncertainValue: '+ {count, plural, one {# project} other {# projects}} with an uncertain administrator',
  costValue: '{value}',
  withoutCostValue: '{count, plural, one {# project} other {# projects}} with no cost stated',
  'summary.costProvince': 'The 2008 costs administered from {province} total {total}.',
  'summary.costNone': 'No cost data with the chosen filters.',
  noCostData: 'no cost data',
  none: 'no projects',
  legend: 'Legend',
  legendUncertain: 'Dashed outline and ?: an uncertain administrator sits here',
  legendSelected: 'Thick outline: selected municipality',
  selectedHint: 'Selected municipality: {name}',
  colMunicipality: 'Municipality',
  colOtherName: 'In Swedish',
  colProvince: 'Province',
  colArea: 'Cooperation area',
  colLasse: 'LasSe',
  colValue: 'Value',
  boundariesMissing:
    'Municipal borders are not part of this build (data/boundaries-2013.json is missing), so the map is shown as tiles.',
  boundariesLoading: 'Loading municipal borders…',
  attribution:
    'Municipal borders: © National Land Survey of Finland, municipal division 2013 (CC BY 4.0); regional classification: Statistics Finland (CC BY 4.0).',
  outside: 'Outside Väli-Suomi',
  costExplainHeading: 'How the sums add up',
  listOutside:
    'The map counts only the projects of the {years} plans; the list below also has {count, plural, one {# project} other {# projects}} outside them, so its number is larger.',
  scrollCue: 'The map is wider than the screen so that the names stay readable: scroll sideways →',
  tileNote: 'Every municipality is an equal-sized hexagon placed by its location; province borders are drawn thicker.',
  search: 'Find a municipality',
  searchButton: 'Show on the map',
  searchNone: 'No municipality “{query}” on the map.',
  searchFound: '{name} is selected on the map.',
  mapKeys: 'The map is one tab stop: arrow keys move to a neighbouring municipality, Enter or Space selects it.',
} satisfies Strings<'map'>;
