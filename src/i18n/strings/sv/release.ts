import type { Strings } from '../types';

/** Swedish strings of a page opened with `?release=`: which release it shows, what it cannot, and the release’s files (keys as in ../fi/release.ts). */
export default {
  shown: 'Sidan visar siffrorna i materialets utgåva {version} (sammanställd {date}).',
  newer: 'Den senaste utgåvan är {version}.',
  showNewest: 'Visa de senaste siffrorna',
  isNewest: 'Den är den senaste utgåvan.',
  partial:
    'Sidan kan visa materialets utgåva {version} (sammanställd {date}) bara delvis: dess filer {files} har ett äldre format som sidan inte längre läser, och de vyer som behöver dem säger det. Utgåvans filer kan laddas ner nedan.',
  missing: 'Materialets utgåva {version} finns inte sparad, så sidan visar siffrorna i den senaste utgåvan.',
  allReleases: 'Alla utgåvor',
  files: 'Filerna i utgåva {version}',
  manifest: 'Fillista (manifest.json)',
} satisfies Strings<'release'>;
