#!/usr/bin/env node
// npm run bench:bundle — builds the site and prints every chunk, and per page type what its first screen loads.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchPages } from './pages.mjs';
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/e2e/chromium.mjs';
import { gzipSize, PAGE_JS_BUDGET, recordScripts } from '../../test/e2e/pageScripts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const BASE = '/kaste-dashboard/';
const BUDGET = { initialGzip: PAGE_JS_BUDGET, totalGzip: 350 * 1024 };

execFileSync(process.execPath, [join(root, 'scripts/site/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: BASE, SITE_URL: 'http://localhost:4173', BUILD_LOG_LEVEL: 'error' },
});

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const assets = walk(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const sizes = new Map(assets.map((f) => [f, { raw: statSync(f).size, gzip: gzipSize(f) }]));

/** The files a page's HTML references itself: what downloads before its first paint. */
function beforePaint(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]));
}

/**
 * What a page loads as a phone-sized Chromium sees it: every script requested until the app has taken over the
 * prerendered page (`html[data-ready]`); with `settle`, also what it loads on its own afterwards.
 */
async function untilReady(browser, url, viewport = { width: 412, height: 823 }, { settle = false } = {}) {
  const page = await browser.newPage({ viewport });
  const scripts = recordScripts(page, dist);
  await page.goto(url);
  await page.locator('html[data-ready]').waitFor();
  if (settle) await page.waitForLoadState('networkidle');
  await page.close();
  return scripts.take();
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sum = (files, key, ext) =>
  files.filter((f) => f.endsWith(ext)).reduce((s, f) => s + (sizes.get(f)?.[key] ?? 0), 0);
const html = (path) => join(dist, path, 'index.html');

console.log('\nchunk                                              raw     gzip');
for (const [f, size] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip))
  console.log(`${f.slice(dist.length + 1).padEnd(46)} ${kb(size.raw).padStart(9)} ${kb(size.gzip).padStart(9)}`);

console.log(
  `\nper page, gzip (budget: the first screen's JS, everything the page runs until the app has taken over, ≤ ${kb(BUDGET.initialGzip)})`,
);
console.log('page               before paint: HTML    CSS     JS   until ready: JS (raw)');
let over = 0;
const server = await startStaticServer({ root: dist, base: BASE });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
try {
  for (const [name, path] of benchPages(root)) {
    const first = beforePaint(html(path));
    const scripts = await untilReady(browser, `${server.url}${path}`);
    const jsGz = sum(scripts, 'gzip', '.js');
    if (jsGz > BUDGET.initialGzip) over++;
    const page = gzipSize(html(path));
    console.log(
      `${name.padEnd(18)} ${kb(page).padStart(19)} ${kb(sum(first, 'gzip', '.css')).padStart(7)} ${kb(sum(first, 'gzip', '.js')).padStart(6)} ${kb(jsGz).padStart(23)} (${kb(sum(scripts, 'raw', '.js'))})${jsGz > BUDGET.initialGzip ? '  OVER' : ''}`,
    );
  }
  // The desktop start page: every script it downloads before any interaction.
  const all = await untilReady(browser, server.url, { width: 1366, height: 768 }, { settle: true });
  console.log(
    `\ndesktop start page (1366 × 768), JS before any interaction: ${kb(sum(all, 'gzip', '.js'))} gzip (${kb(sum(all, 'raw', '.js'))} raw) — budget ${kb(PAGE_JS_BUDGET)}`,
  );
  for (const f of all.sort((a, b) => (sizes.get(b)?.gzip ?? 0) - (sizes.get(a)?.gzip ?? 0)).slice(0, 8))
    console.log(`  ${f.slice(dist.length + 1).padEnd(44)} ${kb(sizes.get(f)?.gzip ?? 0).padStart(9)}`);
} finally {
  await browser.close();
  await server.close();
}
const totalGz = [...sizes.values()].reduce((s, v) => s + v.gzip, 0);
console.log(
  `\nall code: ${kb(totalGz)} gzip — budget ${kb(BUDGET.totalGzip)}: ${totalGz <= BUDGET.totalGzip ? 'within' : 'OVER'}; pages over the first-screen budget: ${over}`,
);
