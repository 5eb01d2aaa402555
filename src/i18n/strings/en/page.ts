import type { Strings } from '../types';

/** English strings of the page’s own tools (print, copy link, share) and the header only the printed page shows (keys as in ../fi/page.ts). */
export default {
  tools: 'Page tools',
  print: 'Print',
  copyLink: 'Copy link',
  share: 'Share…',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Copying did not work. Copy the address from here:',
  addressLabel: 'Address of the page',
  printFilters: 'Filters: {filters}',
  printNoFilters: 'Filters: none (all projects)',
  printData: 'Data compiled {date}, version {version}.',
  printAddress: 'Address: {url}',
  printProject: 'Project: {name}',
} satisfies Strings<'page'>;
