import type { Catalogue } from '../i18n';

type Key =
  | 'chunkTitle'
  | 'chunkText'
  | 'crashTitle'
  | 'crashText'
  | 'tryAgain'
  | 'technical'
  | 'problem.network'
  | 'problem.http'
  | 'problem.json'
  | 'problem.schema';

/** A view that failed to load or render, and the words for a data file that could not be used. */
export const errorMessages: Catalogue<Key> = {
  fi: {
    chunkTitle: 'Näkymää ei voitu ladata',
    chunkText:
      'Näkymän ohjelmakoodi ei latautunut. Tarkista verkkoyhteys ja yritä uudelleen. Jos sivusto on päivitetty, lataa sivu uudelleen.',
    crashTitle: 'Näkymä ei toiminut',
    crashText: 'Näkymän näyttämisessä tapahtui virhe. Muut näkymät toimivat edelleen.',
    tryAgain: 'Yritä uudelleen',
    technical: 'Tekninen tieto (englanniksi)',
    'problem.network': 'tiedostoa ei saatu verkosta',
    'problem.http': 'palvelin vastasi tilakoodilla {status}',
    'problem.json': 'tiedosto ei ole kelvollista JSON-muotoa',
    'problem.schema': 'tiedoston sisältö ei vastaa tietokuvausta (skeemaa)',
  },
  sv: {
    chunkTitle: 'Vyn kunde inte laddas',
    chunkText:
      'Vyns programkod laddades inte. Kontrollera nätförbindelsen och försök igen. Om webbplatsen har uppdaterats, ladda om sidan.',
    crashTitle: 'Vyn fungerade inte',
    crashText: 'Ett fel inträffade när vyn visades. De övriga vyerna fungerar fortfarande.',
    tryAgain: 'Försök igen',
    technical: 'Teknisk information (på engelska)',
    'problem.network': 'filen kunde inte hämtas över nätet',
    'problem.http': 'servern svarade med statuskoden {status}',
    'problem.json': 'filen är inte giltig JSON',
    'problem.schema': 'filens innehåll motsvarar inte databeskrivningen (schemat)',
  },
  en: {
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
  },
};
