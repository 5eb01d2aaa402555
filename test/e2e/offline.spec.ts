import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, open, screenshot, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();
const normal = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

test('offline: once the overview has been opened, the projects page and the Swedish map work without a network, from their links; an address never stored shows the offline page in its language', async () => {
  const { context, page, problems } = await watchedPage(shared.browser, { serviceWorkers: 'allow' });
  await open(page);
  // The worker has stored the release (pages, assets, data) and taken over the page.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  await page.locator('nav.nav').getByRole('link', { name: 'Hankkeet', exact: true }).click();
  await page.locator('html[data-ready]').waitFor();
  assert.equal(new URL(page.url()).pathname.slice(new URL(BASE_URL).pathname.length), 'projects/');
  assert.match(await page.getByTestId('summary').innerText(), /^47 \/ 47/);
  assert.equal(await page.locator('.error-panel').count(), 0);

  await page.locator('.lang-switch').getByRole('link', { name: 'Svenska' }).click();
  await page.locator('html[lang="sv"][data-ready]').waitFor();
  await page.locator('nav.nav').getByRole('link', { name: 'Karta', exact: true }).click();
  await page.locator('html[lang="sv"][data-ready]').waitFor();
  assert.equal(new URL(page.url()).pathname.slice(new URL(BASE_URL).pathname.length), 'sv/map/');
  const vasa = page.locator('.map-svg [data-code="905"]');
  assert.match((await vasa.getAttribute('aria-label')) ?? '', /^Vasa \(Vaasa\): Österbotten/);
  assert.equal(await page.locator('.error-panel').count(), 0);
  await screenshot(page, 'offline-sv-map');

  // The app takes over a page only with its data: here they came from the worker, with no network.
  assert.deepEqual(await page.evaluate(() => [navigator.onLine, navigator.serviceWorker.controller !== null]), [
    false,
    true,
  ]);

  for (const [path, lang, title] of [
    ['sv/projects/no-such-project/', 'sv', 'Ingen nätverksanslutning'],
    ['no-such-page/', 'fi', 'Ei verkkoyhteyttä'],
  ] as const) {
    const response = await page.goto(`${BASE_URL}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(normal(await page.locator('h1').textContent()), title);
    // Its links lead to pages that work offline.
    assert.equal(await page.locator('main a').count(), 7);
  }
  await screenshot(page, 'offline-fi-unknown');
  await page.locator('main a').first().click();
  await page.locator('html[lang="fi"][data-ready]').waitFor();
  assert.equal(await page.locator('.error-panel').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
