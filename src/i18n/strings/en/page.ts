import type { PageKey } from '../messages';

/** English strings of `pageMessages` (keys as in ../messages.ts). */
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
} satisfies Record<PageKey, string>;
