// npm run bench:scale — synthetic datasets of 1 000 and 10 000 projects (SCALE_SIZES=1000,10000,100000 for others) in
// the production build, measured in Chromium: initial render, time from a filter change to the updated table, text
// search, and JS heap. Prints a table and the targets at 10 000 (initial ≤ 2 s, filter change ≤ 50 ms median).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Dataset } from '../../src/data/schema.ts';
import { DATA_FILE_NAMES } from '../../src/data/fetchData.ts';
import { filesOf, validateDataset } from '../../src/data/load.ts';
import { syntheticDataset } from './synthetic.ts';
// @ts-expect-error plain ES module shared with the e2e suite
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/e2e/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SIZES = (process.env.SCALE_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = 5;
const ARGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];

const read = (f: string) => JSON.parse(readFileSync(join(root, 'public/data', f), 'utf8'));
const checkedReal = validateDataset(Object.fromEntries(DATA_FILE_NAMES.map((f) => [f, read(f)])));
if (!checkedReal.ok) throw new Error(JSON.stringify(checkedReal.errors));
const real: Dataset = checkedReal.dataset;

execFileSync(process.execPath, [join(root, 'scripts/site/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: '/', SITE_URL: 'http://localhost:4173', BUILD_LOG_LEVEL: 'error' },
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The machine may be shared: its load average says how far these figures are from a quiet machine's.
const loadBefore = loadavg()[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
const results: Array<Record<string, string>> = [];
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `kaste-scale-${size}-`));
  cpSync(join(root, 'dist'), dir, { recursive: true });
  // Validated with the build's own check, so the benchmark loads what a real build could publish.
  const checked = validateDataset(filesOf({ ...syntheticDataset(real, size), quality: [] }));
  if (!checked.ok) throw new Error(`synthetic ${size}: ${JSON.stringify(checked.errors)}`);
  for (const [file, value] of Object.entries(filesOf(checked.dataset)))
    writeFileSync(join(dir, 'data', file), JSON.stringify(value));
  const server = await startStaticServer({ root: dir, base: '/' });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx keeps function names with a __name helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  // The longest main-thread task while the page loads, parses and renders the data.
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration))),
    ).observe({ type: 'longtask', buffered: true });
  });
  const start = Date.now();
  // The prerendered page shows the 47 real projects; the synthetic data replaces them once it has loaded.
  await page.goto(`${server.url}projects/`);
  await page.locator('html[data-ready]').waitFor({ timeout: 120000 });
  await page.waitForFunction(
    (n) =>
      document
        .querySelector('[data-testid="summary"]')
        ?.textContent?.replace(/[\s\u00a0\u202f]/g, '')
        .startsWith(`${n}/${n}`),
    size,
    { timeout: 120000 },
  );
  const initial = Date.now() - start;
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);

  // Time from the click to the frame after React has committed the new summary (what the user sees).
  const measure = (selector: string) =>
    page.evaluate(async (sel) => {
      const summary = document.querySelector('[data-testid="summary"]')!;
      const before = summary.textContent;
      const t0 = performance.now();
      (document.querySelector(sel) as HTMLElement).click();
      await new Promise<void>((done) => {
        const check = () =>
          summary.textContent !== before ? requestAnimationFrame(() => done()) : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    }, selector);
  const filterTimes: number[] = [];
  for (let i = 0; i < RUNS * 2; i++) filterTimes.push(await measure('fieldset.facet input[type="checkbox"]'));
  const search = page.getByRole('searchbox');
  const searchTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    searchTimes.push(
      await search.evaluate(
        async (input: HTMLInputElement, q) => {
          const summary = document.querySelector('[data-testid="summary"]')!;
          const before = summary.textContent;
          const t0 = performance.now();
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          setter.call(input, q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((done) => {
            const check = () =>
              summary.textContent !== before ? requestAnimationFrame(() => done()) : requestAnimationFrame(check);
            check();
          });
          return performance.now() - t0;
        },
        i % 2 ? '' : 'hameen',
      ),
    );
  }
  const heap = await page.evaluate(
    () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  const rows = await page.locator('table.projects-table tbody tr:not(.spacer)').count();
  results.push({
    projects: size.toLocaleString('fi-FI'),
    'initial render (ms)': String(initial),
    'longest task while loading (ms)': longest.toFixed(0),
    'filter change, median (ms)': median(filterTimes).toFixed(1),
    'filter change, worst (ms)': Math.max(...filterTimes).toFixed(1),
    'text search, median (ms)': median(searchTimes).toFixed(1),
    'JS heap (MB)': (heap / 2 ** 20).toFixed(1),
    'rows in DOM': String(rows),
  });
  await page.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
await browser.close();

const headers = Object.keys(results[0]!);
const widths = headers.map((h) => Math.max(h.length, ...results.map((r) => r[h]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of results) console.log(line(headers.map((h) => r[h]!)));
const at10k = results.find((r) => r.projects === (10000).toLocaleString('fi-FI'));
if (at10k) {
  const initial = Number(at10k['initial render (ms)']);
  const filter = Number(at10k['filter change, median (ms)']);
  console.log(
    `\ntargets at 10 000 projects: initial render ≤ 2 000 ms → ${initial <= 2000 ? 'met' : 'MISSED'} (${initial} ms); filter change ≤ 50 ms median → ${filter <= 50 ? 'met' : 'MISSED'} (${filter.toFixed(1)} ms)`,
  );
}
console.log(
  `machine load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, on ${availableParallelism()} cores`,
);
