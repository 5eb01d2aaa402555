import type { PageKey } from '../messages';

/** Finnish strings of `pageMessages` (keys as in ../messages.ts). */
export default {
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
} satisfies Record<PageKey, string>;
