import type { Strings } from '../types';

/** Swedish strings of a view that failed to load or render, and the words for a data file that could not be used (keys as in ../fi/error.ts). */
export default {
  chunkTitle: 'Vyn kunde inte laddas',
  chunkText:
    'Vyns programkod laddades inte. Kontrollera nätverksanslutningen och försök igen. Om webbplatsen har uppdaterats, ladda om sidan.',
  crashTitle: 'Vyn fungerade inte',
  crashText: 'Ett fel inträffade när vyn visades. De övriga vyerna fungerar fortfarande.',
  tryAgain: 'Försök igen',
  technical: 'Teknisk information (på engelska)',
  'problem.network': 'filen kunde inte hämtas över nätet',
  'problem.http': 'servern svarade med statuskoden {status}',
  'problem.json': 'filen är inte giltig JSON',
  'problem.schema': 'filens innehåll motsvarar inte databeskrivningen (schemat)',
} satisfies Strings<'error'>;
