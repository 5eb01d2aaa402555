#!/usr/bin/env node
// npm run bench:paint -- <base dist> <head dist> [page path] [runs] — what a phone does before its first paint: the
// same page from two built sites, loaded in turn on the first-use bench's phone (390 × 844 at 3×, touch, 4× slower
// CPU), without JavaScript so that only the HTML and CSS count; prints the medians of the first contentful paint and
// of the main thread's style and layout time. Build each site first (scripts/site/build.mjs, BASE_PATH=/kaste-dashboard/).
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../test/e2e/static-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/e2e/chromium.mjs';

const [baseDir, headDir, path = 'sources/', runs = '5'] = process.argv.slice(2);
if (!baseDir || !headDir) {
  console.error('usage: npm run bench:paint -- <base dist> <head dist> [page path] [runs]');
  process.exit(1);
}
const BASE = '/kaste-dashboard/';
const sides = {
  base: await startStaticServer({ root: resolve(baseDir), base: BASE }),
  head: await startStaticServer({ root: resolve(headDir), base: BASE }),
};
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const results = { base: [], head: [] };
for (let run = 0; run < Number(runs); run++)
  for (const side of ['base', 'head']) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await page.goto(`${sides[side].url}${path}`, { waitUntil: 'load' });
    // The paint entry comes with the frame after load.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
    const elements = await page.locator('*').count();
    results[side].push({
      fcp,
      style: metrics.RecalcStyleDuration * 1000,
      layout: metrics.LayoutDuration * 1000,
      elements,
    });
    await context.close();
  }
await browser.close();
await sides.base.close();
await sides.head.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${path}, ${runs} loads per build in turn, phone profile at 4× CPU, no JavaScript (medians)`);
console.log('build   elements   first paint   style   layout   first paint per run');
for (const side of ['base', 'head']) {
  const r = results[side];
  const ms = (k) => `${Math.round(median(r.map((x) => x[k])))} ms`;
  console.log(
    `${side.padEnd(6)} ${String(r[0].elements).padStart(9)} ${ms('fcp').padStart(13)} ${ms('style').padStart(7)} ${ms('layout').padStart(8)}   ${r.map((x) => Math.round(x.fcp)).join(', ')}`,
  );
}
