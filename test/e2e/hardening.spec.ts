import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BASE_PATH, BASE_URL, open, pagePath, sharedBrowser, watchedPage } from './browser.ts';

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

/** funding.json as a server might publish it: every euro amount a string, which the page would add up to NaN. */
const fundingWithStringAmounts = () =>
  JSON.stringify(JSON.parse(real('funding.json')), (key, value) =>
    key === 'amountEur' && typeof value === 'number' ? String(value) : value,
  );

const ERROR_TITLE = { fi: 'Aineiston lataus epäonnistui', sv: 'Materialet kunde inte laddas' } as const;

for (const lang of ['fi', 'sv'] as const) {
  for (const view of ['overview', 'projects']) {
    test(`${lang} ${view}: amounts of the wrong type name funding.json in the error panel, never a NaN figure`, async () => {
      const { context, page } = await watchedPage(shared.browser);
      await serveData(page, 'funding.json', fundingWithStringAmounts());
      await open(page, pagePath(view, lang));
      const alert = page.getByRole('alert').filter({ hasText: 'funding.json' });
      await alert.waitFor();
      assert.match(await alert.innerText(), new RegExp(ERROR_TITLE[lang]));
      assert.doesNotMatch(await page.locator('body').innerText(), /NaN|epäluku/);
      assert.ok((await page.locator('header').count()) > 0, 'the page header stays rendered');
      await context.close();
    });
  }
}

for (const [lang, text] of [
  ['fi', 'Ladataan aineistoa…'],
  ['sv', 'Materialet laddas…'],
] as const) {
  test(`${lang}: a data file that is late says the page is loading, in the page's language, until the app is ready`, async () => {
    const { context, page } = await watchedPage(shared.browser);
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/data/regions.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${BASE_URL}${pagePath('projects', lang)}`);
    const status = page.locator('#page-status[role=status]');
    await status.filter({ hasText: text }).waitFor();
    assert.ok(await status.isVisible(), 'the status is shown, not only announced');
    assert.equal(await page.locator('html[data-ready]').count(), 0);
    release();
    await page.locator('html[data-ready]').waitFor();
    await page.waitForFunction(() => document.getElementById('page-status')?.textContent === '');
    await context.close();
  });
}

const PROJECT = (JSON.parse(real('projects.json')) as Array<{ id: string }>)[0]!.id;
const IGNORED_HEADING = { fi: 'Osoitteen osia ei käytetty', sv: 'Delar av adressen användes inte' } as const;

async function ignoredNotice(page: Page, lang: 'fi' | 'sv') {
  const notice = page.getByTestId('ignored-notice');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, new RegExp(IGNORED_HEADING[lang]));
  return text;
}

for (const lang of ['fi', 'sv'] as const) {
  test(`${lang}: an old link's project or view moves to its page and still names every value it cannot read`, async () => {
    const { context, page } = await watchedPage(shared.browser);
    await open(page, pagePath('projects', lang, `?project=${PROJECT}&layer=nosuch&year=2008,2010`));
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}${pagePath('projects', lang)}${PROJECT}/`);
    const text = await ignoredNotice(page, lang);
    assert.match(text, /layer=nosuch/);
    assert.match(text, /year=2010/);
    assert.doesNotMatch(text, /year=2008|project=/);

    await open(page, `?view=map&lang=${lang}&layer=nosuch&geo=globe`);
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}${pagePath('map', lang)}`);
    const onMap = await ignoredNotice(page, lang);
    assert.match(onMap, /layer=nosuch/);
    assert.match(onMap, /geo=globe/);
    await context.close();
  });

  test(`${lang}: an unknown ?project= stays on the projects page in its language and is named as ignored`, async () => {
    const { context, page } = await watchedPage(shared.browser);
    await open(page, pagePath('projects', lang, '?project=nosuch&year=2009'));
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}${pagePath('projects', lang)}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.match(await ignoredNotice(page, lang), /project=nosuch/);
    assert.equal(await page.locator('.not-found').count(), 0);
    await context.close();
  });

  test(`${lang}: a huge address makes a short notice: long values cut, the rest counted`, async () => {
    const { context, page } = await watchedPage(shared.browser);
    const years = Array.from({ length: 300 }, (_, i) => 3000 + i).join(',');
    await open(page, pagePath('projects', lang, `?theme=${'a'.repeat(8000)}&year=${years}`));
    const text = await ignoredNotice(page, lang);
    assert.ok(text.length < 400, `the notice is ${text.length} characters long`);
    assert.match(text, /theme=a+…/);
    assert.match(text, lang === 'fi' ? /ja 293 muuta/ : /och 293 till/);
    assert.equal(await page.getByTestId('ignored-notice').locator('code').count(), 8);
    await context.close();
  });
}
