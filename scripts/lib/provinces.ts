/**
 * Province names a Finnish phrase mentions in any case ("Kanta-Hämeestä", "Pohjanmaalta", "Päijät-Hämeen"):
 * inflected forms keep the stem before the final "-maa"/"-me"/"-mi" ("Keski-Suomen"). A name inside a longer compound
 * ("Etelä-Pohjanmaa", "Rannikko-Pohjanmaan") does not count as the shorter province.
 */
export function provincesInPhrase(phrase: string, provinceNames: string[]): string[] {
  const found: string[] = [];
  for (const name of provinceNames) {
    const stem = name.replace(/(?:maa|me|mi)$/, '');
    // The stem always goes on in letters ("Uusimaa" is no "Uusi …").
    const re = new RegExp(`(?<![\\p{L}-])${stem}(?=\\p{L})`, 'u');
    if (re.test(phrase)) found.push(name);
  }
  return found;
}
