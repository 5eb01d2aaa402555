export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const isDirection = (key: string): key is Direction =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';

interface Point {
  code: string;
  labelX: number;
  labelY: number;
}

/**
 * The nearest shape in an arrow key's direction, for moving focus across the map: among the shapes lying that
 * way (more along the direction than across it), the one closest, with sideways distance counting double. Works
 * for hexagon tiles and real borders alike, since it looks only at label points. Null at the edge.
 *
 * @example neighbourInDirection(shapes, '905', 'ArrowRight') // the tile east of Vaasa
 */
export function neighbourInDirection(shapes: readonly Point[], from: string, dir: Direction): string | null {
  const here = shapes.find((s) => s.code === from);
  if (!here) return null;
  const [ax, ay] =
    dir === 'ArrowRight' ? [1, 0] : dir === 'ArrowLeft' ? [-1, 0] : dir === 'ArrowDown' ? [0, 1] : [0, -1];
  let best: Point | null = null;
  let bestScore = Infinity;
  for (const s of shapes) {
    if (s.code === from) continue;
    const dx = s.labelX - here.labelX;
    const dy = s.labelY - here.labelY;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * 1.8) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best?.code ?? null;
}

/** Reading order (top to bottom, then left to right): where the map's single tab stop starts. */
export function firstInReadingOrder(shapes: readonly Point[]): string | null {
  const sorted = [...shapes].sort((a, b) => a.labelY - b.labelY || a.labelX - b.labelX);
  return sorted[0]?.code ?? null;
}

/** A label that fits `maxChars`: the name itself, or its start with a full stop ("Kristiinank."). */
export function shortLabel(name: string, maxChars: number): string {
  if (name.length <= maxChars) return name;
  return `${name.slice(0, Math.max(2, maxChars - 1))}.`;
}

/**
 * Short labels for names shown together, none ambiguous: names whose short labels would be the same
 * ("Hämeenkyrö", "Hämeenkoski": both "Hämeenk.") keep as many more letters as tell them apart ("Hämeenky.",
 * "Hämeenko."). Returns each name's label.
 */
export function shortLabels(names: readonly string[], maxChars: number): Map<string, string> {
  const unique = [...new Set(names)];
  const labels = new Map(unique.map((n) => [n, shortLabel(n, maxChars)]));
  const byLabel = new Map<string, string[]>();
  for (const n of unique) byLabel.set(labels.get(n)!, [...(byLabel.get(labels.get(n)!) ?? []), n]);
  for (const [label, group] of byLabel) {
    if (group.length < 2 || !label.endsWith('.')) continue;
    for (const name of group) {
      const others = group.filter((o) => o !== name);
      let keep = label.length - 1;
      while (keep < name.length && others.some((o) => o.startsWith(name.slice(0, keep)))) keep++;
      labels.set(name, keep >= name.length ? name : `${name.slice(0, keep)}.`);
    }
  }
  return labels;
}
