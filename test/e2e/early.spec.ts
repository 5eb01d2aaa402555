import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  BASE_URL,
  HAS_BOUNDARIES,
  open,
  pagePath,
  screenshot,
  sharedBrowser,
  watchedPage,
  PAIRED_WIDTH,
} from './browser.ts';

/**
 * What a reader does on a prerendered page before the app has taken over it is kept: the app's code is held back
 * (the request for the app's start waits) until the reader has typed, ticked or picked, so every action here surely
 * comes first, on a phone's CPU. The page then shows what the same address opened directly shows.
 */
const shared = sharedBrowser();

async function heldPage(path: string, width = 1280) {
  const watched = await watchedPage(shared.browser, {
    viewport: { width, height: 900 },
    ...(width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  const cdp = await watched.context.newCDPSession(watched.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await watched.page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    await released;
    // The request of a page left meanwhile (a link followed) is gone with it.
    await route.continue().catch(() => undefined);
  });
  await watched.page.goto(`${BASE_URL}${path}`);
  /**
   * Once the app has taken over, the rest of a test (its checks, the same address opened directly) runs at full
   * speed: Chromium's CPU throttling keeps a core busy for as long as it is on, so it is on only while it matters.
   */
  const ready = async () => {
    await watched.page.locator('html[data-ready]').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  };
  return { ...watched, release, ready };
}

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const summary = (page: Page) => page.getByTestId('summary').textContent();

/** What the page shows when the address is opened as a link. */
async function direct(page: Page, path: string) {
  await open(page, path);
  return { summary: await summary(page), rows: await page.locator('table.projects-table tbody tr').count() };
}

const words = {
  fi: {
    search: /^Hae hankkeen/,
    year: 'Suunnitelmavuosi',
    layer: 'Taso',
    split: 'hallinnoijittain',
    pending: 'Suodattimia otetaan käyttöön…',
    cost: 'Kustannus',
    areaChart: 'Kustannukset painopistealueittain 2008',
    area: 'Suodata: Hyvinvoinnin ja terveyden edistäminen',
  },
  sv: {
    search: /^Sök på projektets/,
    year: 'Planår',
    layer: 'Lager',
    split: 'per huvudman',
    pending: 'Filtren tillämpas…',
    cost: 'Kostnad',
    areaChart: 'Kostnader per prioriterat område 2008',
    area: 'Filtrera: Främjande av välfärd och hälsa',
  },
};

for (const lang of ['fi', 'sv'] as const) {
  const w = words[lang];

  {
    const width = PAIRED_WIDTH[lang];
    test(`a filtered link (${lang}, ${width} px) hides the unfiltered prerender and says the filters are being applied until they are`, async () => {
      const path = pagePath('projects', lang, '?province=pirkanmaa');
      const { context, page, problems, release, ready } = await heldPage(path, width);
      const html = page.locator('html');
      const status = page.locator('#page-status[role=status]');
      const rows = page.locator('table.projects-table tbody tr');
      await page.locator('html[data-filters-pending]').waitFor({ state: 'attached' });
      await page.waitForFunction((text) => document.getElementById('page-status')?.textContent === text, w.pending);
      assert.equal(await status.isVisible(), true);
      // The prerender's count ("47 / 47") and rows are every project's: not shown as the link's answer.
      assert.match((await summary(page)) ?? '', /47 (\/|av) 47/);
      assert.equal(await page.getByTestId('summary').isVisible(), false);
      assert.equal(await rows.first().isVisible(), false);
      assert.equal(await page.locator('h1').isVisible(), true);
      await screenshot(page, `filters-pending-${lang}-${width}`);
      release();
      await ready();
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-filters-pending'));
      assert.equal(await status.textContent(), '');
      assert.equal(await page.getByTestId('summary').isVisible(), true);
      assert.equal(await rows.first().isVisible(), true);
      const shown = { summary: await summary(page), rows: await rows.count() };
      assert.doesNotMatch(shown.summary ?? '', /47 (\/|av) 47/);
      assert.deepEqual(shown, await direct(page, path));
      assert.equal(await html.getAttribute('data-filters-pending'), null);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test(`an address with settings but no filter (${lang}) is not marked as pending`, async () => {
    const { context, page, release, ready } = await heldPage(pagePath('map', lang, '?layer=lasse'));
    await page.locator('#page-status').waitFor({ state: 'attached' });
    // The entry script has run once its status's loading text is there to fill; a click fills it at once.
    await page.locator('h1').click();
    await page.waitForFunction(() => document.getElementById('page-status')?.textContent !== '');
    assert.equal(await page.locator('html').getAttribute('data-filters-pending'), null);
    assert.equal(await page.locator('.map-view figure.chart').first().isVisible(), true);
    // A button that waits for the app is drawn as inactive while the app is not there (a phone shows no pointer);
    // the map search's submit button works as a form's and keeps its look.
    const waiting = page.locator('#root .page-bar button').first();
    const opacity = (button: typeof waiting) => button.evaluate((b) => getComputedStyle(b).opacity);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('#root .page-bar button')!).opacity === '0.5',
    );
    assert.equal(await opacity(page.locator('#root form button[type=submit]').first()), '1');
    release();
    await ready();
    assert.equal(await opacity(waiting), '1');
    await context.close();
  });

  test(`projects (${lang}): words typed and a year ticked before the app arrives are kept, in the field, the address and the rows`, async () => {
    const { context, page, problems, release, ready } = await heldPage(pagePath('projects', lang));
    const search = page.getByRole('searchbox', { name: w.search });
    await page.getByRole('group', { name: w.year }).getByRole('checkbox', { name: /^2008/ }).check();
    await search.pressSequentially('Lah');
    release();
    // Typing on while the app takes over.
    await page.keyboard.type('ti');
    await ready();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Lahti');
    assert.equal(await search.inputValue(), 'Lahti');
    assert.equal(
      await page.getByRole('group', { name: w.year }).getByRole('checkbox', { name: /^2008/ }).isChecked(),
      true,
    );
    assert.deepEqual(query(page), { year: '2008', q: 'Lahti' });
    const shown = { summary: await summary(page), rows: await page.locator('table.projects-table tbody tr').count() };
    assert.deepEqual(shown, await direct(page, pagePath('projects', lang, '?year=2008&q=Lahti')));
    assert.ok(shown.rows > 0 && shown.rows < 14, `${shown.rows} rows`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`map (${lang}): a layer picked before the app arrives stays picked and goes into the address`, async () => {
    const { context, page, problems, release, ready } = await heldPage(pagePath('map', lang));
    // The select's name is its label's text, which holds the option shown.
    const layer = page.getByRole('combobox', { name: new RegExp(`^${w.layer}`) });
    await layer.selectOption('projects');
    release();
    await ready();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layer') === 'projects');
    assert.equal(await layer.inputValue(), 'projects');
    assert.deepEqual(query(page), { layer: 'projects' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`map and projects (${lang}): the other fields changed before the app arrives are kept: geometry, zoom, municipality search, cost bounds, colour scheme`, async () => {
    const map = await heldPage(pagePath('map', lang));
    const zoom = map.page.locator('.map-controls select').last();
    await zoom.selectOption('pirkanmaa');
    if (HAS_BOUNDARIES) await map.page.locator('input[name=map-geometry]').nth(1).check();
    await map.page.locator('.map-search input[type=search]').fill('Vaasa');
    await map.page.locator('.scheme-select select').selectOption('dark');
    map.release();
    await map.ready();
    await map.page.waitForFunction(() => new URL(location.href).searchParams.get('zoom') === 'pirkanmaa');
    assert.deepEqual(query(map.page), { zoom: 'pirkanmaa', ...(HAS_BOUNDARIES ? { geo: 'boundaries' } : {}) });
    assert.equal(await zoom.inputValue(), 'pirkanmaa');
    if (HAS_BOUNDARIES) assert.equal(await map.page.locator('input[name=map-geometry]').nth(1).isChecked(), true);
    assert.equal(await map.page.locator('.map-search input[type=search]').inputValue(), 'Vaasa');
    assert.equal(await map.page.locator('.scheme-select select').inputValue(), 'dark');
    assert.equal(await map.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark');
    assert.deepEqual(map.problems, []);
    await map.context.close();

    const projects = await heldPage(pagePath('projects', lang));
    const bounds = projects.page.locator('.filter-panel input[inputmode=numeric]');
    await bounds.first().fill('100000');
    await bounds.last().fill('500000');
    projects.release();
    await projects.ready();
    await projects.page.waitForFunction(() => new URL(location.href).searchParams.get('max') === '500000');
    assert.deepEqual(query(projects.page), { min: '100000', max: '500000' });
    assert.equal(await bounds.first().inputValue(), '100000');
    const shown = {
      summary: await summary(projects.page),
      rows: await projects.page.locator('table.projects-table tbody tr').count(),
    };
    assert.deepEqual(shown, await direct(projects.page, pagePath('projects', lang, '?min=100000&max=500000')));
    assert.deepEqual(projects.problems, []);
    await projects.context.close();
  });

  test(`overview (${lang}): a split picked before the app arrives stays picked and goes into the address`, async () => {
    const { context, page, problems, release, ready } = await heldPage(pagePath('overview', lang));
    const split = page.getByRole('radio', { name: w.split });
    await split.check();
    release();
    await ready();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('split') === 'administrator');
    assert.equal(await split.isChecked(), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`projects (${lang}): a sort header tapped before the app arrives is a link to the sorted page`, async () => {
    const { context, page, problems, release, ready } = await heldPage(pagePath('projects', lang), 390);
    const header = page.getByRole('columnheader', { name: w.cost });
    const sort = header.getByRole('link', { name: w.cost, exact: true });
    await sort.tap();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-cost');
    release();
    await ready();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.deepEqual(query(page), { sort: '-cost' });
    const rows = page.locator('table.projects-table tbody tr');
    const shown = { first: await rows.first().getAttribute('data-project'), rows: await rows.count() };
    // Once the app is there it answers the same link in place: the next order, no new page.
    await page.evaluate(() => document.documentElement.setAttribute('data-test-same-page', ''));
    await sort.tap();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'cost');
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    assert.equal(await page.locator('html').getAttribute('data-test-same-page'), '');
    await open(page, pagePath('projects', lang, '?sort=-cost'));
    assert.deepEqual(shown, { first: await rows.first().getAttribute('data-project'), rows: await rows.count() });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`overview (${lang}): a bar tapped before the app arrives is a link to the page it filters`, async () => {
    const { context, page, problems, release, ready } = await heldPage(pagePath('overview', lang), 390);
    const chart = page.getByRole('figure', { name: w.areaChart });
    const bar = chart.getByRole('link', { name: w.area });
    assert.equal(
      await bar.getAttribute('href'),
      `${new URL(BASE_URL).pathname}${pagePath('overview', lang, '?theme=plan-2008-1')}`,
    );
    await bar.tap();
    await page.waitForURL((url) => url.searchParams.get('theme') === 'plan-2008-1');
    release();
    await ready();
    assert.deepEqual(query(page), { theme: 'plan-2008-1' });
    const shown = await page.getByTestId('filtered-summary').textContent();
    await open(page, pagePath('overview', lang, '?theme=plan-2008-1'));
    assert.equal(shown, await page.getByTestId('filtered-summary').textContent());
    assert.deepEqual(problems, []);
    await context.close();
  });
}
