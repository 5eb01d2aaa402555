import type { Key } from '../messages';

/** Swedish strings of `frameMessages` (keys as in ../messages.ts). */
export default {
  showTable: 'Visa som tabell',
  download: 'Ladda ner',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadCsv: 'Data (CSV)',
  filterBy: 'Filtrera: {label}',
} satisfies Record<Key, string>;
