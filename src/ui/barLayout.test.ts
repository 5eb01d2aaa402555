import { describe, expect, it } from 'vitest';
import { barLayout, niceTicks } from './barLayout';

const margin = { top: 8, right: 16, bottom: 8, left: 8 };

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 × 10ⁿ from 0 past the largest value', () => {
    expect(niceTicks(3_700_000)).toEqual([0, 1e6, 2e6, 3e6, 4e6]);
    expect(niceTicks(5_148_150, 5)).toEqual([0, 2e6, 4e6, 6e6]);
    expect(niceTicks(180_100, 3)).toEqual([0, 100_000, 200_000]);
    expect(niceTicks(0.9, 4)).toEqual([0, 0.5, 1]);
  });

  it('keeps to whole steps for counts and gives an empty chart an axis', () => {
    expect(niceTicks(7, 5, true)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1, 5, true)).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('lands on the largest value when it is a step', () => {
    expect(niceTicks(4_000_000)).toEqual([0, 1e6, 2e6, 3e6, 4e6]);
    expect(niceTicks(30, 4, true)).toEqual([0, 10, 20, 30]);
  });
});

describe('barLayout', () => {
  it('places stacked bars where Recharts puts them (the overview’s areas at 1294 px)', () => {
    const layout = barLayout({
      rows: [[3_000_000, 700_000], [2_100_000, 512_400, 450_000, 180_000], [1_000_000, 250_000], [1]],
      stacking: 'stacked',
      width: 1294,
      rowHeight: 78,
      extraHeight: 40,
      margin,
      axisWidth: 300,
    });
    expect(layout.height).toBe(4 * 78 + 40);
    expect(layout.plot).toEqual({ left: 308, right: 1278, top: 8, bottom: 314 });
    expect(layout.bands.map((b) => b.centre)).toEqual([46.25, 122.75, 199.25, 275.75]);
    expect(layout.domain).toEqual([0, 4e6]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1e6, 2e6, 3e6, 4e6]);
    expect(layout.ticks.map((t) => t.x)).toEqual([308, 550.5, 793, 1035.5, 1278]);
    // Segments follow each other along the row; each bar fills the band less 10 % at either side.
    const first = layout.bars.filter((b) => b.row === 0);
    expect(first.map((b) => b.series)).toEqual([0, 1]);
    expect(first[0]).toMatchObject({ x: 308, y: 15.65, height: 61 });
    expect(first[0]!.width).toBeCloseTo(727.5);
    expect(first[1]!.x).toBeCloseTo(1035.5);
    expect(first[1]!.x + first[1]!.width).toBeCloseTo(308 + (3.7 / 4) * 970);
    expect(layout.bars).toHaveLength(2 + 4 + 2 + 1);
  });

  it('sets grouped bars side by side in the band with the gap between them, and leaves out zeros', () => {
    const layout = barLayout({
      rows: [
        [3, 0],
        [0, 5],
        [2, 2],
      ],
      stacking: 'grouped',
      width: 600,
      rowHeight: 56,
      extraHeight: 42,
      margin: { top: 8, right: 40, bottom: 8, left: 8 },
      axisWidth: 252,
      barGap: 2,
      integer: true,
    });
    expect(layout.height).toBe(3 * 56 + 42);
    const band = (3 * 56 + 42 - 8 - 8 - 30) / 3;
    expect(layout.bands[1]!.y).toBeCloseTo(8 + band);
    expect(layout.bars.map((b) => [b.row, b.series])).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    const size = Math.round((band - 2 * band * 0.1 - 2) / 2);
    const [a, b] = layout.bars.filter((r) => r.row === 2);
    expect(a!.height).toBe(size);
    expect(b!.y - a!.y).toBeCloseTo(size + 2);
    expect(a!.x).toBe(260);
    // Whole ticks for counts: 0, 2, 4, 6 over a plot of 300 px.
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6]);
    expect(layout.bars[1]!.width).toBeCloseTo((5 / 6) * 300);
  });

  it('uses fewer ticks where the axis is short, and keeps a minimum height', () => {
    const layout = barLayout({
      rows: [[3_302_000]],
      stacking: 'grouped',
      width: 330,
      rowHeight: 44,
      extraHeight: 40,
      minHeight: 120,
      margin: { top: 8, right: 70, bottom: 8, left: 8 },
      axisWidth: 132,
    });
    expect(layout.height).toBe(120);
    expect(layout.ticks.length).toBeLessThanOrEqual(3);
    expect(layout.domain[1]).toBeGreaterThanOrEqual(3_302_000);
    expect(layout.ticks[layout.ticks.length - 1]!.x).toBe(260);
  });

  it('draws nothing for a chart without values but still has an axis', () => {
    const layout = barLayout({
      rows: [[0], [0]],
      stacking: 'stacked',
      width: 500,
      rowHeight: 44,
      extraHeight: 40,
      margin,
      axisWidth: 200,
    });
    expect(layout.bars).toEqual([]);
    expect(layout.domain).toEqual([0, 1]);
    expect(layout.bands).toHaveLength(2);
  });
});
