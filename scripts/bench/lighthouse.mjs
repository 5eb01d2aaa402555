#!/usr/bin/env node
// npm run bench:lighthouse — Lighthouse (default mobile settings, simulated throttling) against the production build
// served under the GitHub Pages sub-path, for each page type; prints the median of RUNS runs per page.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { benchPages } from './pages.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/e2e/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = '/kaste-dashboard/';
const RUNS = Number(process.env.RUNS ?? 3);
// BENCH_PAGES=overview,map measures only the named page types.
const only = process.env.BENCH_PAGES?.split(',');
const PAGES = benchPages(root).filter(([name]) => !only || only.includes(name));
const TARGETS = { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 };
const LIMITS = { lcp: 1200, tbt: 100, cls: 0 };

const server = await startStaticServer({ root: join(root, 'dist'), base: BASE });
// Canonical and hreflang addresses must be on the origin Lighthouse loads, so the site is built for it.
execFileSync(process.execPath, [join(root, 'scripts/site/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: BASE, SITE_URL: new URL(server.url).origin, BUILD_LOG_LEVEL: 'error' },
});
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_FLAGS,
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `\nLighthouse ${RUNS}× per page (median), mobile, simulated throttling — targets: ${Object.entries(TARGETS)
    .map(([k, v]) => `${k} ≥ ${v}`)
    .join(', ')}, LCP ≤ ${LIMITS.lcp} ms, TBT ≤ ${LIMITS.tbt} ms, CLS ${LIMITS.cls}`,
);
console.log('page                perf  a11y  best   seo     LCP ms   TBT ms     CLS');
const misses = [];
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
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
    for (const [k, target] of Object.entries(TARGETS))
      if (m[k] < target) misses.push(`${name}: ${k} ${m[k]} < ${target}`);
    for (const [k, limit] of Object.entries(LIMITS))
      if (m[k] > limit) misses.push(`${name}: ${k} ${m[k].toFixed(k === 'cls' ? 3 : 0)} > ${limit}`);
    console.log(
      `${name.padEnd(18)} ${String(Math.round(m.performance)).padStart(5)} ${String(Math.round(m.accessibility)).padStart(5)} ${String(Math.round(m['best-practices'])).padStart(5)} ${String(Math.round(m.seo)).padStart(5)} ${m.lcp.toFixed(0).padStart(10)} ${m.tbt.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(7)}`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(misses.length ? `\nbelow target:\n  ${misses.join('\n  ')}` : '\nall pages meet the targets');
