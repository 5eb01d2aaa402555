/** Finnish strings of a view that failed to load or render, and the words for a data file that could not be used; sv/error.ts and en/error.ts have the same keys. */
export default {
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
};
