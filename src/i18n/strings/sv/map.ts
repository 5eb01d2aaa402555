import type { Strings } from '../types';

/** Swedish strings of the map view (keys as in ../fi/map.ts). */
export default {
  heading: 'Karta',
  intro: 'Kommunerna i Väli-Suomi och LasSe-projektets kommuner utanför Kaste-regionen.',
  introAction: 'Välj en kommun för att visa de projekt vars huvudman finns där; välj den igen för att ta bort valet.',
  geometry: 'Kartunderlag',
  'geo.tiles': 'Rutnät (kommunerna lika stora)',
  'geo.boundaries': 'Kommungränser',
  layer: 'Lager',
  'layer.province': 'Landskap',
  'layer.yta': 'Samarbetsområde',
  'layer.lasse': 'Deltagande i LasSe',
  'layer.projects': 'Projekt per huvudmannens kommun',
  'layer.cost': 'Kostnader 2008 per huvudmannens kommun',
  ytaYear: 'År',
  projectYear: 'Planår',
  yearBoth: 'båda',
  zoom: 'Zooma in på landskap',
  zoomAll: 'Hela Kaste-regionen',
  mapLabel: 'Kommunkarta: {layer}',
  'summary.province':
    '{count, plural, one {# kommun} other {# kommuner}} i åtta landskap: de sex landskapen i Väli-Suomi och LasSe-kommuner i Kymmenedalen och Nyland.',
  'summary.yta':
    'År {year} hör {members, plural, one {# kommun} other {# kommuner}} till {areas, plural, one {# samarbetsområde} other {# samarbetsområden}}.',
  'summary.lasse':
    'I LasSe deltar {count2013, plural, one {# kommun} other {# kommuner}} från 2013, och {count2014, plural, one {# kommun} other {# kommuner}} anslöt sig 2014.',
  'summary.projects':
    'Projektens huvudmän finns i {count, plural, one {# kommun} other {# kommuner}}; {leaders, plural, one {flest projekt har {top} ({value} projekt)} other {flest projekt har {top}, {value} projekt vardera}}.',
  'summary.cost':
    'Huvudmännen för kostnaderna 2008 finns i {count, plural, one {# kommun} other {# kommuner}}; {leaders, plural, one {störst kostnader har {top} ({value})} other {störst kostnader har {top}, {value} vardera}}.',
  noArea: 'inget samarbetsområde',
  lasse2013: 'med från 2013',
  lasse2014: 'anslöt 2014',
  lasseNone: 'deltar inte',
  lasseModules: 'Landskapets LasSe-moduler: {modules}',
  modulesNone: 'inga moduler',
  projectsValue: '{count} projekt',
  uncertainValue: '+ {count} projekt med osäker huvudman',
  costValue: '{value}',
  withoutCostValue: '{count} utan angiven kostnad',
  'summary.costProvince':
    '{province}: kostnaderna för 2008 med huvudmän i landskapets kommuner uppgår till sammanlagt {total}.',
  'summary.costNone': 'Med de valda filtren finns inga kostnadsuppgifter.',
  noCostData: 'inga kostnadsuppgifter',
  none: 'inga projekt',
  legend: 'Teckenförklaring',
  legendUncertain: 'Streckad kant och ?: en osäker huvudman finns i kommunen',
  legendSelected: 'Tjock kant: vald kommun',
  selectedHint: 'Vald kommun: {name}',
  colMunicipality: 'Kommun',
  colOtherName: 'På finska',
  colProvince: 'Landskap',
  colArea: 'Samarbetsområde',
  colLasse: 'LasSe',
  colValue: 'Värde',
  boundariesMissing:
    'Kommungränserna ingår inte i den här utgåvan (filen data/boundaries-2013.json saknas), så kartan visas som rutnät.',
  boundariesLoading: 'Kommungränserna laddas…',
  attribution:
    'Kommungränser: © Lantmäteriverket, kommunindelning 2013 (CC BY 4.0). Regionindelning: Statistikcentralen (CC BY 4.0).',
  outside: 'Utanför Väli-Suomi',
  costExplainHeading: 'Så räknas summorna ut',
  listOutside:
    'Kartan räknar bara projekten i planerna för {years}; listan nedan har dessutom {count, plural, one {# projekt} other {# projekt}} utanför dem, så dess tal är större.',
  scrollCue: 'Kartan är bredare än skärmen så att kommunnamnen går att läsa: rulla i sidled →',
  tileNote:
    'Varje kommun är en lika stor sexhörning, placerad enligt kommunens läge; landskapsgränserna är ritade med tjockare linje.',
  search: 'Sök kommun',
  searchButton: 'Visa på kartan',
  searchNone: 'Det finns ingen kommun med namnet ”{query}” på kartan.',
  searchFound: '{name} är vald på kartan.',
  mapKeys:
    'Kartan har ett tabbstopp: piltangenterna flyttar till grannkommunen, Enter eller mellanslag väljer kommunen.',
} satisfies Strings<'map'>;
