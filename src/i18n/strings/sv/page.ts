import type { PageKey } from '../messages';

/** Swedish strings of `pageMessages` (keys as in ../messages.ts). */
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
} satisfies Record<PageKey, string>;
