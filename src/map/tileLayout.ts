export interface TileInput { code: string; provinceId: string; lon: number; lat: number }
export interface Tile { code: string; provinceId: string; q: number; r: number; x: number; y: number }
type Pt = [number, number];

const SQRT3 = Math.sqrt(3);
// Axial directions ordered so that DIRS[i] lies across the edge between hexCorners[i] and hexCorners[i + 1].
const DIRS: readonly Pt[] = [[1, 0], [0, 1], [-1, 1], [-1, 0], [0, -1], [1, -1]];
const DQ = Int8Array.from(DIRS, (d) => d[0]), DR = Int8Array.from(DIRS, (d) => d[1]);

export function hexToPixel(q: number, r: number): Pt {
  return [SQRT3 * (q + r / 2), 1.5 * r];
}

function pixelToHex(x: number, y: number): Pt {
  const r = y / 1.5, q = x / SQRT3 - r / 2, s = -q - r;
  let rq = Math.round(q), rr = Math.round(r);
  const rs = Math.round(s), dq = Math.abs(rq - q), dr = Math.abs(rr - r), ds = Math.abs(rs - s);
  if (dq > dr && dq > ds) rq = -rr - rs;
  else if (dr > ds) rr = -rq - rs;
  return [rq, rr];
}

export function hexNeighbours(q: number, r: number): Pt[] {
  return DIRS.map(([dq, dr]) => [q + dq, r + dr]);
}

export function hexCorners(x: number, y: number, radius: number): Pt[] {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 180) * (60 * i - 30);
    return [x + radius * Math.cos(a), y + radius * Math.sin(a)] as Pt;
  });
}

export function provinceOutline(tiles: Tile[], provinceId: string, radius = 1): Array<[Pt, Pt]> {
  const own = new Set(tiles.filter((t) => t.provinceId === provinceId).map((t) => key(t.q, t.r)));
  const out: Array<[Pt, Pt]> = [];
  for (const t of tiles) {
    if (t.provinceId !== provinceId) continue;
    const c = hexCorners(t.x * radius, t.y * radius, radius);
    DIRS.forEach(([dq, dr], i) => {
      if (!own.has(key(t.q + dq, t.r + dr))) out.push([c[i]!, c[(i + 1) % 6]!]);
    });
  }
  return out;
}

const key = (q: number, r: number) => `${q},${r}`;
const hexDist = (aq: number, ar: number, bq: number, br: number) =>
  (Math.abs(aq - bq) + Math.abs(ar - br) + Math.abs(aq + ar - bq - br)) / 2;

/** Area of the convex hull (monotone chain), used to size the grid so cells ≈ items. */
function hullArea(pts: Pt[]): number {
  const p = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return 0;
  const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Pt[]) => {
    const h: Pt[] = [];
    for (const pt of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, pt) <= 0) h.pop();
      h.push(pt);
    }
    h.pop();
    return h;
  };
  const hull = [...half(p), ...half([...p].reverse())];
  let a = 0;
  hull.forEach((pt, i) => {
    const n = hull[(i + 1) % hull.length]!;
    a += pt[0] * n[1] - n[0] * pt[1];
  });
  return Math.abs(a) / 2;
}

// Weights of the layout objective (layout units; a neighbour step is sqrt(3) ≈ 1.73).
const ATTACH_PENALTY = 4; // greedy: placing a tile detached from its already-started province
const W_DIST = 0.35; // per squared unit of displacement from the projected point
const W_SAME = 1.5; // per same-province adjacent pair
const W_ANY = 0.15; // per occupied adjacent pair (keeps the blob compact)
const W_SPLIT = 6; // per tile outside the largest component of its province
const MAX_SHIFT = 4.5; // tiles never end further than this from their projected point

/** Equirectangular projection (x scaled by cos of the mean latitude, y down) in layout units, sized so the hull holds about one hex cell per item. Returned in input order. */
export function projectPoints(items: TileInput[]): Pt[] {
  const n = items.length;
  if (n === 0) return [];
  const meanLat = items.reduce((s, m) => s + m.lat, 0) / n;
  const meanLon = items.reduce((s, m) => s + m.lon, 0) / n;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const raw: Pt[] = items.map((m) => [(m.lon - meanLon) * k, meanLat - m.lat]);
  const area = hullArea(raw);
  const scale = area > 1e-12 ? Math.sqrt((n * 1.5 * SQRT3) / area) : SQRT3 / Math.max(1e-9, ...raw.map((p) => Math.hypot(p[0], p[1])));
  return raw.map(([x, y]) => [x * scale, y * scale]);
}

export function layoutTiles(items: TileInput[]): Tile[] {
  const list = [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const n = list.length;
  if (n === 0) return [];
  const pts = projectPoints(list);
  const provIds = [...new Set(list.map((m) => m.provinceId))];
  const prov = Int32Array.from(list, (m) => provIds.indexOf(m.provinceId));
  const home = pts.map(([x, y]) => pixelToHex(x, y));

  // Dense grid over the home cells plus a margin: a hex disk of radius R holds 3R(R+1)+1 cells, so free cells are always found within reach.
  const reach = Math.ceil(Math.sqrt(n / 3)) + 1;
  const margin = reach + 8;
  const q0 = Math.min(...home.map((h) => h[0])) - margin, r0 = Math.min(...home.map((h) => h[1])) - margin;
  const w = Math.max(...home.map((h) => h[0])) + margin - q0 + 1, hgt = Math.max(...home.map((h) => h[1])) + margin - r0 + 1;
  const grid = new Int32Array(w * hgt).fill(-1);
  const OUT = -2;
  const at = (cq: number, cr: number) => {
    const a = cq - q0, b = cr - r0;
    return a < 0 || b < 0 || a >= w || b >= hgt ? OUT : grid[b * w + a]!;
  };
  const put = (cq: number, cr: number, v: number) => { grid[(cr - r0) * w + (cq - q0)] = v; };
  const q = new Int32Array(n), r = new Int32Array(n);
  const px = Float64Array.from(pts, (p) => p[0]), py = Float64Array.from(pts, (p) => p[1]);
  const dist2 = (i: number, cq: number, cr: number) => {
    const dx = SQRT3 * (cq + cr / 2) - px[i]!, dy = 1.5 * cr - py[i]!;
    return dx * dx + dy * dy;
  };
  const sameNbrs = (i: number, cq: number, cr: number) => {
    let s = 0;
    for (let d = 0; d < 6; d++) {
      const j = at(cq + DQ[d]!, cr + DR[d]!);
      if (j >= 0 && j !== i && prov[j] === prov[i]) s++;
    }
    return s;
  };
  const anyNbrs = (i: number, cq: number, cr: number) => {
    let s = 0;
    for (let d = 0; d < 6; d++) {
      const j = at(cq + DQ[d]!, cr + DR[d]!);
      if (j >= 0 && j !== i) s++;
    }
    return s;
  };

  // Greedy: repeatedly place the (item, free cell) pair of lowest cost over all unplaced items.
  // A placement only changes costs for its own province (neighbour bonus) and for items whose best cell it took.
  const started = new Uint8Array(provIds.length);
  const placed = new Uint8Array(n);
  const bestCost = new Float64Array(n), bestQ = new Int32Array(n), bestR = new Int32Array(n), bestRad = new Int32Array(n);
  const evaluate = (i: number) => {
    const [hq, hr] = home[i]!;
    let best = Infinity;
    let rad = 1;
    while (best === Infinity && rad <= reach + 1) {
      rad += 2;
      for (let dq = -rad; dq <= rad; dq++) {
        for (let dr = Math.max(-rad, -dq - rad); dr <= Math.min(rad, -dq + rad); dr++) {
          const cq = hq + dq, cr = hr + dr;
          if (at(cq, cr) !== -1) continue;
          const s = sameNbrs(i, cq, cr);
          const c = Math.sqrt(dist2(i, cq, cr)) - 0.3 * s + (s === 0 && started[prov[i]!] ? ATTACH_PENALTY : 0);
          if (c < best) { best = c; bestQ[i] = cq; bestR[i] = cr; }
        }
      }
    }
    bestCost[i] = best;
    bestRad[i] = rad;
  };
  for (let i = 0; i < n; i++) evaluate(i);
  for (let step = 0; step < n; step++) {
    let bi = -1;
    for (let i = 0; i < n; i++) if (!placed[i] && (bi < 0 || bestCost[i]! < bestCost[bi]!)) bi = i;
    const bq = bestQ[bi]!, br = bestR[bi]!;
    placed[bi] = 1; q[bi] = bq; r[bi] = br;
    put(bq, br, bi);
    const first = !started[prov[bi]!];
    started[prov[bi]!] = 1;
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      const near = prov[i] === prov[bi] && (first || hexDist(home[i]![0], home[i]![1], bq, br) <= bestRad[i]! + 1);
      if (near || (bestQ[i] === bq && bestR[i] === br)) evaluate(i);
    }
  }

  // Local search on dist² + adjacency + contiguity, via single moves to free cells and pairwise swaps.
  const members = provIds.map((_, p) => [...prov.keys()].filter((i) => prov[i] === p));
  const seen = new Int32Array(n);
  const stack = new Int32Array(n);
  let stamp = 0;
  const outside = (p: number) => {
    const ids = members[p]!;
    let largest = 0, total = 0;
    stamp++;
    for (const s of ids) {
      if (seen[s] === stamp) continue;
      seen[s] = stamp;
      let top = 0, size = 0;
      stack[top++] = s;
      while (top) {
        const i = stack[--top]!;
        size++;
        for (let d = 0; d < 6; d++) {
          const j = at(q[i]! + DQ[d]!, r[i]! + DR[d]!);
          if (j >= 0 && prov[j] === p && seen[j] !== stamp) { seen[j] = stamp; stack[top++] = j; }
        }
      }
      largest = Math.max(largest, size);
      total += size;
      if (largest >= ids.length - total) break;
    }
    return ids.length - largest;
  };
  const local = (i: number) => {
    return W_DIST * dist2(i, q[i]!, r[i]!) - W_SAME * sameNbrs(i, q[i]!, r[i]!) - W_ANY * anyNbrs(i, q[i]!, r[i]!);
  };
  // Energy of the moved items without the split term: pairs involving them are counted, pairs inside the set once.
  const energy = (a: number, b: number) => {
    if (b < 0) return local(a);
    return local(a) + local(b) + (hexDist(q[a]!, r[a]!, q[b]!, r[b]!) === 1 ? W_ANY + (prov[a] === prov[b] ? W_SAME : 0) : 0);
  };
  const setCell = (i: number, cq: number, cr: number) => { q[i] = cq; r[i] = cr; put(cq, cr, i); };

  // After moving a tile from (oq, or) to (cq, cr): is the vacated cell or a free cell next to the new one fully enclosed?
  const enclosesHole = (oq: number, or: number, cq: number, cr: number) => {
    if (anyNbrs(-1, oq, or) === 6) return true;
    for (let d = 0; d < 6; d++) {
      const fq = cq + DQ[d]!, fr = cr + DR[d]!;
      if (at(fq, fr) === -1 && anyNbrs(-1, fq, fr) === 6) return true;
    }
    return false;
  };
  const improve = () => {
    for (let pass = 0; pass < 12; pass++) {
      let improved = false;
      for (let i = 0; i < n; i++) {
        for (let dq = -2; dq <= 2; dq++) {
          for (let dr = Math.max(-2, -dq - 2); dr <= Math.min(2, -dq + 2); dr++) {
            if (dq === 0 && dr === 0) continue;
            const oq = q[i]!, or = r[i]!, cq = oq + dq, cr = or + dr;
            const j = at(cq, cr);
            if (j === OUT || dist2(i, cq, cr) > MAX_SHIFT ** 2 || (j >= 0 && dist2(j, oq, or) > MAX_SHIFT ** 2)) continue;
            if (j < 0 && anyNbrs(i, cq, cr) < 2) continue;
            const pi = prov[i]!, pj = j >= 0 && prov[j] !== pi ? prov[j]! : -1;
            const splitBefore = W_SPLIT * (split[pi]! + (pj >= 0 ? split[pj]! : 0));
            const before = energy(i, j) + splitBefore;
            put(oq, or, -1);
            if (j >= 0) setCell(j, oq, or);
            setCell(i, cq, cr);
            const after = energy(i, j);
            // The split term is only recomputed (BFS) when the move could win even with a perfect split score.
            if (after < before - 1e-9 && (j >= 0 || !enclosesHole(oq, or, cq, cr))) {
              const si = outside(pi), sj = pj >= 0 ? outside(pj) : 0;
              if (after + W_SPLIT * (si + sj) < before - 1e-9) {
                split[pi] = si;
                if (pj >= 0) split[pj] = sj;
                improved = true;
                continue;
              }
            }
            if (j < 0) put(cq, cr, -1);
            else setCell(j, cq, cr);
            setCell(i, oq, or);
          }
        }
      }
      if (!improved) break;
    }
  };

  const total = () => {
    let e = 0;
    for (let i = 0; i < n; i++) {
      e += W_DIST * dist2(i, q[i]!, r[i]!) - (W_SAME * sameNbrs(i, q[i]!, r[i]!) + W_ANY * anyNbrs(i, q[i]!, r[i]!)) / 2;
    }
    for (let p = 0; p < members.length; p++) e += W_SPLIT * outside(p);
    return e;
  };
  const findHole = (): Pt | undefined => {
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < 6; d++) {
        const cq = q[i]! + DQ[d]!, cr = r[i]! + DR[d]!;
        if (at(cq, cr) === -1 && anyNbrs(-1, cq, cr) === 6) return [cq, cr];
      }
    }
    return undefined;
  };
  // Move the row of len tiles starting next to the hole one step into it (back = undo).
  const shift = (hq: number, hr: number, d: number, len: number, back: boolean) => {
    const dq = DQ[d]!, dr = DR[d]!;
    for (let k = back ? len - 1 : 0; back ? k >= 0 : k < len; k += back ? -1 : 1) {
      const [f, t] = back ? [k, k + 1] : [k + 1, k];
      setCell(at(hq + f * dq, hr + f * dr), hq + t * dq, hr + t * dr);
    }
    put(back ? hq : hq + len * dq, back ? hr : hr + len * dr, -1);
  };

  // Holes left by the greedy pass cannot be fixed by single moves; fill them by shifting a straight row of tiles.
  for (let guard = 0; guard < n; guard++) {
    const hole = findHole();
    if (!hole) break;
    const [hq, hr] = hole;
    let best = Infinity, bd = -1, bl = 0;
    for (let d = 0; d < 6; d++) {
      let len = 0;
      while (at(hq + (len + 1) * DQ[d]!, hr + (len + 1) * DR[d]!) >= 0) len++;
      if (at(hq + (len + 1) * DQ[d]!, hr + (len + 1) * DR[d]!) === OUT) continue;
      shift(hq, hr, d, len, false);
      const e = total();
      if (e < best) { best = e; bd = d; bl = len; }
      shift(hq, hr, d, len, true);
    }
    if (bd < 0) break;
    shift(hq, hr, bd, bl, false);
  }
  const split = Int32Array.from(members, (_, p) => outside(p));
  improve();

  return list.map((m, i) => {
    const [x, y] = hexToPixel(q[i]!, r[i]!);
    return { code: m.code, provinceId: m.provinceId, q: q[i]!, r: r[i]!, x, y };
  });
}
