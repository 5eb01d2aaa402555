import { describe, expect, it } from 'vitest';
import { firstInReadingOrder, neighbourInDirection, shortLabel } from './keyboardNav';
import { tileGeometry } from './geometry';
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
