import { describe, it, expect } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import {
  hexCorners,
  hexNeighbours,
  hexToPixel,
  layoutTiles,
  projectPoints,
  provinceOutline,
  type Tile,
  type TileInput,
} from './tileLayout';

const { regions } = realDataset();
const input: TileInput[] = regions.municipalities.map(({ code, provinceId, lon, lat }) => ({
  code,
  provinceId,
  lon,
  lat,
}));
const tiles = layoutTiles(input);
const byCode = new Map(tiles.map((t) => [t.code, t]));
const cellKey = (q: number, r: number) => `${q},${r}`;
const byCell = new Map(tiles.map((t) => [cellKey(t.q, t.r), t]));
const CORE = ['etela-pohjanmaa', 'pohjanmaa', 'keski-pohjanmaa', 'pirkanmaa', 'kanta-hame', 'paijat-hame'];

function tile(code: string): Tile {
  const t = byCode.get(code);
  if (!t) throw new Error(`missing ${code}`);
  return t;
}

function components(provinceId: string): number[] {
  const own = tiles.filter((t) => t.provinceId === provinceId);
  const seen = new Set<string>();
  const sizes: number[] = [];
  for (const start of own) {
    if (seen.has(start.code)) continue;
    seen.add(start.code);
    const stack = [start];
    let size = 0;
    while (stack.length) {
      const t = stack.pop()!;
      size++;
      for (const [q, r] of hexNeighbours(t.q, t.r)) {
        const n = byCell.get(cellKey(q, r));
        if (n && n.provinceId === provinceId && !seen.has(n.code)) {
          seen.add(n.code);
          stack.push(n);
        }
      }
    }
    sizes.push(size);
  }
  return sizes;
}

describe('hex helpers', () => {
  it('hexNeighbours gives six distinct cells at distance sqrt(3)', () => {
    const ns = hexNeighbours(2, -3);
    expect(new Set(ns.map(([q, r]) => cellKey(q, r))).size).toBe(6);
    const [x0, y0] = hexToPixel(2, -3);
    for (const [q, r] of ns) {
      const [x, y] = hexToPixel(q, r);
      expect(Math.hypot(x - x0, y - y0)).toBeCloseTo(Math.sqrt(3), 9);
    }
  });

  it('hexCorners lie on the radius', () => {
    const cs = hexCorners(1, 2, 3);
    expect(cs).toHaveLength(6);
    for (const [x, y] of cs) expect(Math.hypot(x - 1, y - 2)).toBeCloseTo(3, 9);
  });

  it('provinceOutline gives 6 edges for one tile and 10 for two adjacent tiles', () => {
    const mk = (code: string, q: number, r: number, provinceId = 'p'): Tile => {
      const [x, y] = hexToPixel(q, r);
      return { code, provinceId, q, r, x, y };
    };
    expect(provinceOutline([mk('a', 0, 0)], 'p')).toHaveLength(6);
    for (const [q, r] of hexNeighbours(0, 0)) {
      expect(provinceOutline([mk('a', 0, 0), mk('b', q, r)], 'p')).toHaveLength(10);
      expect(provinceOutline([mk('a', 0, 0), mk('b', q, r, 'other')], 'p')).toHaveLength(6);
    }
  });
});

describe('layoutTiles on the real municipalities', () => {
  it('places every municipality exactly once on distinct cells', () => {
    expect(tiles).toHaveLength(88);
    expect(new Set(tiles.map((t) => t.code))).toEqual(new Set(input.map((m) => m.code)));
    expect(byCell.size).toBe(88);
    for (const t of tiles) {
      const [x, y] = hexToPixel(t.q, t.r);
      expect(t.x).toBeCloseTo(x, 9);
      expect(t.y).toBeCloseTo(y, 9);
    }
  });

  it('is densely packed: no empty cell is enclosed by six tiles', () => {
    for (const t of tiles) {
      for (const [q, r] of hexNeighbours(t.q, t.r)) {
        if (byCell.has(cellKey(q, r))) continue;
        expect(
          hexNeighbours(q, r).every(([a, b]) => byCell.has(cellKey(a, b))),
          `hole at ${q},${r}`,
        ).toBe(false);
      }
    }
  });

  it('is deterministic and independent of input order', () => {
    expect(layoutTiles(input)).toEqual(tiles);
    expect(layoutTiles([...input].reverse())).toEqual(tiles);
  });

  it('keeps each core province contiguous', () => {
    for (const p of CORE) expect(components(p), p).toHaveLength(1);
  });

  it('gives tiles mostly same-province neighbours', () => {
    let sum = 0;
    for (const t of tiles) {
      const ns = hexNeighbours(t.q, t.r).flatMap(([q, r]) => byCell.get(cellKey(q, r)) ?? []);
      if (ns.length) sum += ns.filter((n) => n.provinceId === t.provinceId).length / ns.length;
    }
    expect(sum / tiles.length).toBeGreaterThan(0.72);
  });

  it('keeps the geography roughly', () => {
    expect(tile('905').x).toBeLessThan(tile('398').x);
    expect(tile('905').y).toBeLessThan(tile('109').y);
    const ys = tiles.map((t) => t.y).sort((a, b) => a - b);
    expect(tile('272').y).toBeLessThanOrEqual(ys[Math.floor(ys.length / 3)]!);

    const proj = projectPoints(input);
    const gap = 1.5 * Math.sqrt(3);
    for (const axis of [0, 1] as const) {
      let pairs = 0,
        agree = 0;
      for (let i = 0; i < input.length; i++) {
        for (let j = i + 1; j < input.length; j++) {
          const d = proj[j]![axis] - proj[i]![axis];
          if (Math.abs(d) <= gap) continue;
          const a = tile(input[i]!.code),
            b = tile(input[j]!.code);
          const td = axis === 0 ? b.x - a.x : b.y - a.y;
          pairs++;
          if (Math.sign(td) === Math.sign(d)) agree++;
        }
      }
      expect(agree / pairs, `axis ${axis}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('handles empty and tiny inputs', () => {
    expect(layoutTiles([])).toEqual([]);
    const one = layoutTiles([{ code: 'x', provinceId: 'p', lon: 25, lat: 61 }]);
    expect(one).toHaveLength(1);
    // Degenerate geography: everything on one point, or on a line, still gets distinct cells.
    for (const pts of [
      Array.from({ length: 40 }, (_, i) => ({ code: `c${i}`, provinceId: `p${i % 3}`, lon: 25, lat: 61 })),
      Array.from({ length: 12 }, (_, i) => ({ code: `c${i}`, provinceId: 'p', lon: 20 + i, lat: 61 })),
    ]) {
      const out = layoutTiles(pts);
      expect(out).toHaveLength(pts.length);
      expect(new Set(out.map((t) => `${t.q},${t.r}`)).size).toBe(pts.length);
    }
  });
});

describe('published layout', () => {
  it('regions.json carries the cell this layout gives every municipality, so the browser only draws', () => {
    expect(regions.municipalities.map((m) => ({ code: m.code, ...m.tile }))).toEqual(
      regions.municipalities.map((m) => ({ code: m.code, q: byCode.get(m.code)!.q, r: byCode.get(m.code)!.r })),
    );
  });
});
