import type { Strings } from '../types';

/** English strings of a chart’s frame: its table alternative and downloads (keys as in ../fi/frame.ts). */
export default {
  showTable: 'Show as table',
  download: 'Download',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadCsv: 'Data (CSV)',
  filterBy: 'Filter: {label}',
} satisfies Strings<'frame'>;
