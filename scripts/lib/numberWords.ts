const UNITS = ['yksi', 'kaksi', 'kolme', 'neljä', 'viisi', 'kuusi', 'seitsemän', 'kahdeksan', 'yhdeksän'];
// The stems the -sti multiplicative ("neljästi") and the partitive ("neljää", "kahta") are built on.
const STEMS = ['yhde', 'kahde', 'kolme', 'neljä', 'viide', 'kuude', 'seitsemä', 'kahdeksa', 'yhdeksä'];
const PARTITIVES = ['yhtä', 'kahta', 'kolmea', 'neljää', 'viittä', 'kuutta', 'seitsemää', 'kahdeksaa', 'yhdeksää'];

/** Every form the documents write a count or a frequency in, 1–99: cardinal, -sti multiplicative and partitive. */
function forms(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (cardinal: string, multiplicative: string, partitive: string, value: number) => {
    words.set(cardinal, value);
    words.set(multiplicative, value);
    words.set(partitive, value);
  };
  UNITS.forEach((unit, i) => add(unit, `${STEMS[i]}sti`, PARTITIVES[i]!, i + 1));
  add('kymmenen', 'kymmenesti', 'kymmentä', 10);
  UNITS.forEach((unit, i) => add(`${unit}toista`, `${STEMS[i]}stitoista`, `${PARTITIVES[i]}toista`, 11 + i));
  for (let t = 2; t <= 9; t++) {
    const tens = UNITS[t - 1]!;
    add(`${tens}kymmentä`, `${STEMS[t - 1]}stikymmenesti`, `${PARTITIVES[t - 1]}kymmentä`, t * 10);
    UNITS.forEach((unit, i) =>
      add(
        `${tens}kymmentä${unit}`,
        `${STEMS[t - 1]}stikymmenesti${STEMS[i]}sti`,
        `${PARTITIVES[t - 1]}kymmentä${PARTITIVES[i]}`,
        t * 10 + i + 1,
      ),
    );
  }
  return words;
}

const WORDS = forms();
// The genitive a count takes before a unit ("kolmen kuukauden välein"), and "kerran" (once).
['yhden', 'kahden', 'kolmen', 'neljän', 'viiden', 'kuuden'].forEach((word, i) => WORDS.set(word, i + 1));
WORDS.set('kerran', 1);

/** "12" or a Finnish number word ("kahdeksan", "kaksitoista", "neljästi") → its value; null for anything else. */
export function finnishCount(word: string): number | null {
  // Digits as Finnish groups them ("8 000") or not.
  if (/^\d{1,3}(?:[ \u00a0]\d{3})+$|^\d+$/.test(word)) return Number(word.replace(/[ \u00a0]/g, ''));
  return WORDS.get(word.toLowerCase()) ?? null;
}
