import type { Strings } from '../types';

/** English strings of a page opened with `?release=`: which release it shows, what it cannot, and the release’s files (keys as in ../fi/release.ts). */
export default {
  shown: 'This page shows the figures of data release {version} (compiled {date}).',
  newer: 'The newest release is {version}.',
  showNewest: 'Show the newest figures',
  isNewest: 'It is the newest release.',
  partial:
    'This page can show data release {version} (compiled {date}) only in part: its files {files} are in an older format that the page no longer reads, and the views that need them say so. The release’s files can be downloaded below.',
  missing: 'No data release {version} is kept, so this page shows the figures of the newest release.',
  allReleases: 'All releases',
  files: 'Files of release {version}',
  manifest: 'List of files (manifest.json)',
} satisfies Strings<'release'>;
