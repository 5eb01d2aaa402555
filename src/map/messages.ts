import type { Catalogue } from '../i18n';

export type MapKey = Key;

type Key =
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

export const mapMessages: Catalogue<Key> = {
  fi: {
    heading: 'Kartta',
    intro: 'Väli-Suomen kunnat ja LasSe-hankkeen kunnat alueen ulkopuolella. Kunnan napsautus suodattaa hankkeet, joiden hallinnoija on kunnasta; toinen napsautus poistaa valinnan.',
    geometry: 'Karttapohja',
    'geo.tiles': 'Ruudukko (kunnat samankokoisina)',
    'geo.boundaries': 'Kuntarajat',
    layer: 'Taso',
    'layer.province': 'Maakunta',
    'layer.yta': 'Yhteistoiminta-alue',
    'layer.lasse': 'LasSe-osallistuminen',
    'layer.projects': 'Hallinnoidut hankkeet',
    'layer.cost': 'Hallinnoidut kustannukset 2008',
    ytaYear: 'Vuosi',
    projectYear: 'Suunnitelmavuosi',
    yearBoth: 'molemmat',
    zoom: 'Rajaa maakuntaan',
    zoomAll: 'Koko alue',
    mapLabel: 'Kuntakartta: {layer}',
    'summary.province': '{count, plural, one {# kunta} other {# kuntaa}} kahdeksassa maakunnassa: Väli-Suomen kuusi maakuntaa sekä LasSe-kunnat Kymenlaaksosta ja Uudeltamaalta.',
    'summary.yta': 'Vuonna {year} {members, plural, one {# kunta kuuluu} other {# kuntaa kuuluu}} {areas} yhteistoiminta-alueeseen.',
    'summary.lasse': 'LasSe-hankkeessa on {count2013, plural, one {# kunta} other {# kuntaa}} vuodesta 2013, ja {count2014, plural, one {# kunta liittyi} other {# kuntaa liittyi}} vuonna 2014.',
    'summary.projects': 'Hankkeita hallinnoidaan {count} kunnasta; {leaders, plural, one {eniten kunnasta {top} ({value, plural, one {# hanke} other {# hanketta}})} other {eniten kunnista {top}, kustakin {value, plural, one {# hanke} other {# hanketta}}}}.',
    'summary.cost': 'Vuoden 2008 kustannuksia hallinnoidaan {count} kunnasta; {leaders, plural, one {eniten kunnasta {top} ({value})} other {eniten kunnista {top}, kustakin {value}}}.',
    noArea: 'ei yhteistoiminta-aluetta',
    lasse2013: 'mukana 2013',
    lasse2014: 'liittyi 2014',
    lasseNone: 'ei mukana',
    lasseModules: 'Maakunnan LasSe-moduulit: {modules}',
    modulesNone: 'ei moduuleja',
    projectsValue: '{count, plural, one {# hanke} other {# hanketta}}',
    uncertainValue: '+ {count, plural, one {# hanke, jonka hallinnoija on epävarma} other {# hanketta, joiden hallinnoija on epävarma}}',
    costValue: '{value}',
    withoutCostValue: '{count} ilman kustannusta',
    none: 'ei hankkeita',
    legend: 'Selite',
    legendUncertain: 'Katkoviiva ja ?: kunnassa on epävarma hallinnoija',
    legendSelected: 'Paksu reunus: valittu kunta',
    selectedHint: 'Valittu kunta: {name}',
    colMunicipality: 'Kunta',
    colOtherName: 'Ruotsiksi',
    colProvince: 'Maakunta',
    colArea: 'Yhteistoiminta-alue',
    colLasse: 'LasSe',
    colValue: 'Arvo',
    boundariesMissing: 'Kuntarajoja ei ole tässä julkaisussa (tiedosto data/boundaries-2013.json puuttuu), joten kartta näytetään ruudukkona.',
    boundariesLoading: 'Ladataan kuntarajoja…',
    attribution: 'Kuntarajat: © Maanmittauslaitos, kuntajako 2013 (CC BY 4.0). Aluejaot: Tilastokeskus (CC BY 4.0).',
    outside: 'Väli-Suomen ulkopuolella',
    tileNote: 'Jokainen kunta on yhtä suuri kuusikulmio, sijoiteltu kuntien sijainnin mukaan; maakuntien rajat on piirretty paksummalla viivalla.',
    search: 'Hae kuntaa',
    searchButton: 'Näytä kartalla',
    searchNone: 'Kuntaa ”{query}” ei löydy kartalta.',
    searchFound: '{name} on valittu kartalla.',
    mapKeys: 'Kartalla on yksi sarkainpysähdys: nuolinäppäimet siirtyvät naapurikuntaan, Enter tai välilyönti valitsee kunnan.',
  },
  sv: {
    heading: 'Karta',
    intro: 'Kommunerna i Väli-Suomi och LasSe-projektets kommuner utanför regionen. Klicka på en kommun för att visa de projekt vars huvudman finns där; klicka igen för att ta bort valet.',
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
    zoomAll: 'Hela området',
    mapLabel: 'Kommunkarta: {layer}',
    'summary.province': '{count, plural, one {# kommun} other {# kommuner}} i åtta landskap: de sex landskapen i Väli-Suomi och LasSe-kommuner i Kymmenedalen och Nyland.',
    'summary.yta': 'År {year} hör {members, plural, one {# kommun} other {# kommuner}} till {areas, plural, one {# samarbetsområde} other {# samarbetsområden}}.',
    'summary.lasse': 'I LasSe deltar {count2013, plural, one {# kommun} other {# kommuner}} från 2013, och {count2014, plural, one {# kommun} other {# kommuner}} anslöt sig 2014.',
    'summary.projects': 'Projektens huvudmän finns i {count, plural, one {# kommun} other {# kommuner}}; {leaders, plural, one {flest projekt har {top} ({value} projekt)} other {flest projekt har {top}, {value} projekt vardera}}.',
    'summary.cost': 'Huvudmännen för kostnaderna 2008 finns i {count, plural, one {# kommun} other {# kommuner}}; {leaders, plural, one {störst kostnader har {top} ({value})} other {störst kostnader har {top}, {value} vardera}}.',
    noArea: 'inget samarbetsområde',
    lasse2013: 'med från 2013',
    lasse2014: 'anslöt 2014',
    lasseNone: 'deltar inte',
    lasseModules: 'Landskapets LasSe-moduler: {modules}',
    modulesNone: 'inga moduler',
    projectsValue: '{count} projekt',
    uncertainValue: '+ {count} projekt med osäker huvudman',
    costValue: '{value}',
    withoutCostValue: '{count} utan kostnad',
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
    boundariesMissing: 'Kommungränserna ingår inte i den här versionen (filen data/boundaries-2013.json saknas), så kartan visas som rutnät.',
    boundariesLoading: 'Kommungränserna laddas…',
    attribution: 'Kommungränser: © Lantmäteriverket, kommunindelning 2013 (CC BY 4.0). Regionindelning: Statistikcentralen (CC BY 4.0).',
    outside: 'Utanför Väli-Suomi',
    tileNote: 'Varje kommun är en lika stor sexhörning, placerad enligt kommunens läge; landskapsgränserna är ritade med tjockare linje.',
    search: 'Sök kommun',
    searchButton: 'Visa på kartan',
    searchNone: 'Det finns ingen kommun med namnet ”{query}” på kartan.',
    searchFound: '{name} är vald på kartan.',
    mapKeys: 'Kartan har ett tabbstopp: piltangenterna flyttar till grannkommunen, Enter eller mellanslag väljer kommunen.',
  },
  en: {
    heading: 'Map',
    intro: 'The municipalities of Väli-Suomi and the LasSe municipalities elsewhere. Click a municipality to filter the projects administered from there; click again to clear it.',
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
    'summary.province': '{count, plural, one {# municipality} other {# municipalities}} in eight provinces: the six provinces of Väli-Suomi and LasSe municipalities in Kymenlaakso and Uusimaa.',
    'summary.yta': 'In {year}, {members, plural, one {# municipality belongs} other {# municipalities belong}} to {areas, plural, one {# cooperation area} other {# cooperation areas}}.',
    'summary.lasse': '{count2013, plural, one {# municipality takes} other {# municipalities take}} part in LasSe from 2013, and {count2014} joined in 2014.',
    'summary.projects': 'Projects are administered from {count, plural, one {# municipality} other {# municipalities}}; {leaders, plural, one {most from {top} ({value, plural, one {# project} other {# projects}})} other {most from {top}, {value, plural, one {# project} other {# projects}} each}}.',
    'summary.cost': '2008 costs are administered from {count, plural, one {# municipality} other {# municipalities}}; {leaders, plural, one {most from {top} ({value})} other {most from {top}, {value} each}}.',
    noArea: 'no cooperation area',
    lasse2013: 'taking part from 2013',
    lasse2014: 'joined 2014',
    lasseNone: 'not taking part',
    lasseModules: 'LasSe modules of the province: {modules}',
    modulesNone: 'no modules',
    projectsValue: '{count, plural, one {# project} other {# projects}}',
    uncertainValue: '+ {count, plural, one {# project} other {# projects}} with an uncertain administrator',
    costValue: '{value}',
    withoutCostValue: '{count, plural, one {# project} other {# projects}} without a cost',
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
    boundariesMissing: 'Municipal borders are not part of this build (data/boundaries-2013.json is missing), so the map is shown as tiles.',
    boundariesLoading: 'Loading municipal borders…',
    attribution: 'Municipal borders: © National Land Survey of Finland, municipal division 2013 (CC BY 4.0); regional classification: Statistics Finland (CC BY 4.0).',
    outside: 'Outside Väli-Suomi',
    tileNote: 'Every municipality is an equal-sized hexagon placed by its location; province borders are drawn thicker.',
    search: 'Find a municipality',
    searchButton: 'Show on the map',
    searchNone: 'No municipality “{query}” on the map.',
    searchFound: '{name} is selected on the map.',
    mapKeys: 'The map is one tab stop: arrow keys move to a neighbouring municipality, Enter or Space selects it.',
  },
};
