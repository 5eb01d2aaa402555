/**
 * The items sharing the largest value, so a summary can name a tie as a tie ("Forssa, Hämeenlinna and Riihimäki,
 * 333 333 € each") instead of picking one of them. Empty when nothing is above zero.
 *
 * @example leaders([{ n: 'a', v: 2 }, { n: 'b', v: 2 }, { n: 'c', v: 1 }], (x) => x.v) // → a, b
 */
export function leaders<T>(items: readonly T[], value: (t: T) => number): T[] {
  let best = 0;
  for (const t of items) best = Math.max(best, value(t));
  if (best <= 0) return [];
  // Shares of a cost split evenly are not exact: 1 000 000 / 3 three times must tie.
  return items.filter((t) => Math.abs(value(t) - best) < 0.5);
}
