/** Finnish strings of the data changelog; sv/changes.ts and en/changes.ts have the same keys. */
export default {
  heading: 'Aineiston julkaisut ja muutokset',
  intro:
    'Jokainen aineiston julkaisu versioineen ja kokoamispäivineen, uusin ensin, sekä se, mitä edellisestä julkaisusta muuttui. Versio on julkaistujen tiedostojen tiiviste; viittaus tähän versioon kertoo, mitä aineistoa luku koskee. Luettelon kokoaa aineiston rakennusskripti.',
  release: 'Versio {version}',
  current: 'nykyinen julkaisu',
  counts:
    'Koottu {date} · {projects} hanketta · {costs} kustannusta · {notes} laatuhuomiota · {sources} lähdeasiakirjaa',
  first: 'Ensimmäinen kirjattu julkaisu.',
  none: 'Hankkeet, kustannukset, laatuhuomiot, lähdeasiakirjat ja tiedostot ennallaan.',
  projectAdded: 'Uusi hanke: {name}',
  projectRemoved: 'Poistunut hanke: {name}',
  projectRenamed: 'Hankkeen nimi muuttui: {from} → {to}',
  costChanged: 'Kustannus muuttui: {name}: {from} → {to}',
  noCost: 'ei kustannustietoa',
  noteAdded: 'Uusi laatuhuomio: {text}',
  noteRemoved: 'Poistunut laatuhuomio: {id}',
  sourceAdded: 'Uusi lähdeasiakirja: {id}',
  sourceRemoved: 'Poistunut lähdeasiakirja: {id}',
  sourceChanged: 'Lähdeasiakirja muuttui (uusi SHA-256): {id}',
  fileAdded: 'Uusi tiedosto: {id}',
  fileRemoved: 'Poistunut tiedosto: {id}',
  fileChanged: 'Muuttunut tiedosto: {id}',
  groupProjects: 'Hankkeet ja kustannukset',
  groupNotes: 'Laatuhuomiot',
  groupSources: 'Lähdeasiakirjat',
  groupFiles: 'Julkaistut tiedostot',
  stored:
    'Julkaisun {files} tiedostoa ({bytes}) ovat tallessa pysyvässä osoitteessa; julkaisu lisäsi tallennettuihin tiedostoihin {added}, sillä muuttumattomat tiedostot tallennetaan vain kerran.',
  notStored:
    'Tämän julkaisun tiedostoja ei ole tallessa, eikä niitä saatu palautettua versiohistoriasta, joten sen lukuja ei voi enää tarkistaa.',
  manifest: 'Tiedostoluettelo',
  showProjects: 'Hankkeet tämän julkaisun mukaan',
};
