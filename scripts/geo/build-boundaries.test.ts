import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { it, expect } from 'vitest';
import { feature } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { realDataset } from '../../test/unit/fixtures';
import { buildBoundaries, GeoBuildError, SIZE_BUDGET_BYTES } from './build-boundaries.ts';
import { geoDir, withSources } from '../../test/unit/sources.ts';

const repo = resolve(__dirname, '../..');
const regionsPath = join(repo, 'public/data/regions.json');
const geojsonPath = join(geoDir, 'municipalities-2013.geojson');
const { regions } = realDataset();

const tempDir = () => mkdtempSync(join(tmpdir(), 'geo-'));

/** Runs a build expected to fail; checks it throws GeoBuildError and leaves the output folder empty. */
async function expectFailure(options: { from?: string; url?: string; timeoutMs?: number }, dir = tempDir()) {
  const outPath = join(dir, 'out.json');
  const before = readdirSync(dir);
  const error = await buildBoundaries({ ...options, regionsPath, outPath }).then(
    () => expect.fail('build should have failed'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeoBuildError);
  expect(existsSync(outPath)).toBe(false);
  expect(readdirSync(dir)).toEqual(before); // no temp file left behind
  return (error as Error).message;
}

withSources('buildBoundaries', () => {
  it('builds a TopoJSON of exactly the regions.json municipalities, under budget', async () => {
    const outPath = join(tempDir(), 'boundaries.json');
    const result = await buildBoundaries({ from: geojsonPath, regionsPath, outPath });
    const text = readFileSync(outPath, 'utf8');
    expect(result).toMatchObject({ count: 88, bytes: Buffer.byteLength(text) });
    expect(result.bytes).toBeLessThan(SIZE_BUDGET_BYTES);
    expect(result.gzipBytes).toBeLessThan(result.bytes);

    const topo = JSON.parse(text) as Topology<{
      municipalities: GeometryCollection<{ code: string; fi: string; sv: string }>;
    }> & {
      metadata: { source: string; division: number; attribution: Record<string, string> };
    };
    expect(topo.type).toBe('Topology');
    expect(topo.transform).toBeDefined();
    expect(topo.metadata).toMatchObject({
      source: 'file:municipalities-2013.geojson',
      division: 2013,
      licence: 'CC BY 4.0',
    });
    expect(topo.metadata.attribution.fi).toContain('Maanmittauslaitos');

    const fc = feature(topo, topo.objects.municipalities) as FeatureCollection<
      GeoJSON.Polygon | GeoJSON.MultiPolygon,
      { code: string; fi: string; sv: string }
    >;
    expect(fc.features).toHaveLength(88);
    expect(new Set(fc.features.map((f) => f.properties.code))).toEqual(
      new Set(regions.municipalities.map((m) => m.code)),
    );

    const tampere = fc.features.find((f) => f.properties.code === '837')!;
    expect(tampere.properties).toMatchObject({ fi: 'Tampere', sv: 'Tammerfors' });
    // Rings are wound for d3-geo (a municipality is far smaller than a hemisphere), and every label point
    // from regions.json still falls inside its simplified polygon.
    for (const m of regions.municipalities) {
      const f = fc.features.find((x) => x.properties.code === m.code)!;
      expect(geoArea(f), `${m.code} ${m.name.fi}`).toBeLessThan(1e-3);
      expect(geoContains(f, [m.lon, m.lat]), `${m.code} ${m.name.fi}`).toBe(true);
    }
  });

  it('is deterministic: two builds are byte-identical', async () => {
    const dir = tempDir();
    await buildBoundaries({ from: geojsonPath, regionsPath, outPath: join(dir, 'a.json') });
    await buildBoundaries({ from: geojsonPath, regionsPath, outPath: join(dir, 'b.json') });
    expect(readFileSync(join(dir, 'a.json'))).toEqual(readFileSync(join(dir, 'b.json')));
  });

  it('fails on an unreachable URL, naming it', async () => {
    const url = 'http://127.0.0.1:9/wfs';
    expect(await expectFailure({ url, timeoutMs: 2000 })).toContain(url);
  });

  it('fails on an HTTP error status, naming the status', async () => {
    const server = createServer((_req, res) => res.writeHead(500).end('boom'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wfs`;
      const message = await expectFailure({ url, timeoutMs: 5000 });
      expect(message).toContain(url);
      expect(message).toContain('500');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('fails on a timeout, naming the URL', async () => {
    const server = createServer(() => {}); // accepts, never answers
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wfs`;
      expect(await expectFailure({ url, timeoutMs: 200 })).toBe(`${url}: no response within 200 ms`);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  it('fails on malformed JSON, naming the file', async () => {
    const dir = tempDir();
    const from = join(dir, 'broken.geojson');
    writeFileSync(from, '{"type":"FeatureCollection","features":[');
    const message = await expectFailure({ from }, dir);
    expect(message).toContain(from);
    expect(message).toContain('malformed JSON at line 1, column 41');
  });

  it('fails when the input is not a FeatureCollection or a feature lacks a code', async () => {
    const dir = tempDir();
    const notFc = join(dir, 'not-fc.geojson');
    writeFileSync(notFc, '{"type":"Feature"}');
    expect(await expectFailure({ from: notFc }, dir)).toContain('not a GeoJSON FeatureCollection');
    const noCode = join(dir, 'no-code.geojson');
    writeFileSync(
      noCode,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { kunta: 5 }, geometry: null }],
      }),
    );
    expect(await expectFailure({ from: noCode }, dir)).toContain('3-digit');
  });

  it('fails when a regions.json municipality is missing, naming code and name', async () => {
    const dir = tempDir();
    const from = join(dir, 'without-tampere.geojson');
    const geojson = JSON.parse(readFileSync(geojsonPath, 'utf8')) as FeatureCollection<null, { kunta: string }>;
    geojson.features = geojson.features.filter((f) => f.properties.kunta !== '837');
    writeFileSync(from, JSON.stringify(geojson));
    const message = await expectFailure({ from }, dir);
    expect(message).toContain('837');
    expect(message).toContain('Tampere');
  });
});
