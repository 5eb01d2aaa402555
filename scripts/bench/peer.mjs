#!/usr/bin/env node
// npm run bench:peer — the overview against its Observable Framework peer (scripts/bench/peer/: the same page written
// the Framework way from the same public/data files). Installs Framework into a scratch folder (not a dependency of
// the project: it would slow every npm ci), builds the peer there and the dashboard as bench:lighthouse does, serves
// both, and runs Lighthouse (default mobile settings, simulated throttling) on them interleaved, RUNS times each
// (default 5). Prints every run, the medians, and the targets: LCP ≤ half the peer's, TBT ≤ the peer's + 50 ms,
// JS transferred ≤ half the peer's, performance ≥ the peer's. "observed FCP" is the unthrottled first paint: the
// simulation estimates FCP and LCP partly from every request started before it, which for the peer's 38 module
// preloads depends on timing, so the peer's LCP swings between runs (docs/benchmarks.md).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/e2e/chromium.mjs';
import { uptime } from './uptime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = '/kaste-dashboard/';
const PEER_BASE = '/peer/';
const RUNS = Number(process.env.RUNS ?? 5);
// Pinned, so that two runs of the benchmark measure the same peer.
const PEER_PACKAGES = { '@observablehq/framework': '1.13.4', '@observablehq/plot': '0.6.17' };
// What the overview reads; the peer loads these and nothing else of public/data.
const PEER_DATA = ['projects.json', 'funding.json', 'themes.json', 'regions.json'];
const scratch = join(root, 'node_modules/.kaste-peer');
const peerDist = join(scratch, 'dist');

console.log(`start: ${uptime()}`);

const installed = (name) => {
  const file = join(scratch, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
};

/** Framework and Plot in the scratch folder, from the npm registry; kept between runs while the versions match. */
function installPeer() {
  if (Object.entries(PEER_PACKAGES).every(([name, version]) => installed(name) === version)) return;
  mkdirSync(scratch, { recursive: true });
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ private: true, type: 'module', dependencies: PEER_PACKAGES }, null, 2),
  );
  console.log(
    `bench:peer: installing ${Object.entries(PEER_PACKAGES)
      .map((e) => e.join('@'))
      .join(', ')}…`,
  );
  // npm_execpath is the npm that runs this script; `npm` from PATH when started with node directly.
  const npm = process.env.npm_execpath;
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  execFileSync(npm ? process.execPath : 'npm', npm ? [npm, ...args] : args, { cwd: scratch, stdio: 'inherit' });
}

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());

/**
 * The peer's sources and data copied into the scratch folder and built from scratch. Plot is a node_modules import,
 * so nothing is fetched from jsDelivr; the build still asks registry.npmjs.org for the versions of the libraries
 * Framework's client can load on demand (lodash, arquero, …), which the page never loads.
 */
function buildPeer() {
  for (const f of ['src', 'dist']) rmSync(join(scratch, f), { recursive: true, force: true });
  cpSync(join(root, 'scripts/bench/peer'), scratch, { recursive: true });
  mkdirSync(join(scratch, 'src/data'));
  for (const f of PEER_DATA) cpSync(join(root, 'public/data', f), join(scratch, 'src/data', f));
  execFileSync(
    process.execPath,
    [join(scratch, 'node_modules/@observablehq/framework/dist/bin/observable.js'), 'build'],
    // Telemetry would post to observablehq.com after the build.
    {
      cwd: scratch,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: '1' },
    },
  );
  const remote = filesUnder(peerDist).filter((f) =>
    /cdn\.jsdelivr\.net|fonts\.googleapis\.com/.test(readFileSync(f, 'utf8')),
  );
  if (remote.length) throw new Error(`peer build refers to a CDN: ${remote.join(', ')}`);
}

installPeer();
buildPeer();
const dashboard = await startStaticServer({ root: join(root, 'dist'), base: BASE });
const peer = await startStaticServer({ root: peerDist, base: PEER_BASE });
// Canonical and hreflang addresses must be on the origin Lighthouse loads, so the site is built for it.
execFileSync(process.execPath, [join(root, 'scripts/site/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: BASE, SITE_URL: new URL(dashboard.url).origin, BUILD_LOG_LEVEL: 'error' },
});

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PAGES = [
  ['overview', dashboard.url],
  ['peer', peer.url],
];

async function measure(url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error' });
  const a = lhr.audits;
  const scripts = a['network-requests'].details.items.filter((r) => r.resourceType === 'Script');
  return {
    perf: lhr.categories.performance.score * 100,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    si: a['speed-index'].numericValue,
    js: scripts.reduce((s, r) => s + r.transferSize, 0),
    load: loadavg()[0],
    // The simulated FCP and LCP count the requests started before the unthrottled first paint: these two say which
    // paint and when.
    observedFcp: a.metrics.details.items[0].observedFirstContentfulPaint,
    lcpElement: a['largest-contentful-paint-element'].details?.items[0]?.items[0]?.node?.nodeLabel ?? '?',
    versions: `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}`,
  };
}

const ms = (n) => `${Math.round(n).toLocaleString('en').replace(/,/g, ' ')} ms`;
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const cellsOf = (r) => [
  String(Math.round(r.perf)),
  ms(r.lcp),
  ms(r.tbt),
  r.cls.toFixed(3),
  ms(r.fcp),
  ms(r.si),
  kB(r.js),
];

const runs = { overview: [], peer: [] };
try {
  for (let i = 0; i < RUNS; i++)
    for (const [name, url] of PAGES) {
      const r = await measure(url);
      runs[name].push(r);
      console.log(
        `run ${i + 1}/${RUNS} ${name.padEnd(8)} ${cellsOf(r).join('  ')}  load ${r.load.toFixed(2)}  ` +
          `observed FCP ${ms(r.observedFcp)}, LCP element: ${r.lcpElement.slice(0, 50)}`,
      );
    }
} finally {
  await chrome.kill();
  await dashboard.close();
  await peer.close();
}

const med = Object.fromEntries(
  Object.entries(runs).map(([name, rs]) => [
    name,
    Object.fromEntries(
      ['perf', 'lcp', 'tbt', 'cls', 'fcp', 'si', 'js', 'load', 'observedFcp'].map((k) => [
        k,
        median(rs.map((r) => r[k])),
      ]),
    ),
  ]),
);
const o = med.overview;
const p = med.peer;
const TARGETS = [
  ['performance ≥ peer', `${Math.round(o.perf)} ≥ ${Math.round(p.perf)}`, o.perf >= p.perf],
  ['LCP ≤ half of peer', `${ms(o.lcp)} ≤ ${ms(p.lcp / 2)}`, o.lcp <= p.lcp / 2],
  ['TBT ≤ peer + 50 ms', `${ms(o.tbt)} ≤ ${ms(p.tbt + 50)}`, o.tbt <= p.tbt + 50],
  ['JS ≤ half of peer', `${kB(o.js)} ≤ ${kB(p.js / 2)}`, o.js <= p.js / 2],
];

const versions = Object.keys(PEER_PACKAGES)
  .concat('d3')
  .map((n) => `${n}@${installed(n)}`)
  .join(', ');
console.log(
  `\nLighthouse ${RUNS}× each, interleaved (overview, peer, overview, …), default mobile, simulated throttling; ` +
    `${runs.overview[0].versions}; peer: ${versions}`,
);
console.log(
  row([
    'run',
    'page',
    'perf',
    'LCP',
    'TBT',
    'CLS',
    'FCP',
    'Speed Index',
    'JS transferred',
    'load (1 min)',
    'observed FCP',
  ]),
);
console.log(row(Array(11).fill('---')));
for (let i = 0; i < RUNS; i++)
  for (const [name] of PAGES)
    console.log(
      row([
        String(i + 1),
        name,
        ...cellsOf(runs[name][i]),
        runs[name][i].load.toFixed(1),
        ms(runs[name][i].observedFcp),
      ]),
    );
for (const [name] of PAGES)
  console.log(row(['median', name, ...cellsOf(med[name]), med[name].load.toFixed(1), ms(med[name].observedFcp)]));
console.log(`\n${row(['target (medians)', 'figures', 'met'])}\n${row(['---', '---', '---'])}`);
for (const [target, figures, met] of TARGETS) console.log(row([target, figures, met ? 'yes' : 'no']));
console.log(`\nend: ${uptime()}`);
