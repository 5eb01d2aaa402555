const WORDS: Record<string, number> = {
  yksi: 1,
  kaksi: 2,
  kolme: 3,
  neljä: 4,
  viisi: 5,
  kuusi: 6,
  seitsemän: 7,
  kahdeksan: 8,
  yhdeksän: 9,
  kymmenen: 10,
  kahdesti: 2,
  kolmesti: 3,
  // partitive forms after a number word ("kahta kuntaa")
  yhtä: 1,
  kahta: 2,
  kolmea: 3,
  neljää: 4,
  viittä: 5,
};

/** "12" or a Finnish number word ("kahdeksan", "kolmesti") → its value; null for anything else. */
export function finnishCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS[word.toLowerCase()] ?? null;
}
