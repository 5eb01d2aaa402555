/** Finnish strings of a chart’s frame: its table alternative and downloads; sv/frame.ts and en/frame.ts have the same keys. */
export default {
  showTable: 'Näytä taulukkona',
  download: 'Lataa',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  downloadCsv: 'Tiedot (CSV)',
  filterBy: 'Suodata: {label}',
};
