import { geoPath, geoTransverseMercator } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry as GeoGeometry } from 'geojson';
import type { Municipality } from '../data/schema';
import { hexCorners, hexToPixel, provinceOutline, type Tile } from '../data/tileLayout';

/** One municipality's outline in SVG coordinates, and where its mark goes. */
export interface Shape {
  code: string;
  d: string;
  labelX: number;
  labelY: number;
}

/** What the map draws, whichever geometry is chosen. */
export interface MapGeometry {
  viewBox: [number, number, number, number];
  shapes: Shape[];
  /** Borders between provinces as one path (drawn thicker than municipal borders). */
  outline: string;
  provinceLabels: Array<{ id: string; x: number; y: number }>;
  /** Size of a shape in SVG units, so marks scale with the view. */
  unit: number;
  /**
   * The tile map's own placing of province names once their sizes are known (placeTileLabels); without it the
   * names go at `provinceLabels`.
   */
  placeLabels?: (labels: readonly LabelBox[]) => PlacedLabel[];
}

export interface LabelBox {
  id: string;
  width: number;
  height: number;
}
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
}

const R = 20;

/** The box a province name takes at `fontSize`: bold text is about 0.68 em a letter, the box a little taller. */
export const provinceNameBox = (name: string, fontSize: number) => ({
  width: name.length * fontSize * 0.68,
  height: fontSize * 1.2,
});

/** A label per province at the mean of its label points, or (`top`) above its northernmost shapes. */
function provinceLabels(shapes: Shape[], provinceOf: (code: string) => string | undefined, top?: number) {
  const sums = new Map<string, { x: number; y: number; minY: number; n: number }>();
  for (const s of shapes) {
    const id = provinceOf(s.code);
    if (!id) continue;
    const e = sums.get(id) ?? { x: 0, y: 0, minY: Infinity, n: 0 };
    e.x += s.labelX;
    e.y += s.labelY;
    e.minY = Math.min(e.minY, s.labelY);
    e.n++;
    sums.set(id, e);
  }
  return [...sums].map(([id, e]) => ({ id, x: e.x / e.n, y: top === undefined ? e.y / e.n : e.minY - top }));
}

/**
 * Province names on the tile map, each in the nearest free place beside its own tiles: a spot (on a grid of half a
 * tile inside `bounds`) whose box covers no tile and no name placed before it, nearest to one of the province's
 * tiles and not nearer to another province's. Where no spot is free, the one covering fewest; of equal spots, the
 * first in reading order. A name over or beside another province's tiles reads as theirs.
 *
 * It runs in the page's hydration, over thousands of spots per name, so it skips the spots that cannot win: a
 * spot's score is never below its distance to the province's own tiles, which is never below their distance along
 * either axis. Once a free spot is found, only a nearer free one can win, so rows and columns too far from the
 * province's tiles are passed over unscored; and a spot's covered boxes are counted only until it has more than
 * the best one.
 */
/** A box as [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** The box around a pointy-top hexagonal tile of circumradius `radius` centred on (x, y). */
export const tileBox = (t: { x: number; y: number }, radius: number): Box => {
  const halfW = radius * (Math.sqrt(3) / 2);
  return [t.x - halfW, t.y - radius, t.x + halfW, t.y + radius];
};

export function placeTileLabels(
  tiles: ReadonlyArray<{ x: number; y: number; provinceId: string }>,
  labels: readonly LabelBox[],
  radius: number,
  bounds: readonly [number, number, number, number],
): PlacedLabel[] {
  type Rect = Box;
  const obstacles: Rect[] = tiles.map((t) => tileBox(t, radius));
  const [bx, by, bw, bh] = bounds;
  const step = radius / 2;
  // The distance from a box to the nearest centre of `ts`, or `cutoff` where none is nearer (a tile whose distance
  // along either axis reaches the nearest so far is not nearer).
  const nearest = (ts: typeof tiles, [x0, y0, x1, y1]: Readonly<Rect>, cutoff: number) => {
    let d = cutoff;
    for (const t of ts) {
      const dx = Math.max(x0 - t.x, 0, t.x - x1);
      const dy = Math.max(y0 - t.y, 0, t.y - y1);
      if (dx < d && dy < d) d = Math.min(d, Math.hypot(dx, dy));
    }
    return d;
  };
  return labels.map(({ id, width, height }) => {
    const ownTiles = tiles.filter((t) => t.provinceId === id);
    const otherTiles = tiles.filter((t) => t.provinceId !== id);
    const ownX0 = Math.min(...ownTiles.map((t) => t.x));
    const ownX1 = Math.max(...ownTiles.map((t) => t.x));
    let best: { x: number; y: number; covered: number; score: number } | null = null;
    for (let y = by + height / 2; y <= by + bh - height / 2; y += step) {
      const y0 = y - height / 2;
      const y1 = y + height / 2;
      let ownDy = Infinity;
      for (const t of ownTiles) ownDy = Math.min(ownDy, Math.max(y0 - t.y, 0, t.y - y1));
      // Spots that cover nothing can only lose to an earlier free spot as near or nearer.
      const free = best !== null && best.covered === 0;
      if (free && ownDy >= best!.score) continue;
      const across = obstacles.filter((o) => y0 < o[3] && o[1] < y1);
      for (let x = bx + width / 2; x <= bx + bw - width / 2; x += step) {
        const x0 = x - width / 2;
        const x1 = x + width / 2;
        if (free && Math.max(ownX0 - x1, 0, x0 - ownX1) >= best!.score) continue;
        const limit = best ? best.covered : Infinity;
        let covered = 0;
        for (const o of across) if (x0 < o[2] && o[0] < x1 && ++covered > limit) break;
        if (covered > limit) continue;
        const tied = best !== null && covered === best.covered;
        if (tied && ownDy >= best!.score) continue;
        const box = [x0, y0, x1, y1] as const;
        const toOwn = nearest(ownTiles, box, tied ? best!.score : Infinity);
        if (tied && toOwn >= best!.score) continue;
        const score = toOwn + Math.max(0, toOwn - nearest(otherTiles, box, Infinity)) * 2;
        if (!best || covered < best.covered || score < best.score) best = { x, y, covered, score };
      }
    }
    const place = best ?? { x: bx + bw / 2, y: by + height };
    obstacles.push([place.x - width / 2, place.y - height / 2, place.x + width / 2, place.y + height / 2]);
    return { id, x: place.x, y: place.y };
  });
}

function box(points: Array<[number, number]>, pad: number): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs) - pad;
  const y0 = Math.min(...ys) - pad;
  return [x0, y0, Math.max(...xs) + pad - x0, Math.max(...ys) + pad - y0];
}

const tileGeometries = new WeakMap<readonly Municipality[], Map<string | null, MapGeometry>>();

/**
 * Equal hexagons at the cells the build laid out; zooming narrows the view box to one province's tiles. Laid out
 * once per data and zoom and the names placed once per set of sizes: a render that React discards (hydration may
 * restart one) and the next one share them.
 */
export function tileGeometry(municipalities: readonly Municipality[], zoomProvince: string | null): MapGeometry {
  let byZoom = tileGeometries.get(municipalities);
  if (!byZoom) tileGeometries.set(municipalities, (byZoom = new Map()));
  let geometry = byZoom.get(zoomProvince);
  if (!geometry) byZoom.set(zoomProvince, (geometry = layOutTiles(municipalities, zoomProvince)));
  return geometry;
}

function layOutTiles(municipalities: readonly Municipality[], zoomProvince: string | null): MapGeometry {
  const tiles: Tile[] = municipalities.map((m) => {
    const [x, y] = hexToPixel(m.tile.q, m.tile.r);
    return { code: m.code, provinceId: m.provinceId, q: m.tile.q, r: m.tile.r, x, y };
  });
  const shapes = tiles.map((t) => {
    const corners = hexCorners(t.x * R, t.y * R, R);
    return {
      code: t.code,
      d: `M${corners.map((c) => `${c[0].toFixed(2)},${c[1].toFixed(2)}`).join('L')}Z`,
      labelX: t.x * R,
      labelY: t.y * R,
    };
  });
  const provinces = [...new Set(tiles.map((t) => t.provinceId))];
  const outline = provinces
    .flatMap((id) =>
      provinceOutline(tiles, id, R).map(
        ([a, b]) => `M${a[0].toFixed(2)},${a[1].toFixed(2)}L${b[0].toFixed(2)},${b[1].toFixed(2)}`,
      ),
    )
    .join('');
  const focus = zoomProvince ? tiles.filter((t) => t.provinceId === zoomProvince) : tiles;
  const provinceOf = new Map(tiles.map((t) => [t.code, t.provinceId]));
  // Above the province's top row, where the label hides no tile's mark.
  const labels = provinceLabels(shapes, (c) => provinceOf.get(c), R * 0.55);
  const viewBox = box(
    (focus.length ? focus : tiles).map((t) => [t.x * R, t.y * R]),
    R * 1.6,
  );
  const centres = tiles.map((t) => ({ x: t.x * R, y: t.y * R, provinceId: t.provinceId }));
  const placed = new Map<string, PlacedLabel[]>();
  return {
    viewBox,
    shapes,
    outline,
    provinceLabels: labels,
    unit: R,
    // Names may stand beside the outermost tiles, a little outside the view box (MapCanvas widens it to them).
    placeLabels: (boxes) => {
      const key = boxes.map((b) => `${b.id} ${b.width} ${b.height}`).join();
      let names = placed.get(key);
      if (!names) {
        names = placeTileLabels(centres, boxes, R, [viewBox[0] - R * 4, viewBox[1], viewBox[2] + R * 8, viewBox[3]]);
        placed.set(key, names);
      }
      return names;
    },
  };
}

export type BoundaryTopology = Topology<{
  municipalities: GeometryCollection<{ code: string; fi: string; sv: string }>;
}>;

/**
 * Real 2013 borders in a transverse Mercator centred on 27°E (as ETRS-TM35FIN), fitted to the width; with a
 * zoom the projection is fitted to that province and the rest is clipped by the view box.
 */
export function boundaryGeometry(
  topology: BoundaryTopology,
  municipalities: Municipality[],
  width: number,
  zoomProvince: string | null,
): MapGeometry {
  const object = topology.objects.municipalities;
  const collection = feature(topology, object) as FeatureCollection<GeoGeometry, { code: string }>;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const features = collection.features.filter((f) => byCode.has(f.properties.code));
  const focus = zoomProvince
    ? features.filter((f) => byCode.get(f.properties.code)?.provinceId === zoomProvince)
    : features;
  const fitted: FeatureCollection = {
    type: 'FeatureCollection',
    features: (focus.length ? focus : features) as Feature[],
  };
  const projection = geoTransverseMercator().rotate([-27, 0]).fitWidth(width, fitted);
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(fitted);
  const shapes = features.map((f) => {
    const m = byCode.get(f.properties.code)!;
    const [lx, ly] = projection([m.lon, m.lat]) ?? [0, 0];
    return { code: f.properties.code, d: path(f) ?? '', labelX: lx, labelY: ly };
  });
  const provinceOfGeom = (g: { properties?: unknown }) =>
    byCode.get((g.properties as { code?: string } | undefined)?.code ?? '')?.provinceId;
  const outline = path(mesh(topology, object, (a, b) => a !== b && provinceOfGeom(a) !== provinceOfGeom(b))) ?? '';
  const pad = 8;
  return {
    viewBox: [x0 - pad, y0 - pad, x1 - x0 + pad * 2, y1 - y0 + pad * 2],
    shapes,
    outline,
    provinceLabels: provinceLabels(shapes, (c) => byCode.get(c)?.provinceId),
    unit: Math.max(12, (width / 40) * (zoomProvince ? 1.3 : 1)),
  };
}
