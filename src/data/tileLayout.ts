export interface TileInput {
  code: string;
  provinceId: string;
  lon: number;
  lat: number;
}
export interface Tile {
  code: string;
  provinceId: string;
  q: number;
  r: number;
  x: number;
  y: number;
}
type Pt = [number, number];

const SQRT3 = Math.sqrt(3);
// Axial directions ordered so that DIRS[i] lies across the edge between hexCorners[i] and hexCorners[i + 1].
const DIRS: readonly Pt[] = [
  [1, 0],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [0, -1],
  [1, -1],
];

export function hexToPixel(q: number, r: number): Pt {
  return [SQRT3 * (q + r / 2), 1.5 * r];
}

function pixelToHex(x: number, y: number): Pt {
  const r = y / 1.5,
    q = x / SQRT3 - r / 2,
    s = -q - r;
  let rq = Math.round(q),
    rr = Math.round(r);
  const rs = Math.round(s),
    dq = Math.abs(rq - q),
    dr = Math.abs(rr - r),
    ds = Math.abs(rs - s);
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
  // Degenerate (collinear) input: space the points about one neighbour step apart along the line instead.
  const extent = 2 * Math.max(1e-9, ...raw.map((p) => Math.hypot(p[0], p[1])));
  const scale = area > 1e-12 ? Math.sqrt((n * 1.5 * SQRT3) / area) : (SQRT3 * Math.max(1, n - 1)) / extent;
  return raw.map(([x, y]) => [x * scale, y * scale]);
}

export function layoutTiles(items: TileInput[]): Tile[] {
  const list = [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const n = list.length;
  if (n === 0) return [];
  const pts = projectPoints(list);
  const px = Float64Array.from(pts, (p) => p[0]),
    py = Float64Array.from(pts, (p) => p[1]);
  const provIds = [...new Set(list.map((m) => m.provinceId))];
  const prov = Int32Array.from(list, (m) => provIds.indexOf(m.provinceId));
  const members = provIds.map((_, p) => [...prov.keys()].filter((i) => prov[i] === p));
  const home = pts.map(([x, y]) => pixelToHex(x, y));

  // Flat grid of cell indices (cheap in the interpreter on first run). A hex disk of radius R holds 3R(R+1)+1 cells,
  // so the greedy finds free cells within `reach`; a 3-cell OUT border keeps neighbour and ±2 reads inside the array.
  const reach = Math.ceil(Math.sqrt(n / 3)) + 1;
  const margin = reach + 8;
  const q0 = Math.min(...home.map((h) => h[0])) - margin,
    r0 = Math.min(...home.map((h) => h[1])) - margin;
  const W = Math.max(...home.map((h) => h[0])) + margin - q0 + 1,
    H = Math.max(...home.map((h) => h[1])) + margin - r0 + 1;
  const FREE = -1,
    OUT = -2;
  const grid = new Int32Array(W * H).fill(FREE);
  const cx = new Float64Array(W * H),
    cy = new Float64Array(W * H);
  for (let c = 0; c < W * H; c++) {
    const a = c % W,
      b = (c - a) / W;
    if (a < 3 || b < 3 || a >= W - 3 || b >= H - 3) grid[c] = OUT;
    cx[c] = SQRT3 * (a + q0 + (b + r0) / 2);
    cy[c] = 1.5 * (b + r0);
  }
  const cellQ = (c: number) => (c % W) + q0,
    cellR = (c: number) => Math.floor(c / W) + r0;
  const NB = Int32Array.from(DIRS, ([dq, dr]) => dq + dr * W);
  const homeCell = Int32Array.from(home, ([hq, hr]) => (hr - r0) * W + (hq - q0));
  const cell = new Int32Array(n);
  const cellDist = (a: number, b: number) => hexDist(cellQ(a), cellR(a), cellQ(b), cellR(b));
  const dist2 = (i: number, c: number) => {
    const dx = cx[c]! - px[i]!,
      dy = cy[c]! - py[i]!;
    return dx * dx + dy * dy;
  };
  // Neighbours of cell c occupied by another tile (of i's province when `same`); i = -1 counts all.
  const nbrs = (i: number, c: number, same: boolean) => {
    let s = 0;
    for (let d = 0; d < 6; d++) {
      const j = grid[c + NB[d]!]!;
      if (j >= 0 && j !== i && (!same || prov[j] === prov[i])) s++;
    }
    return s;
  };

  // Greedy: repeatedly place the (item, free cell) pair of lowest cost over all unplaced items, via a lazy heap.
  // A placement lowers costs only next to it (same province), so only those pairs are pushed again; raised costs
  // (a started province penalises detached cells) are caught when a stale entry is popped.
  const started = new Uint8Array(provIds.length);
  const placed = new Uint8Array(n);
  const rad = new Int32Array(n).fill(2);
  const cost = (i: number, c: number) => {
    const s = nbrs(i, c, true);
    return Math.sqrt(dist2(i, c)) - 0.3 * s + (s === 0 && started[prov[i]!] ? ATTACH_PENALTY : 0);
  };
  type Entry = [cost: number, item: number, cell: number];
  const heap: Entry[] = [];
  const before = (a: Entry, b: Entry) =>
    a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
  const push = (e: Entry) => {
    let k = heap.push(e) - 1;
    while (k > 0) {
      const up = (k - 1) >> 1;
      if (!before(e, heap[up]!)) break;
      heap[k] = heap[up]!;
      k = up;
    }
    heap[k] = e;
  };
  const pop = () => {
    const top = heap[0],
      last = heap.pop()!;
    if (heap.length) {
      let k = 0;
      for (;;) {
        let m = 2 * k + 1;
        if (m >= heap.length) break;
        if (m + 1 < heap.length && before(heap[m + 1]!, heap[m]!)) m++;
        if (!before(heap[m]!, last)) break;
        heap[k] = heap[m]!;
        k = m;
      }
      heap[k] = last;
    }
    return top;
  };
  const pushWindow = (i: number) => {
    const h = homeCell[i]!,
      R = rad[i]!;
    for (let dr = -R; dr <= R; dr++) {
      for (let dq = Math.max(-R, -dr - R); dq <= Math.min(R, -dr + R); dq++) {
        const c = h + dq + dr * W;
        if (grid[c] === FREE) push([cost(i, c), i, c]);
      }
    }
  };
  for (let i = 0; i < n; i++) pushWindow(i);
  for (let left = n; left > 0;) {
    const e = pop();
    if (!e) {
      for (let i = 0; i < n; i++)
        if (!placed[i]) {
          rad[i] = rad[i]! + 2;
          pushWindow(i);
        }
      continue;
    }
    const [k, i, c] = e;
    if (placed[i] || grid[c] !== FREE) continue;
    const now = cost(i, c);
    if (now > k + 1e-9) {
      push([now, i, c]);
      continue;
    }
    placed[i] = 1;
    cell[i] = c;
    grid[c] = i;
    left--;
    const p = prov[i]!;
    started[p] = 1;
    for (let d = 0; d < 6; d++) {
      const f = c + NB[d]!;
      if (grid[f] !== FREE) continue;
      for (const m of members[p]!) if (!placed[m] && cellDist(homeCell[m]!, f) <= rad[m]!) push([cost(m, f), m, f]);
    }
  }

  // Contiguity: number of the province's tiles outside its largest connected component.
  const seen = new Int32Array(n),
    stack = new Int32Array(n);
  let stamp = 0;
  const outside = (p: number) => {
    const ids = members[p]!;
    let largest = 0,
      total = 0;
    stamp++;
    for (const s of ids) {
      if (seen[s] === stamp) continue;
      seen[s] = stamp;
      let top = 0,
        size = 0;
      stack[top++] = s;
      while (top) {
        const i = stack[--top]!;
        size++;
        for (let d = 0; d < 6; d++) {
          const j = grid[cell[i]! + NB[d]!]!;
          if (j >= 0 && prov[j] === p && seen[j] !== stamp) {
            seen[j] = stamp;
            stack[top++] = j;
          }
        }
      }
      largest = Math.max(largest, size);
      total += size;
      if (largest >= ids.length - total) break;
    }
    return ids.length - largest;
  };
  const local = (i: number) =>
    W_DIST * dist2(i, cell[i]!) - W_SAME * nbrs(i, cell[i]!, true) - W_ANY * nbrs(i, cell[i]!, false);
  // Energy of the moved items without the split term: pairs involving them are counted, pairs inside the set once.
  const energy = (a: number, b: number) => {
    if (b < 0) return local(a);
    const adjacent = NB.includes(cell[b]! - cell[a]!);
    return local(a) + local(b) + (adjacent ? W_ANY + (prov[a] === prov[b] ? W_SAME : 0) : 0);
  };
  const total = () => {
    let e = 0;
    for (let i = 0; i < n; i++)
      e += W_DIST * dist2(i, cell[i]!) - (W_SAME * nbrs(i, cell[i]!, true) + W_ANY * nbrs(i, cell[i]!, false)) / 2;
    for (let p = 0; p < members.length; p++) e += W_SPLIT * outside(p);
    return e;
  };
  const setCell = (i: number, c: number) => {
    cell[i] = c;
    grid[c] = i;
  };
  const isHole = (c: number) => grid[c] === FREE && nbrs(-1, c, false) === 6;

  // Holes left by the greedy pass cannot be fixed by single moves; fill each by shifting a straight row of tiles
  // one step into it, choosing the direction that costs least.
  const shift = (h: number, step: number, len: number, back: boolean) => {
    if (back) for (let k = len - 1; k >= 0; k--) setCell(grid[h + k * step]!, h + (k + 1) * step);
    else for (let k = 0; k < len; k++) setCell(grid[h + (k + 1) * step]!, h + k * step);
    grid[back ? h : h + len * step] = FREE;
  };
  for (let guard = 0; guard < n; guard++) {
    let hole = -1;
    for (let i = 0; i < n && hole < 0; i++)
      for (let d = 0; d < 6 && hole < 0; d++) if (isHole(cell[i]! + NB[d]!)) hole = cell[i]! + NB[d]!;
    if (hole < 0) break;
    let best = Infinity,
      bestStep = 0,
      bestLen = 0;
    for (const step of NB) {
      let len = 0;
      while (grid[hole + (len + 1) * step]! >= 0) len++;
      if (grid[hole + (len + 1) * step] === OUT) continue;
      shift(hole, step, len, false);
      const e = total();
      if (e < best) {
        best = e;
        bestStep = step;
        bestLen = len;
      }
      shift(hole, step, len, true);
    }
    if (best === Infinity) break;
    shift(hole, bestStep, bestLen, false);
  }

  // Local search on dist² + adjacency + contiguity: single moves to free cells and pairwise swaps within two steps.
  const split = Int32Array.from(members, (_, p) => outside(p));
  const offsets: number[] = [];
  for (let dr = -2; dr <= 2; dr++)
    for (let dq = Math.max(-2, -dr - 2); dq <= Math.min(2, -dr + 2); dq++) if (dq || dr) offsets.push(dq + dr * W);
  for (let pass = 0; pass < 12; pass++) {
    let improved = false;
    for (let i = 0; i < n; i++) {
      for (const off of offsets) {
        const o = cell[i]!,
          c = o + off,
          j = grid[c]!;
        if (j === OUT || dist2(i, c) > MAX_SHIFT ** 2 || (j >= 0 && dist2(j, o) > MAX_SHIFT ** 2)) continue;
        if (j < 0 && nbrs(i, c, false) < 2) continue;
        const pi = prov[i]!,
          pj = j >= 0 && prov[j] !== pi ? prov[j]! : -1;
        const before = energy(i, j) + W_SPLIT * (split[pi]! + (pj >= 0 ? split[pj]! : 0));
        grid[o] = FREE;
        if (j >= 0) setCell(j, o);
        setCell(i, c);
        const after = energy(i, j);
        // Moving into a free cell must not enclose a hole; the split BFS only runs when the move could still win.
        if (after < before - 1e-9 && (j >= 0 || (!isHole(o) && NB.every((d) => !isHole(c + d))))) {
          const si = outside(pi),
            sj = pj >= 0 ? outside(pj) : 0;
          if (after + W_SPLIT * (si + sj) < before - 1e-9) {
            split[pi] = si;
            if (pj >= 0) split[pj] = sj;
            improved = true;
            continue;
          }
        }
        if (j < 0) grid[c] = FREE;
        else setCell(j, c);
        setCell(i, o);
      }
    }
    if (!improved) break;
  }

  return list.map((m, i) => {
    const q = cellQ(cell[i]!),
      r = cellR(cell[i]!);
    const [x, y] = hexToPixel(q, r);
    return { code: m.code, provinceId: m.provinceId, q, r, x, y };
  });
}
