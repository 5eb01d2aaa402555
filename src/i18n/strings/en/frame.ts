import type { Key } from '../messages';

/** English strings of `frameMessages` (keys as in ../messages.ts). */
export default {
  showTable: 'Show as table',
  download: 'Download',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadCsv: 'Data (CSV)',
  filterBy: 'Filter: {label}',
} satisfies Record<Key, string>;
