import type { Strings } from '../types';

/** English strings of the open data page (keys as in ../fi/dataPage.ts). */
export default {
  heading: 'Open data',
  intro: 'Every figure of the dashboard can be downloaded. Each row names the document and lines it stands on.',
  licence: 'The compiled data is published under',
  credit: 'Credit “Kaste Väli-Suomi dashboard” and the original documents.',
  licenceLink: 'Creative Commons Attribution 4.0',
  release: 'Data compiled {date}, version {version}.',
  tablesHeading: 'Tables (the full data)',
  unfilteredNote:
    'Every download on this page is the full data. Choose filters in another view and open this page from its link to get the filtered projects here too.',
  filteredHeading: 'Filtered projects',
  filteredIntro:
    'These downloads follow the chosen filters ({filters}): {shown} of {total} projects with their costs and funding shares. The tables and the workbook further down are the full data, whatever the filters.',
  filteredCsv: 'Filtered projects (Excel CSV)',
  filteredXlsx: 'Filtered projects (XLSX workbook)',
  tablesIntro:
    'Excel CSV: semicolon separator and decimal comma as Finnish and Swedish Excel expect, UTF-8 with BOM, headers and texts in English. English CSV: comma separator and decimal point, UTF-8 with BOM.',
  colFile: 'Table',
  colContent: 'Contents',
  colRows: 'Rows',
  colDownload: 'Download',
  excelCsv: 'Excel CSV',
  englishCsv: 'CSV (English)',
  xlsxHeading: 'Excel workbook',
  noScriptDownloads:
    'The Excel CSV files and the XLSX workbook are made in the browser and need JavaScript. The English CSV files and the JSON files download without it.',
  xlsxIntro: 'The same tables in one XLSX file, each on its own sheet.',
  xlsxButton: 'Download the XLSX workbook',
  xlsxWorking: 'Building the workbook…',
  xlsxFailed: 'The workbook could not be built: {detail}',
  jsonHeading: 'JSON files',
  jsonIntro: 'The files the dashboard itself uses, as they are, and their structure as JSON Schema.',
  colSize: 'Size',
  packageHeading: 'Data Package',
  packageIntro:
    'A Frictionless Data Package descriptor: every file and field, the licence, the sources and the compilation date, machine-readable.',
  packageDescription: 'Description of the data (Frictionless Data Package)',
  loading: 'Loading the list of files…',
  failed: 'The list of files could not be loaded ({detail}). The files are still under data/.',
  sourcesHeading: 'Source documents',
} satisfies Strings<'dataPage'>;
