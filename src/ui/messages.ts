import type { Catalogue } from '../i18n';

type Key = 'showTable' | 'download' | 'downloadPng' | 'downloadSvg' | 'downloadCsv' | 'filterBy';

/** The strings of a chart's frame: its table alternative and downloads. */
export const frameMessages: Catalogue<Key> = {
  fi: {
    showTable: 'Näytä taulukkona',
    download: 'Lataa',
    downloadPng: 'PNG',
    downloadSvg: 'SVG',
    downloadCsv: 'Tiedot (CSV)',
    filterBy: 'Suodata: {label}',
  },
  sv: {
    showTable: 'Visa som tabell',
    download: 'Ladda ner',
    downloadPng: 'PNG',
    downloadSvg: 'SVG',
    downloadCsv: 'Data (CSV)',
    filterBy: 'Filtrera: {label}',
  },
  en: {
    showTable: 'Show as table',
    download: 'Download',
    downloadPng: 'PNG',
    downloadSvg: 'SVG',
    downloadCsv: 'Data (CSV)',
    filterBy: 'Filter: {label}',
  },
};

type PageKey =
  | 'tools'
  | 'print'
  | 'copyLink'
  | 'share'
  | 'copied'
  | 'copyFailed'
  | 'addressLabel'
  | 'printFilters'
  | 'printNoFilters'
  | 'printData'
  | 'printAddress'
  | 'printProject';

/** The page's own tools (print, copy link, share) and the header that only the printed page shows. */
export const pageMessages: Catalogue<PageKey> = {
  fi: {
    tools: 'Sivun työkalut',
    print: 'Tulosta',
    copyLink: 'Kopioi linkki',
    share: 'Jaa…',
    copied: 'Linkki kopioitu leikepöydälle.',
    copyFailed: 'Kopiointi ei onnistunut. Kopioi osoite tästä:',
    addressLabel: 'Sivun osoite',
    printFilters: 'Suodattimet: {filters}',
    printNoFilters: 'Suodattimet: ei valittuja (kaikki hankkeet)',
    printData: 'Aineisto koottu {date}, versio {version}.',
    printAddress: 'Osoite: {url}',
    printProject: 'Hanke: {name}',
  },
  sv: {
    tools: 'Sidans verktyg',
    print: 'Skriv ut',
    copyLink: 'Kopiera länk',
    share: 'Dela…',
    copied: 'Länken har kopierats till urklipp.',
    copyFailed: 'Kopieringen misslyckades. Kopiera adressen här:',
    addressLabel: 'Sidans adress',
    printFilters: 'Filter: {filters}',
    printNoFilters: 'Filter: inga valda (alla projekt)',
    printData: 'Materialet sammanställt {date}, version {version}.',
    printAddress: 'Adress: {url}',
    printProject: 'Projekt: {name}',
  },
  en: {
    tools: 'Page tools',
    print: 'Print',
    copyLink: 'Copy link',
    share: 'Share…',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Copying did not work. Copy the address from here:',
    addressLabel: 'Address of the page',
    printFilters: 'Filters: {filters}',
    printNoFilters: 'Filters: none (all projects)',
    printData: 'Data compiled {date}, version {version}.',
    printAddress: 'Address: {url}',
    printProject: 'Project: {name}',
  },
};
