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
    download: 'Ladda ned',
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
