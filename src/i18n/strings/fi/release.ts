import type { ReleaseKey } from '../messages';

/** Finnish strings of `releaseMessages` (keys as in ../messages.ts). */
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
} satisfies Record<ReleaseKey, string>;
