import type { Strings } from '../types';

/** Swedish strings of a chart’s frame: its table alternative and downloads (keys as in ../fi/frame.ts). */
export default {
  showTable: 'Visa som tabell',
  download: 'Ladda ner',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadCsv: 'Data (CSV)',
  filterBy: 'Filtrera: {label}',
} satisfies Strings<'frame'>;
