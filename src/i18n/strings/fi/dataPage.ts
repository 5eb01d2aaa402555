/** Finnish strings of the open data page; sv/dataPage.ts and en/dataPage.ts have the same keys. */
export default {
  heading: 'Avoin data',
  intro: 'Kaikki kojelaudan luvut ovat ladattavissa. Jokaisella rivillä on asiakirja ja rivit, joihin se perustuu.',
  licence: 'Koottu aineisto on julkaistu lisenssillä',
  credit: 'Mainitse lähteeksi ”Kaste Väli-Suomi -kojelauta” ja alkuperäiset asiakirjat.',
  licenceLink: 'Creative Commons Nimeä 4.0',
  release: 'Aineisto koottu {date}, versio {version}.',
  tablesHeading: 'Taulukot (koko aineisto)',
  unfilteredNote:
    'Kaikki tämän sivun lataukset ovat koko aineisto. Kun valitset suodattimia muissa näkymissä ja avaat tämän sivun niiden linkistä, saat tähän myös suodatetut hankkeet.',
  filteredHeading: 'Suodatetut hankkeet',
  filteredIntro:
    'Nämä lataukset noudattavat valittuja suodattimia ({filters}): {shown} / {total} hanketta sekä niiden kustannukset ja rahoitusosuudet. Alempana olevat taulukot ja työkirja ovat koko aineisto suodattimista riippumatta.',
  filteredCsv: 'Suodatetut hankkeet (Excel-CSV)',
  filteredXlsx: 'Suodatetut hankkeet (XLSX-työkirja)',
  tablesIntro:
    'Excel-CSV: puolipiste erottimena, desimaalipilkku, UTF-8 ja BOM, sarakeotsikot ja tekstit suomeksi. Englanninkielinen CSV: pilkku erottimena ja desimaalipiste.',
  colFile: 'Taulukko',
  colContent: 'Sisältö',
  colRows: 'Rivejä',
  colDownload: 'Lataa',
  excelCsv: 'Excel-CSV',
  englishCsv: 'CSV (englanti)',
  xlsxHeading: 'Excel-työkirja',
  noScriptDownloads:
    'Excel-CSV-tiedostot ja XLSX-työkirja muodostetaan selaimessa ja tarvitsevat JavaScriptin. Englanninkieliset CSV-tiedostot ja JSON-tiedostot latautuvat ilman sitä.',
  xlsxIntro: 'Samat taulukot yhtenä XLSX-tiedostona, jokainen omalla välilehdellään.',
  xlsxButton: 'Lataa XLSX-työkirja',
  xlsxWorking: 'Työkirjaa kootaan…',
  xlsxFailed: 'Työkirjan kokoaminen epäonnistui: {detail}',
  jsonHeading: 'JSON-tiedostot',
  jsonIntro: 'Kojelaudan käyttämät tiedostot sellaisinaan, ja niiden rakenne JSON Schema -muodossa.',
  colSize: 'Koko',
  packageHeading: 'Data Package',
  packageIntro:
    'Frictionless Data Package -kuvaus: jokainen tiedosto ja kenttä, lisenssi, lähteet ja kokoamispäivä koneluettavassa muodossa.',
  packageDescription: 'Aineiston kuvaus (Frictionless Data Package)',
  loading: 'Ladataan tiedostoluetteloa…',
  failed: 'Tiedostoluetteloa ei voitu ladata ({detail}). Tiedostot ovat silti osoitteessa data/.',
  sourcesHeading: 'Lähdeasiakirjat',
};
