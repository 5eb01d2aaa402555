import type { Catalogue } from '../i18n';

type Key =
  | 'heading'
  | 'intro'
  | 'licence'
  | 'credit'
  | 'licenceLink'
  | 'release'
  | 'tablesHeading'
  | 'tablesIntro'
  | 'colFile'
  | 'colContent'
  | 'colRows'
  | 'colDownload'
  | 'excelCsv'
  | 'englishCsv'
  | 'xlsxHeading'
  | 'xlsxIntro'
  | 'xlsxButton'
  | 'xlsxWorking'
  | 'xlsxFailed'
  | 'jsonHeading'
  | 'jsonIntro'
  | 'colSize'
  | 'packageHeading'
  | 'packageIntro'
  | 'packageDescription'
  | 'loading'
  | 'failed'
  | 'sourcesHeading';

export const dataPageMessages: Catalogue<Key> = {
  fi: {
    heading: 'Avoin data',
    intro: 'Kaikki kojelaudan luvut ovat ladattavissa. Jokaisella rivillä on asiakirja ja rivit, joihin se perustuu.',
    licence: 'Koottu aineisto on julkaistu lisenssillä',
    credit: 'Mainitse lähteeksi ”Kaste Väli-Suomi -kojelauta” ja alkuperäiset asiakirjat.',
    licenceLink: 'Creative Commons Nimeä 4.0',
    release: 'Aineisto koottu {date}, versio {version}.',
    tablesHeading: 'Taulukot',
    tablesIntro: 'Excel-CSV: puolipiste erottimena, desimaalipilkku, UTF-8 ja BOM, sarakeotsikot ja tekstit suomeksi. Englanninkielinen CSV: pilkku erottimena ja desimaalipiste.',
    colFile: 'Taulukko',
    colContent: 'Sisältö',
    colRows: 'Rivejä',
    colDownload: 'Lataa',
    excelCsv: 'Excel-CSV',
    englishCsv: 'CSV (englanti)',
    xlsxHeading: 'Excel-työkirja',
    xlsxIntro: 'Samat taulukot yhtenä XLSX-tiedostona, jokainen omalla välilehdellään.',
    xlsxButton: 'Lataa XLSX-työkirja',
    xlsxWorking: 'Työkirjaa kootaan…',
    xlsxFailed: 'Työkirjan kokoaminen epäonnistui: {detail}',
    jsonHeading: 'JSON-tiedostot',
    jsonIntro: 'Kojelaudan käyttämät tiedostot sellaisinaan, ja niiden rakenne JSON Schema -muodossa.',
    colSize: 'Koko',
    packageHeading: 'Data Package',
    packageIntro: 'Frictionless Data Package -kuvaus: jokainen tiedosto ja kenttä, lisenssi, lähteet ja kokoamispäivä koneluettavassa muodossa.',
    packageDescription: 'Aineiston kuvaus (Frictionless Data Package)',
    loading: 'Ladataan tiedostoluetteloa…',
    failed: 'Tiedostoluetteloa ei voitu ladata ({detail}). Tiedostot ovat silti osoitteessa data/.',
    sourcesHeading: 'Lähdeasiakirjat',
  },
  sv: {
    heading: 'Öppna data',
    intro: 'Alla siffror på instrumentpanelen kan laddas ner. Varje rad anger dokumentet och raderna den bygger på.',
    licence: 'Det sammanställda materialet publiceras under licensen',
    credit: 'Ange ”Kaste Väli-Suomi-instrumentpanelen” och originaldokumenten som källa.',
    licenceLink: 'Creative Commons Erkännande 4.0',
    release: 'Materialet sammanställt {date}, version {version}.',
    tablesHeading: 'Tabeller',
    tablesIntro: 'Excel-CSV: semikolon som avgränsare, decimalkomma, UTF-8 med BOM, kolumnrubriker och texter på svenska. Engelsk CSV: komma som avgränsare och decimalpunkt.',
    colFile: 'Tabell',
    colContent: 'Innehåll',
    colRows: 'Rader',
    colDownload: 'Ladda ner',
    excelCsv: 'Excel-CSV',
    englishCsv: 'CSV (engelska)',
    xlsxHeading: 'Excel-arbetsbok',
    xlsxIntro: 'Samma tabeller i en XLSX-fil, var och en på sitt eget blad.',
    xlsxButton: 'Ladda ner XLSX-arbetsboken',
    xlsxWorking: 'Arbetsboken skapas…',
    xlsxFailed: 'Arbetsboken kunde inte skapas: {detail}',
    jsonHeading: 'JSON-filer',
    jsonIntro: 'Filerna som instrumentpanelen använder, som de är, och deras struktur som JSON Schema.',
    colSize: 'Storlek',
    packageHeading: 'Data Package',
    packageIntro: 'Beskrivning enligt Frictionless Data Package: varje fil och fält, licens, källor och sammanställningsdatum i maskinläsbar form.',
    packageDescription: 'Beskrivning av materialet (Frictionless Data Package)',
    loading: 'Fillistan laddas…',
    failed: 'Fillistan kunde inte laddas ({detail}). Filerna finns ändå under data/.',
    sourcesHeading: 'Källdokument',
  },
  en: {
    heading: 'Open data',
    intro: 'Every figure of the dashboard can be downloaded. Each row names the document and lines it stands on.',
    licence: 'The compiled data is published under',
    credit: 'Credit "Kaste Väli-Suomi dashboard" and the original documents.',
    licenceLink: 'Creative Commons Attribution 4.0',
    release: 'Data compiled {date}, version {version}.',
    tablesHeading: 'Tables',
    tablesIntro: 'Excel CSV: semicolon separator and decimal comma as Finnish and Swedish Excel expect, UTF-8 with BOM, headers and texts in English. English CSV: comma separator and decimal point, UTF-8 with BOM.',
    colFile: 'Table',
    colContent: 'Contents',
    colRows: 'Rows',
    colDownload: 'Download',
    excelCsv: 'Excel CSV',
    englishCsv: 'CSV (English)',
    xlsxHeading: 'Excel workbook',
    xlsxIntro: 'The same tables in one XLSX file, each on its own sheet.',
    xlsxButton: 'Download the XLSX workbook',
    xlsxWorking: 'Building the workbook…',
    xlsxFailed: 'The workbook could not be built: {detail}',
    jsonHeading: 'JSON files',
    jsonIntro: 'The files the dashboard itself uses, as they are, and their structure as JSON Schema.',
    colSize: 'Size',
    packageHeading: 'Data Package',
    packageIntro: 'A Frictionless Data Package descriptor: every file and field, the licence, the sources and the compilation date, machine-readable.',
    packageDescription: 'Description of the data (Frictionless Data Package)',
    loading: 'Loading the list of files…',
    failed: 'The list of files could not be loaded ({detail}). The files are still under data/.',
    sourcesHeading: 'Source documents',
  },
};
