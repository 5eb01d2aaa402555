import type { Strings } from '../types';

/** English strings of a view that failed to load or render, and the words for a data file that could not be used (keys as in ../fi/error.ts). */
export default {
  chunkTitle: 'The view could not be loaded',
  chunkText:
    "The view's code did not load. Check your connection and try again. If the site has been updated, reload the page.",
  crashTitle: 'The view failed',
  crashText: 'An error occurred while showing this view. The other views still work.',
  tryAgain: 'Try again',
  technical: 'Technical detail',
  'problem.network': 'the file could not be fetched over the network',
  'problem.http': 'the server answered with status {status}',
  'problem.json': 'the file is not valid JSON',
  'problem.schema': "the file's content does not match its data description (schema)",
} satisfies Strings<'error'>;
