import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';

/**
 * `npm run data:geo`: municipal borders (2013 division) → public/data/boundaries-2013.json (TopoJSON),
 * limited to the municipalities listed in public/data/regions.json.
 * Input: `--from <file.geojson>` or the Statistics Finland WFS (`--url`, default below).
 */

export class GeoBuildError extends Error {
  override name = 'GeoBuildError';
}

export const WFS_URL =
  'https://geo.stat.fi/geoserver/wfs?service=WFS&version=2.0.0&request=GetFeature&typeName=tilastointialueet:kunta1000k_2013&outputFormat=application/json&srsName=EPSG:4326';
export const SIZE_BUDGET_BYTES = 150_000;
/** Share of interior arc points kept by Visvalingam simplification: `quantile(presimplified, p)` is the minimum
 * planar (degree²) triangle area that retains fraction p of the points. 0.5 ≈ 100 kB raw / 37 kB gzip. */
export const SIMPLIFY_QUANTILE = 0.5;
/** 1e5 × 1e5 grid over the bbox (~6° × 3.5°): cells of about 3–4 m, far finer than the line generalisation. */
export const QUANTIZATION = 1e5;
const DEFAULT_TIMEOUT_MS = 60_000;

export const ATTRIBUTION = {
  fi: 'Kuntarajat: © Maanmittauslaitos, kuntajako 2013 (CC BY 4.0). Aluejaot: Tilastokeskus (CC BY 4.0).',
  sv: 'Kommungränser: © Lantmäteriverket, kommunindelning 2013 (CC BY 4.0). Regionindelning: Statistikcentralen (CC BY 4.0).',
  en: 'Municipal borders: © National Land Survey of Finland, municipal division 2013 (CC BY 4.0); regional classification: Statistics Finland (CC BY 4.0).',
};

export interface BuildOptions {
  from?: string;
  url?: string;
  timeoutMs?: number;
  regionsPath: string;
  outPath: string;
}

const JSON_SPACE = /[ \t\n\r]*/y;
// JSON forbids raw control characters inside strings; the class names them to exclude them.
// eslint-disable-next-line no-control-regex
const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_SCALAR = new RegExp(
  `${JSON_STRING.source}|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null`,
  'y',
);

/**
 * Offset of the first JSON syntax error in `text` (called only after JSON.parse failed). Current V8 messages
 * give an excerpt but no position, so this small validator finds it.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const at = (re: RegExp) => ((re.lastIndex = i), re.test(text) ? ((i = re.lastIndex), true) : false);
  const ws = () => at(JSON_SPACE);
  const expect = (c: string) => {
    ws();
    if (text[i] !== c) throw i;
    i++;
  };
  const value = (): void => {
    ws();
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (open === '{') {
          ws();
          if (!at(JSON_STRING)) throw i;
          expect(':');
        }
        value();
        ws();
        if (text[i] === close) return void i++;
        expect(',');
      }
    }
    if (!at(JSON_SCALAR)) throw i;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (offset) {
    return offset as number;
  }
}

/** JSON.parse with the source and the error position (line, column) named in the error. */
function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const lines = text.slice(0, Math.max(offset, 0)).split('\n');
    const where = offset < 0 ? '' : ` at line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
    throw new GeoBuildError(`${label}: malformed JSON${where}: ${(error as Error).message}`);
  }
}

/** Wanted municipality codes → Finnish name, from regions.json. */
export function readRegionCodes(regionsPath: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(regionsPath, 'utf8');
  } catch (error) {
    throw new GeoBuildError(`${regionsPath}: cannot read: ${(error as Error).message}`);
  }
  const regions = parseJson(text, regionsPath) as { municipalities?: Array<{ code: string; name: { fi: string } }> };
  if (!Array.isArray(regions?.municipalities)) throw new GeoBuildError(`${regionsPath}: no "municipalities" array`);
  return new Map(regions.municipalities.map((m) => [m.code, m.name.fi]));
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new GeoBuildError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
    return await response.text();
  } catch (error) {
    if (error instanceof GeoBuildError) throw error;
    if (controller.signal.aborted) throw new GeoBuildError(`${url}: no response within ${timeoutMs} ms`);
    const cause = (error as Error & { cause?: Error }).cause;
    throw new GeoBuildError(`${url}: unreachable: ${cause?.message ?? (error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

type Props = { code: string; fi: string; sv: string };

/** Twice the planar signed area (lon = x, lat = y): positive for an anticlockwise ring. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/**
 * d3-geo reads rings as spherical polygons, exterior clockwise and holes anticlockwise: the opposite of
 * RFC 7946, which the shared file follows (GeoServer output may follow either). Left as is, d3 would take
 * each municipality as "the whole globe minus the municipality". Orient by signed area so any input works.
 */
function rewind(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? [...ring].reverse() : ring));
}

function forD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

/** Validates the GeoJSON, keeps the wanted codes (sorted, so output is deterministic) and builds the topology. */
export function toTopology(geojson: unknown, codes: Map<string, string>, sourceLabel: string) {
  const input = geojson as Partial<FeatureCollection> | null;
  if (input?.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    throw new GeoBuildError(`${sourceLabel}: not a GeoJSON FeatureCollection`);
  }
  const kept: Array<Feature<Polygon | MultiPolygon, Props>> = [];
  input.features.forEach((feature, i) => {
    const p = (feature?.properties ?? {}) as Record<string, unknown>;
    const code = p.kunta;
    if (typeof code !== 'string' || !/^\d{3}$/.test(code)) {
      throw new GeoBuildError(`${sourceLabel}: feature ${i} has no 3-digit "kunta" code (got ${JSON.stringify(code)})`);
    }
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new GeoBuildError(
        `${sourceLabel}: feature ${i} (kunta ${code}) has no Polygon/MultiPolygon geometry (got ${type ?? 'none'})`,
      );
    }
    if (!codes.has(code)) return;
    const props: Props = {
      code,
      fi: String(p.nimi ?? codes.get(code)),
      sv: String(p.namn ?? p.nimi ?? codes.get(code)),
    };
    kept.push({ type: 'Feature', properties: props, geometry: forD3(feature.geometry as Polygon | MultiPolygon) });
  });
  const found = new Set(kept.map((f) => f.properties.code));
  const missing = [...codes].filter(([code]) => !found.has(code));
  if (missing.length) {
    throw new GeoBuildError(
      `${sourceLabel}: missing ${missing.length} municipalit${missing.length === 1 ? 'y' : 'ies'} listed in regions.json: ${missing.map(([c, n]) => `${c} ${n}`).join(', ')}`,
    );
  }
  if (found.size !== kept.length) throw new GeoBuildError(`${sourceLabel}: duplicate municipality codes`);
  kept.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));

  // Simplify on unquantized coordinates (planar area in degree², fine at this latitude range for ranking
  // points), then quantize. Arcs are shared, so neighbours keep identical borders after simplification.
  const collection: FeatureCollection<Polygon | MultiPolygon, Props> = { type: 'FeatureCollection', features: kept };
  const raw = topology({ municipalities: collection }) as Topology<Objects<Props>>;
  const pre = presimplify(raw);
  const simplified = quantize(simplify(pre, quantile(pre, SIMPLIFY_QUANTILE)), QUANTIZATION);
  return {
    ...simplified,
    metadata: { source: sourceLabel, division: 2013, licence: 'CC BY 4.0', attribution: ATTRIBUTION },
  };
}

/** Builds and writes the file atomically (temp file in the same folder, then rename). */
export async function buildBoundaries(
  options: BuildOptions,
): Promise<{ count: number; bytes: number; gzipBytes: number }> {
  const codes = readRegionCodes(options.regionsPath);
  let text: string;
  let sourceLabel: string;
  if (options.from) {
    sourceLabel = `file:${basename(options.from)}`;
    try {
      text = readFileSync(options.from, 'utf8');
    } catch (error) {
      throw new GeoBuildError(`${options.from}: cannot read: ${(error as Error).message}`);
    }
  } else {
    sourceLabel = options.url ?? WFS_URL;
    text = await fetchText(sourceLabel, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  const label = options.from ?? sourceLabel;
  const topo = toTopology(parseJson(text, label), codes, label);
  topo.metadata.source = sourceLabel;

  const json = `${JSON.stringify(topo)}\n`;
  const bytes = Buffer.byteLength(json);
  if (bytes > SIZE_BUDGET_BYTES) {
    throw new GeoBuildError(`${options.outPath}: output is ${bytes} bytes, over the ${SIZE_BUDGET_BYTES}-byte budget`);
  }
  const tmp = join(dirname(options.outPath), `.${basename(options.outPath)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, json);
    renameSync(tmp, options.outPath);
  } catch (error) {
    throw new GeoBuildError(`${options.outPath}: cannot write: ${(error as Error).message}`);
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
  return { count: codes.size, bytes, gzipBytes: gzipSync(json).length };
}

async function main() {
  try {
    const { values } = parseArgs({
      options: {
        from: { type: 'string' },
        url: { type: 'string' },
        'timeout-ms': { type: 'string' },
        out: { type: 'string', default: 'public/data/boundaries-2013.json' },
        regions: { type: 'string', default: 'public/data/regions.json' },
      },
    });
    const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
    if (timeoutMs !== undefined && !(timeoutMs > 0))
      throw new GeoBuildError(`--timeout-ms: not a positive number: ${values['timeout-ms']}`);
    const result = await buildBoundaries({
      from: values.from,
      url: values.url,
      timeoutMs,
      regionsPath: values.regions,
      outPath: values.out,
    });
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    console.log(
      `data:geo: wrote ${relative(process.cwd(), values.out) || values.out} (${result.count} municipalities, ${kb(result.bytes)}, ${kb(result.gzipBytes)} gzip)`,
    );
  } catch (error) {
    const usage = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof GeoBuildError) && !usage) throw error;
    console.error(`data:geo: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
