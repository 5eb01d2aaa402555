import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { open, sharedBrowser, watchedPage } from './browser.ts';

const FILES = ['projects.json', 'funding.json', 'themes.json', 'regions.json'] as const;
const real = (file: string) => readFileSync(`public/data/${file}`, 'utf8');

const shared = sharedBrowser();

async function serveData(page: Page, file: string, body: string) {
  await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

const brokenVariants: Array<[string, (file: string) => string, RegExp]> = [
  ['truncated', (file) => real(file).slice(0, 200), /JSON|json/],
  ['schema-violating', (file) => (file === 'projects.json' ? '[{"id":"x"}]' : '{"unexpected": true}'), /.+/],
];

for (const file of FILES) {
  for (const [kind, make, detail] of brokenVariants) {
    test(`a ${kind} ${file} shows a readable error panel naming the file, and the page stays usable`, async () => {
      const { context, page } = await watchedPage(shared.browser);
      await serveData(page, file, make(file));
      await open(page);
      const alert = page.getByRole('alert').filter({ hasText: file });
      await alert.waitFor({ timeout: 15000 });
      const text = await alert.innerText();
      assert.match(text, detail);
      assert.ok((await page.locator('header').count()) > 0, 'the page header stays rendered');
      await context.close();
    });
  }
}

test('a missing data file (HTTP 404) names the file and the status', async () => {
  const { context, page } = await watchedPage(shared.browser);
  await page.route('**/data/regions.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await open(page);
  const alert = page.getByRole('alert').filter({ hasText: 'regions.json' });
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.innerText(), /404/);
  await context.close();
});

test('data is rendered as text: markup and script URLs in a project name execute nothing', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const projects = JSON.parse(real('projects.json')) as Array<{ name: string; planYear: number | null }>;
  const evil =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">linkki</a>';
  projects[0]!.name = evil;
  await serveData(page, 'projects.json', JSON.stringify(projects));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await open(page, 'projects/');
  await page.locator('table.projects-table').getByText(evil, { exact: false }).first().waitFor({ timeout: 15000 });
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(
    problems.filter((p) => !p.includes('/data/')),
    [],
  );
  await context.close();
});
