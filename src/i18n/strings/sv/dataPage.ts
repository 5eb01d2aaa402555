import type { Strings } from '../types';

/** Swedish strings of the open data page (keys as in ../fi/dataPage.ts). */
export default {
  heading: 'Öppna data',
  intro: 'Alla siffror på instrumentpanelen kan laddas ner. Varje rad anger dokumentet och raderna den bygger på.',
  licence: 'Det sammanställda materialet publiceras under licensen',
  credit: 'Ange ”Kaste Väli-Suomi-instrumentpanelen” och originaldokumenten som källa.',
  licenceLink: 'Creative Commons Erkännande 4.0',
  release: 'Materialet sammanställt {date}, version {version}.',
  tablesHeading: 'Tabeller (hela materialet)',
  unfilteredNote:
    'Alla nedladdningar på den här sidan är hela materialet. Om du väljer filter i andra vyer och öppnar den här sidan via deras länk får du här också de filtrerade projekten.',
  filteredHeading: 'Filtrerade projekt',
  filteredIntro:
    'De här nedladdningarna följer de valda filtren ({filters}): {shown} av {total} projekt samt deras kostnader och finansieringsandelar. Tabellerna och arbetsboken längre ned är hela materialet oberoende av filtren.',
  filteredCsv: 'Filtrerade projekt (Excel-CSV)',
  filteredXlsx: 'Filtrerade projekt (XLSX-arbetsbok)',
  tablesIntro:
    'Excel-CSV: semikolon som avgränsare, decimalkomma, UTF-8 med BOM, kolumnrubriker och texter på svenska. Engelsk CSV: komma som avgränsare och decimalpunkt.',
  colFile: 'Tabell',
  colContent: 'Innehåll',
  colRows: 'Rader',
  colDownload: 'Ladda ner',
  excelCsv: 'Excel-CSV',
  englishCsv: 'CSV (engelska)',
  xlsxHeading: 'Excel-arbetsbok',
  noScriptDownloads:
    'Excel-CSV-filerna och XLSX-arbetsboken skapas i webbläsaren och kräver JavaScript. De engelskspråkiga CSV-filerna och JSON-filerna kan laddas ner utan det.',
  xlsxIntro: 'Samma tabeller i en XLSX-fil, var och en på sitt eget blad.',
  xlsxButton: 'Ladda ner XLSX-arbetsboken',
  xlsxWorking: 'Arbetsboken skapas…',
  xlsxFailed: 'Arbetsboken kunde inte skapas: {detail}',
  jsonHeading: 'JSON-filer',
  jsonIntro: 'Filerna som instrumentpanelen använder, som de är, och deras struktur som JSON Schema.',
  colSize: 'Storlek',
  packageHeading: 'Data Package',
  packageIntro:
    'Beskrivning enligt Frictionless Data Package: varje fil och fält, licens, källor och sammanställningsdatum i maskinläsbar form.',
  packageDescription: 'Beskrivning av materialet (Frictionless Data Package)',
  loading: 'Fillistan laddas…',
  failed: 'Fillistan kunde inte laddas ({detail}). Filerna finns ändå under data/.',
  sourcesHeading: 'Källdokument',
} satisfies Strings<'dataPage'>;
