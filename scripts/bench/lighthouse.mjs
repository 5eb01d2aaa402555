#!/usr/bin/env node
// npm run bench:lighthouse — Lighthouse (default mobile settings, simulated throttling) against the production build
// served under the GitHub Pages sub-path, for each view; prints the median of RUNS runs per view.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../../test/e2e/static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = '/kaste-dashboard/';
const RUNS = Number(process.env.RUNS ?? 3);
const VIEWS = ['overview', 'projects', 'compare', 'map', 'sources'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 };
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: BASE } });
const server = await startStaticServer({ root: join(root, 'dist'), base: BASE });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`\nLighthouse ${RUNS}× per view (median), mobile, simulated throttling — targets: ${Object.entries(TARGETS).map(([k, v]) => `${k} ≥ ${v}`).join(', ')}`);
console.log('view        perf  a11y  best   seo     LCP ms   TBT ms     CLS');
const misses = [];
try {
  for (const view of VIEWS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}?view=${view}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories, audits } = result.lhr;
      runs.push({
        performance: categories.performance.score * 100,
        accessibility: categories.accessibility.score * 100,
        'best-practices': categories['best-practices'].score * 100,
        seo: categories.seo.score * 100,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
      });
    }
    const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    for (const [k, target] of Object.entries(TARGETS)) if (m[k] < target) misses.push(`${view}: ${k} ${m[k]} < ${target}`);
    console.log(
      `${view.padEnd(10)} ${String(Math.round(m.performance)).padStart(5)} ${String(Math.round(m.accessibility)).padStart(5)} ${String(Math.round(m['best-practices'])).padStart(5)} ${String(Math.round(m.seo)).padStart(5)} ${m.lcp.toFixed(0).padStart(10)} ${m.tbt.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(7)}`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(misses.length ? `\nbelow target:\n  ${misses.join('\n  ')}` : '\nall views meet the targets');
