import type { Key } from '../messages';

/** Finnish strings of `frameMessages` (keys as in ../messages.ts). */
export default {
  showTable: 'Näytä taulukkona',
  download: 'Lataa',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadCsv: 'Tiedot (CSV)',
  filterBy: 'Suodata: {label}',
} satisfies Record<Key, string>;
