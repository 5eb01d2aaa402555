/** Finnish strings of the map view; sv/map.ts and en/map.ts have the same keys. */
export default {
  heading: 'Kartta',
  intro: 'Väli-Suomen kunnat ja LasSe-hankkeen kunnat alueen ulkopuolella.',
  introAction:
    'Valitse kunta, niin näet hankkeet, joiden hallinnoija on kunnasta; kunnan valitseminen uudelleen poistaa rajauksen.',
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
  'summary.province':
    '{count, plural, one {# kunta} other {# kuntaa}} kahdeksassa maakunnassa: Väli-Suomen kuusi maakuntaa sekä LasSe-kunnat Kymenlaaksosta ja Uudeltamaalta.',
  'summary.yta':
    'Vuonna {year} {members, plural, one {# kunta kuuluu} other {# kuntaa kuuluu}} {areas} yhteistoiminta-alueeseen.',
  'summary.lasse':
    'LasSe-hankkeessa on {count2013, plural, one {# kunta} other {# kuntaa}} vuodesta 2013, ja {count2014, plural, one {# kunta liittyi} other {# kuntaa liittyi}} vuonna 2014.',
  'summary.projects':
    'Hankkeita hallinnoidaan {count} kunnasta; {leaders, plural, one {eniten kunnasta {top} ({value, plural, one {# hanke} other {# hanketta}})} other {eniten kunnista {top}, kustakin {value, plural, one {# hanke} other {# hanketta}}}}.',
  'summary.cost':
    'Vuoden 2008 kustannuksia hallinnoidaan {count} kunnasta; {leaders, plural, one {eniten kunnasta {top} ({value})} other {eniten kunnista {top}, kustakin {value}}}.',
  noArea: 'ei yhteistoiminta-aluetta',
  lasse2013: 'mukana 2013',
  lasse2014: 'liittyi 2014',
  lasseNone: 'ei mukana',
  lasseModules: 'Maakunnan LasSe-moduulit: {modules}',
  modulesNone: 'ei moduuleja',
  projectsValue: '{count, plural, one {# hanke} other {# hanketta}}',
  uncertainValue:
    '+ {count, plural, one {# hanke, jonka hallinnoija on epävarma} other {# hanketta, joiden hallinnoija on epävarma}}',
  costValue: '{value}',
  withoutCostValue: '{count} ilman kustannustietoa',
  'summary.costProvince': '{province}: maakunnan kunnista hallinnoidut vuoden 2008 kustannukset ovat yhteensä {total}.',
  'summary.costNone': 'Valituilla suodattimilla ei ole kustannustietoja.',
  noCostData: 'ei kustannustietoja',
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
  boundariesMissing:
    'Kuntarajoja ei ole tässä julkaisussa (tiedosto data/boundaries-2013.json puuttuu), joten kartta näytetään ruudukkona.',
  boundariesLoading: 'Ladataan kuntarajoja…',
  attribution: 'Kuntarajat: © Maanmittauslaitos, kuntajako 2013 (CC BY 4.0). Aluejaot: Tilastokeskus (CC BY 4.0).',
  outside: 'Väli-Suomen ulkopuolella',
  costExplainHeading: 'Näin summat muodostuvat',
  listOutside:
    'Kartta laskee vain vuoden {years} suunnitelmien hankkeet; alla olevassa luettelossa on lisäksi {count, plural, one {# hanke} other {# hanketta}} niiden ulkopuolelta, joten sen luku on suurempi.',
  scrollCue: 'Kartta on näyttöä leveämpi, jotta kuntien nimet erottuvat: vieritä vaakasuunnassa →',
  tileNote:
    'Jokainen kunta on yhtä suuri kuusikulmio, sijoiteltu kuntien sijainnin mukaan; maakuntien rajat on piirretty paksummalla viivalla.',
  search: 'Hae kuntaa',
  searchButton: 'Näytä kartalla',
  searchNone: 'Kuntaa ”{query}” ei löydy kartalta.',
  searchFound: '{name} on valittu kartalla.',
  mapKeys:
    'Kartalla on yksi sarkainpysähdys: nuolinäppäimet siirtyvät naapurikuntaan, Enter tai välilyönti valitsee kunnan.',
};
