import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import type { Lang } from '../i18n/format';
import { provinceName } from '../data/names';
import {
  placeTileLabels,
  provinceNameBox,
  tileBox,
  tileGeometry,
  type Box,
  type LabelBox,
  type PlacedLabel,
} from './geometry';

/**
 * The placement as a full search does it, spot by spot (the implementation before placeTileLabels learnt to skip
 * spots that cannot win): the faster search must give exactly its answer.
 */
function fullSearch(
  tiles: ReadonlyArray<{ x: number; y: number; provinceId: string }>,
  labels: readonly LabelBox[],
  radius: number,
  bounds: readonly [number, number, number, number],
): PlacedLabel[] {
  type Rect = Box;
  const obstacles: Rect[] = tiles.map((t) => tileBox(t, radius));
  const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const gap = (r: Rect, t: { x: number; y: number }) =>
    Math.hypot(Math.max(r[0] - t.x, 0, t.x - r[2]), Math.max(r[1] - t.y, 0, t.y - r[3]));
  const [bx, by, bw, bh] = bounds;
  const step = radius / 2;
  return labels.map(({ id, width, height }) => {
    const own = tiles.filter((t) => t.provinceId === id);
    const others = tiles.filter((t) => t.provinceId !== id);
    let best: { x: number; y: number; covered: number; score: number } | null = null;
    for (let y = by + height / 2; y <= by + bh - height / 2; y += step)
      for (let x = bx + width / 2; x <= bx + bw - width / 2; x += step) {
        const rect: Rect = [x - width / 2, y - height / 2, x + width / 2, y + height / 2];
        const covered = obstacles.filter((o) => overlaps(rect, o)).length;
        const toOwn = Math.min(...own.map((t) => gap(rect, t)));
        const toOther = Math.min(Infinity, ...others.map((t) => gap(rect, t)));
        const score = toOwn + Math.max(0, toOwn - toOther) * 2;
        if (!best || covered < best.covered || (covered === best.covered && score < best.score))
          best = { x, y, covered, score };
      }
    const place = best ?? { x: bx + bw / 2, y: by + height };
    obstacles.push([place.x - width / 2, place.y - height / 2, place.x + width / 2, place.y + height / 2]);
    return { id, x: place.x, y: place.y };
  });
}

const d = realDataset();
const core = d.regions.provinces.filter((p) => p.core);

/** The tile map's province names as MapCanvas places them, in one language and zoom. */
function placed(lang: Lang, zoom: string | null) {
  const g = tileGeometry(d.regions.municipalities, zoom);
  const boxes = g.provinceLabels
    .map((l) => core.find((p) => p.id === l.id))
    .filter((p) => p !== undefined)
    .map((p) => ({ id: p.id, ...provinceNameBox(provinceName(p, lang), g.unit * 0.7) }));
  return { g, boxes, names: g.placeLabels!(boxes) };
}

const cases = (['fi', 'sv', 'en'] as const).flatMap((lang) =>
  [null, ...d.regions.provinces.map((p) => p.id)].map((zoom) => [lang, zoom] as const),
);

describe('placeTileLabels', () => {
  it('places the Finnish names of the whole map beside their own tiles, as the page always has', () => {
    const at = placed('fi', null).names.map((p) => [p.id, Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100]);
    expect(at).toEqual([
      ['etela-pohjanmaa', 143.52, -93.6],
      ['paijat-hame', 154.48, 56.4],
      ['pirkanmaa', 94.96, -3.6],
      ['kanta-hame', -100.28, 186.4],
      ['keski-pohjanmaa', 123.52, -243.6],
      ['pohjanmaa', -165.04, -183.6],
    ]);
  });

  it.each(cases)('gives exactly the full search’s places for the real data (%s, zoom %s)', (lang, zoom) => {
    const { g, boxes, names } = placed(lang, zoom);
    const tiles = g.shapes.map((s) => ({
      x: s.labelX,
      y: s.labelY,
      provinceId: d.regions.municipalities.find((m) => m.code === s.code)!.provinceId,
    }));
    const [x, y, w, h] = g.viewBox;
    expect(names).toEqual(fullSearch(tiles, boxes, g.unit, [x - g.unit * 4, y, w + g.unit * 8, h]));
  });

  // Zoomed in, every core province's name must still find room in the zoomed view, and may cover its tiles.
  it.each(['fi', 'sv', 'en'] as const)('puts no name over a tile or another name on the whole map (%s)', (lang) => {
    const { g, boxes, names } = placed(lang, null);
    const tiles = g.shapes.map((s) => tileBox({ x: s.labelX, y: s.labelY }, g.unit));
    const rects = names.map((p, i) => {
      const { width, height } = boxes[i]!;
      return [p.x - width / 2, p.y - height / 2, p.x + width / 2, p.y + height / 2];
    });
    const overlaps = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
    expect(rects).toHaveLength(core.length);
    rects.forEach((r, i) => {
      expect(
        tiles.filter((t) => overlaps(r, t)),
        names[i]!.id,
      ).toEqual([]);
      expect(
        rects.filter((o, j) => j !== i && overlaps(r, o)),
        names[i]!.id,
      ).toEqual([]);
    });
  });

  it('gives the full search’s places where names cannot all be free: crowded tiles in a small box', () => {
    // A pseudo-random layout (fixed seed) of three provinces, dense enough that some names must cover tiles.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const tiles = Array.from({ length: 30 }, () => ({
        x: Math.round(random() * 200),
        y: Math.round(random() * 150),
        provinceId: ['a', 'b', 'c'][Math.floor(random() * 3)]!,
      }));
      const labels = ['a', 'b', 'c', 'd'].map((id) => ({ id, width: 20 + random() * 80, height: 12 }));
      const bounds = [-20, -20, 240, 190] as const;
      expect(placeTileLabels(tiles, labels, 10, bounds)).toEqual(fullSearch(tiles, labels, 10, bounds));
    }
  });
});
