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
  | 'colSwedish'
  | 'colProvince'
  | 'colArea'
  | 'colLasse'
  | 'colValue'
  | 'boundariesMissing'
  | 'boundariesLoading'
  | 'attribution'
  | 'outside'
  | 'tileNote';

export const mapMessages: Catalogue<Key> = {
  fi: {
    heading: 'Kartta',
    intro: 'Väli-Suomen kunnat ja LasSe-hankkeen kunnat muualla. Kunnan napsautus suodattaa hankkeet, joita hallinnoidaan kunnasta; toinen napsautus poistaa valinnan.',
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
    'summary.province': '{count} kuntaa kahdeksassa maakunnassa; kuusi Väli-Suomen maakuntaa ja LasSe-kunnat Kymenlaaksosta ja Uudeltamaalta.',
    'summary.yta': 'Vuonna {year} {members} kuntaa kuuluu {areas} yhteistoiminta-alueeseen.',
    'summary.lasse': 'LasSe-hankkeessa on {count2013} kuntaa vuodesta 2013 ja {count2014} liittyi 2014.',
    'summary.projects': 'Hankkeita hallinnoidaan {count} kunnasta; eniten {top} ({value}).',
    'summary.cost': 'Vuoden 2008 kustannuksia hallinnoidaan {count} kunnasta; eniten {top} ({value}).',
    noArea: 'ei yhteistoiminta-aluetta',
    lasse2013: 'mukana 2013',
    lasse2014: 'liittyi 2014',
    lasseNone: 'ei mukana',
    lasseModules: 'Maakunnan LasSe-moduulit: {modules}',
    modulesNone: 'ei moduuleja',
    projectsValue: '{count} hanketta',
    uncertainValue: '+ {count} epävarmaa',
    costValue: '{value}',
    withoutCostValue: '{count} ilman kustannusta',
    none: 'ei hankkeita',
    legend: 'Selite',
    legendUncertain: 'Katkoviiva ja ?: kunnassa on epävarma hallinnoija',
    legendSelected: 'Paksu reunus: valittu kunta',
    selectedHint: 'Valittu kunta: {name}',
    colMunicipality: 'Kunta',
    colSwedish: 'Ruotsiksi',
    colProvince: 'Maakunta',
    colArea: 'Yhteistoiminta-alue',
    colLasse: 'LasSe',
    colValue: 'Arvo',
    boundariesMissing: 'Kuntarajoja ei ole tässä julkaisussa (tiedosto data/boundaries-2013.json puuttuu), joten kartta näytetään ruudukkona.',
    boundariesLoading: 'Ladataan kuntarajoja…',
    attribution: 'Kuntarajat: © Maanmittauslaitos, kuntajako 2013 (CC BY 4.0). Aluejaot: Tilastokeskus (CC BY 4.0).',
    outside: 'Väli-Suomen ulkopuolella',
    tileNote: 'Jokainen kunta on yhtä suuri kuusikulmio, sijoiteltu kuntien sijainnin mukaan; maakuntien rajat on piirretty paksummalla viivalla.',
  },
  sv: {
    heading: 'Karta',
    intro: 'Kommunerna i Mellersta Finland och LasSe-projektets kommuner utanför. Klicka på en kommun för att filtrera projekt som förvaltas därifrån; ett andra klick tar bort valet.',
    geometry: 'Kartunderlag',
    'geo.tiles': 'Rutnät (kommunerna lika stora)',
    'geo.boundaries': 'Kommungränser',
    layer: 'Lager',
    'layer.province': 'Landskap',
    'layer.yta': 'Samarbetsområde',
    'layer.lasse': 'Deltagande i LasSe',
    'layer.projects': 'Förvaltade projekt',
    'layer.cost': 'Förvaltade kostnader 2008',
    ytaYear: 'År',
    projectYear: 'Planår',
    yearBoth: 'båda',
    zoom: 'Zooma till landskap',
    zoomAll: 'Hela området',
    mapLabel: 'Kommunkarta: {layer}',
    'summary.province': '{count} kommuner i åtta landskap; sex landskap i Mellersta Finland och LasSe-kommuner i Kymmenedalen och Nyland.',
    'summary.yta': 'År {year} hör {members} kommuner till {areas} samarbetsområden.',
    'summary.lasse': 'I LasSe deltar {count2013} kommuner från 2013 och {count2014} anslöt sig 2014.',
    'summary.projects': 'Projekt förvaltas från {count} kommuner; flest {top} ({value}).',
    'summary.cost': 'Kostnaderna 2008 förvaltas från {count} kommuner; mest {top} ({value}).',
    noArea: 'inget samarbetsområde',
    lasse2013: 'med 2013',
    lasse2014: 'anslöt 2014',
    lasseNone: 'inte med',
    lasseModules: 'Landskapets LasSe-moduler: {modules}',
    modulesNone: 'inga moduler',
    projectsValue: '{count} projekt',
    uncertainValue: '+ {count} osäkra',
    costValue: '{value}',
    withoutCostValue: '{count} utan kostnad',
    none: 'inga projekt',
    legend: 'Teckenförklaring',
    legendUncertain: 'Streckad kant och ?: kommunen har en osäker förvaltare',
    legendSelected: 'Tjock kant: vald kommun',
    selectedHint: 'Vald kommun: {name}',
    colMunicipality: 'Kommun',
    colSwedish: 'På svenska',
    colProvince: 'Landskap',
    colArea: 'Samarbetsområde',
    colLasse: 'LasSe',
    colValue: 'Värde',
    boundariesMissing: 'Kommungränserna ingår inte i denna publicering (filen data/boundaries-2013.json saknas), så kartan visas som rutnät.',
    boundariesLoading: 'Kommungränserna laddas…',
    attribution: 'Kommungränser: © Lantmäteriverket, kommunindelning 2013 (CC BY 4.0). Regionindelning: Statistikcentralen (CC BY 4.0).',
    outside: 'Utanför Mellersta Finland',
    tileNote: 'Varje kommun är en lika stor sexhörning, placerad enligt kommunens läge; landskapsgränserna är ritade med tjockare linje.',
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
    'summary.province': '{count} municipalities in eight provinces: the six Väli-Suomi provinces and LasSe municipalities in Kymenlaakso and Uusimaa.',
    'summary.yta': 'In {year}, {members} municipalities belong to {areas} cooperation areas.',
    'summary.lasse': '{count2013} municipalities take part in LasSe from 2013 and {count2014} joined in 2014.',
    'summary.projects': 'Projects are administered from {count} municipalities; most from {top} ({value}).',
    'summary.cost': '2008 costs are administered from {count} municipalities; most by {top} ({value}).',
    noArea: 'no cooperation area',
    lasse2013: 'taking part from 2013',
    lasse2014: 'joined 2014',
    lasseNone: 'not taking part',
    lasseModules: 'LasSe modules of the province: {modules}',
    modulesNone: 'no modules',
    projectsValue: '{count} projects',
    uncertainValue: '+ {count} uncertain',
    costValue: '{value}',
    withoutCostValue: '{count} without a cost',
    none: 'no projects',
    legend: 'Legend',
    legendUncertain: 'Dashed outline and ?: an uncertain administrator sits here',
    legendSelected: 'Thick outline: selected municipality',
    selectedHint: 'Selected municipality: {name}',
    colMunicipality: 'Municipality',
    colSwedish: 'In Swedish',
    colProvince: 'Province',
    colArea: 'Cooperation area',
    colLasse: 'LasSe',
    colValue: 'Value',
    boundariesMissing: 'Municipal borders are not part of this build (data/boundaries-2013.json is missing), so the map is shown as tiles.',
    boundariesLoading: 'Loading municipal borders…',
    attribution: 'Municipal borders: © National Land Survey of Finland, municipal division 2013 (CC BY 4.0); regional classification: Statistics Finland (CC BY 4.0).',
    outside: 'Outside Väli-Suomi',
    tileNote: 'Every municipality is an equal-sized hexagon placed by its location; province borders are drawn thicker.',
  },
};
