import type { Strings } from '../types';

/** Swedish strings of the page’s own tools (print, copy link, share) and the header only the printed page shows (keys as in ../fi/page.ts). */
export default {
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
} satisfies Strings<'page'>;
