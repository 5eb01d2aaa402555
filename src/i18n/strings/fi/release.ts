/** Finnish strings of a page opened with `?release=`: which release it shows, what it cannot, and the release’s files; sv/release.ts and en/release.ts have the same keys. */
export default {
  shown: 'Sivu näyttää aineiston julkaisun {version} luvut (koottu {date}).',
  newer: 'Uusin julkaisu on {version}.',
  showNewest: 'Näytä uusimmat luvut',
  isNewest: 'Se on uusin julkaisu.',
  partial:
    'Sivu voi näyttää aineiston julkaisua {version} (koottu {date}) vain osin: sen tiedostot {files} ovat vanhemmassa muodossa, jota sivu ei enää lue, ja niitä tarvitsevat näkymät kertovat sen. Julkaisun tiedostot voi ladata alta.',
  missing: 'Aineiston julkaisua {version} ei ole tallessa, joten sivu näyttää uusimman julkaisun luvut.',
  allReleases: 'Kaikki julkaisut',
  files: 'Julkaisun {version} tiedostot',
  manifest: 'Tiedostoluettelo (manifest.json)',
};
