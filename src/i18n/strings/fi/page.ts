/** Finnish strings of the page’s own tools (print, copy link, share) and the header only the printed page shows; sv/page.ts and en/page.ts have the same keys. */
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
};
