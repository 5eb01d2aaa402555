import { describe, expect, it } from 'vitest';
import { firstInReadingOrder, neighbourInDirection, shortLabel, shortLabels } from './keyboardNav';
import { placeTileLabels, tileGeometry } from './geometry';
import { realDataset } from '../../test/unit/fixtures';

// A hexagon patch: b east of a, c and d the two tiles above, e below-left.
const shapes = [
  { code: 'a', labelX: 0, labelY: 0 },
  { code: 'b', labelX: 34, labelY: 0 },
  { code: 'c', labelX: -17, labelY: -30 },
  { code: 'd', labelX: 17, labelY: -30 },
  { code: 'e', labelX: -17, labelY: 30 },
];

describe('neighbourInDirection', () => {
  it('moves to the adjacent tile in each direction', () => {
    expect(neighbourInDirection(shapes, 'a', 'ArrowRight')).toBe('b');
    expect(neighbourInDirection(shapes, 'b', 'ArrowLeft')).toBe('a');
    expect(['c', 'd']).toContain(neighbourInDirection(shapes, 'a', 'ArrowUp'));
    expect(neighbourInDirection(shapes, 'a', 'ArrowDown')).toBe('e');
  });
  it('returns null at the edge and for an unknown code', () => {
    expect(neighbourInDirection(shapes, 'b', 'ArrowRight')).toBeNull();
    expect(neighbourInDirection(shapes, 'zzz', 'ArrowRight')).toBeNull();
  });
  it('reaches every municipality of the real tile map from the first one', () => {
    const d = realDataset();
    const g = tileGeometry(d.regions.municipalities, null);
    const start = firstInReadingOrder(g.shapes)!;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const code = queue.shift()!;
      for (const dir of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const) {
        const next = neighbourInDirection(g.shapes, code, dir);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(d.regions.municipalities.length);
  });
});

describe('shortLabel', () => {
  it('keeps a name that fits and shortens one that does not', () => {
    expect(shortLabel('Vasa', 8)).toBe('Vasa');
    expect(shortLabel('Kristiinankaupunki', 8)).toBe('Kristii.');
  });
});

describe('shortLabels', () => {
  it('tells apart names that would shorten to the same label, and leaves the others as shortLabel has them', () => {
    const labels = shortLabels(['Hämeenkyrö', 'Hämeenkoski', 'Hämeenlinna', 'Vasa', 'Kristiinankaupunki'], 8);
    expect(labels.get('Hämeenkyrö')).toBe('Hämeenky.');
    expect(labels.get('Hämeenkoski')).toBe('Hämeenko.');
    expect(labels.get('Hämeenlinna')).toBe('Hämeenl.');
    expect(labels.get('Vasa')).toBe('Vasa');
    expect(labels.get('Kristiinankaupunki')).toBe('Kristii.');
  });

  it('gives every municipality of the real map a label of its own, in Finnish and Swedish', () => {
    const d = realDataset();
    for (const lang of ['fi', 'sv'] as const) {
      const names = d.regions.municipalities.map((m) => m.name[lang]);
      const labels = [...new Set(names)].map((n) => shortLabels(names, 8).get(n));
      expect(new Set(labels).size, lang).toBe(new Set(names).size);
    }
  });
});

describe('placeTileLabels', () => {
  it('puts each province name where it covers no tile and no other name, beside its own tiles', () => {
    const d = realDataset();
    const g = tileGeometry(d.regions.municipalities, null);
    const provinceOf = new Map(d.regions.municipalities.map((m) => [m.code, m.provinceId]));
    const tiles = g.shapes.map((s) => ({ x: s.labelX, y: s.labelY, provinceId: provinceOf.get(s.code)! }));
    const core = d.regions.provinces.filter((p) => p.core);
    const boxes = core.map((p) => ({ id: p.id, width: p.name.fi.length * 14 * 0.62, height: 17 }));
    const placed = placeTileLabels(tiles, boxes, 20, g.viewBox);
    const halfW = 10 * Math.sqrt(3);
    placed.forEach((p, i) => {
      const { width, height } = boxes[i]!;
      const covers = tiles.filter(
        (t) => Math.abs(t.x - p.x) < width / 2 + halfW && Math.abs(t.y - p.y) < height / 2 + 20,
      );
      expect(covers, p.id).toEqual([]);
      const nearest = tiles
        .map((t) => ({ t, d: Math.hypot(t.x - p.x, t.y - p.y) }))
        .sort((a, b) => a.d - b.d)
        .find(({ t }) => Math.abs(t.y - p.y) < 40);
      expect(nearest?.t.provinceId, `${p.id} sits next to its own tiles`).toBe(p.id);
      placed.slice(0, i).forEach((q, j) => {
        const apart =
          Math.abs(q.x - p.x) >= (boxes[j]!.width + width) / 2 ||
          Math.abs(q.y - p.y) >= (boxes[j]!.height + height) / 2;
        expect(apart, `${p.id} and ${q.id}`).toBe(true);
      });
    });
  });
});
