import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { BASE_URL, open, pagePath, screenshot, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();

for (const [lang, reason] of [
  ['fi', 'Hakusana löytyi: kotipaikka: Hämeenlinna'],
  ['sv', 'Sökordet hittades: hemort: Tavastehus'],
] as const)
  test(`a search result says what matched when the project's name does not (${lang})`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, pagePath('projects', lang, '?q=hameenlinna'));
    const row = page.locator('table.projects-table tbody tr', { hasText: 'Mainiemen päihdetyön kehittämisyksikkö' });
    await row.waitFor();
    // What a screen reader hears; the words before the colon are visually hidden.
    assert.equal(await row.locator('.search-match').textContent(), reason);
    // A project whose name has the word needs no reason.
    const named = page.locator('table.projects-table tbody tr', { hasText: 'Hämeenlinnan seudun' });
    assert.equal(await named.locator('.search-match').count(), 0);
    await screenshot(page, `search-match-${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

for (const [lang, label, nav, done] of [
  ['fi', 'Suodattimet (2 käytössä)', 'Hankkeet', 'Näytä 5 hanketta'],
  ['sv', 'Filter (2 valda)', 'Projekt', 'Visa 5 projekt'],
] as const)
  test(`on a 390 px phone the filters open over the page from a button with the active count, and the rows start near the top (${lang})`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    await open(page, pagePath('projects', lang, '?year=2008&province=pirkanmaa'));
    const toggle = page.getByRole('button', { name: label });
    const panel = page.locator('#filter-panel');
    assert.equal(await panel.isVisible(), false);
    const firstRow = page.locator('table.projects-table tbody tr').first();
    const top = await firstRow.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    // Below the summary, the chips (which say what each filter means) and the line saying the table scrolls sideways.
    assert.ok(top < 960, `first row at ${top} px`);
    await screenshot(page, `projects-phone-${lang}`);
    // The filters open over the page, the whole screen, and their last button shows the rows again.
    await toggle.click();
    assert.equal(await panel.isVisible(), true);
    await panel.getByRole('checkbox').first().waitFor();
    assert.deepEqual(await panel.evaluate((el) => [el.getBoundingClientRect().width, el.matches(':popover-open')]), [
      390,
      true,
    ]);
    await screenshot(page, `projects-phone-filters-${lang}`);
    await panel.getByRole('button', { name: done }).click();
    assert.equal(await panel.isVisible(), false);
    assert.equal(await toggle.isVisible(), true);
    // The page's navigation is still the first thing after the header.
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: nav }).isVisible(), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

test('on a desktop the filters stay open with no button; without JavaScript a phone gets no dead button', async () => {
  const desktop = await watchedPage(shared.browser, { viewport: { width: 1366, height: 900 } });
  await open(desktop.page, pagePath('projects', 'sv'));
  assert.equal(await desktop.page.locator('#filter-panel').isVisible(), true);
  assert.equal(await desktop.page.locator('.filters-toggle').isVisible(), false);
  await desktop.context.close();
  for (const lang of ['fi', 'sv']) {
    const phone = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await phone.newPage();
    await page.goto(`${BASE_URL}${pagePath('projects', lang)}`);
    await page.locator('table.projects-table tbody tr').first().waitFor();
    assert.equal(await page.locator('.filters-toggle').isVisible(), false, lang);
    await phone.close();
  }
});

for (const lang of ['fi', 'sv'] as const)
  test(`the tile map's names are unambiguous and province names cover no tile (${lang})`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width: 1366, height: 900 } });
    await open(page, pagePath('map', lang));
    await page.locator('g.municipality').first().waitFor();
    const names = await page.locator('text.map-name').allTextContents();
    assert.equal(names.length, 88);
    assert.equal(new Set(names).size, names.length, 'no two municipalities share a label');
    assert.ok(names.includes(lang === 'fi' ? 'Hämeenky.' : 'Tavastk.'));
    assert.ok(names.includes('Hämeenko.') || names.includes('Hämeenk.'));
    const covered = await page.evaluate(() => {
      const tiles = [...document.querySelectorAll('g.municipality path')].map((p) => p.getBoundingClientRect());
      return [...document.querySelectorAll('text.province-label')].flatMap((label) => {
        const r = label.getBoundingClientRect();
        const hit = tiles.filter((t) => r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom);
        return hit.length ? [`${label.textContent}: ${hit.length} tiles`] : [];
      });
    });
    assert.deepEqual(covered, []);
    await screenshot(page.locator('svg.map-svg'), `map-labels-${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

for (const lang of ['fi', 'sv'] as const)
  test(`the map's menus fit a 390 px phone and the projects table a 1366 px screen (${lang})`, async () => {
    const phone = await watchedPage(shared.browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    await open(phone.page, pagePath('map', lang));
    const layer = phone.page.getByRole('combobox', { name: lang === 'fi' ? 'Taso' : 'Lager' });
    const box = (await layer.boundingBox())!;
    assert.ok(box.x + box.width <= 390, `layer menu ends at ${box.x + box.width} px`);
    assert.equal(await phone.page.evaluate(() => document.documentElement.scrollWidth), 390);
    await screenshot(phone.page, `map-phone-${lang}`);
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
    const desktop = await watchedPage(shared.browser, { viewport: { width: 1366, height: 900 } });
    await open(desktop.page, pagePath('projects', lang));
    const scroll = desktop.page.locator('.projects-table-wrap .table-scroll');
    const [inner, outer] = await scroll.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(inner! <= outer!, `table ${inner} px in ${outer} px`);
    assert.deepEqual(desktop.problems, []);
    await desktop.context.close();
  });

const CUE = {
  fi: { table: 'Taulukko jatkuu sivulle: vieritä vaakasuunnassa →', map: /^Kartta on näyttöä leveämpi/ },
  sv: { table: 'Tabellen fortsätter åt sidan: rulla i sidled →', map: /^Kartan är bredare än skärmen/ },
};
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const lang of ['fi', 'sv'] as const)
  for (const width of [1366, 390]) {
    const phone = width < 600;
    test(`${lang} ${width} px: the map's names stay readable, a table wider than the screen says so, and nothing is desktop-wide before the app starts`, async () => {
      const { context, page, problems } = await watchedPage(shared.browser, {
        viewport: { width, height: 900 },
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });
      await open(page, pagePath('map', lang));
      const names = page.locator('.map-svg text.map-name');
      assert.equal(await names.count(), 88);
      // About 9 px or more on screen: the drawing is at least as wide as its names read (MapCanvas).
      const heights = await names.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().height));
      assert.ok(Math.min(...heights) >= 9, `smallest name ${Math.min(...heights)} px`);
      const canvas = page.locator('.map-canvas');
      const [inner, outer] = await canvas.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      const cue = page.locator('.map-scroll-cue');
      assert.equal(inner! > outer!, phone, `map ${inner} px in ${outer} px`);
      assert.equal(await cue.isVisible(), phone);
      if (phone) assert.match(await cue.innerText(), CUE[lang].map);
      assert.equal(await pageWidth(page), width);
      await screenshot(page, `map-names-${lang}-${width}`);

      // The projects table: its cost and source columns are off screen on a phone, and the line above says so.
      await open(page, pagePath('projects', lang, '?province=pirkanmaa'));
      const tableCue = page.locator('.projects-table-wrap .scroll-cue, .projects-main .scroll-cue').first();
      assert.equal(await tableCue.isVisible(), phone);
      if (phone) assert.equal(await tableCue.innerText(), CUE[lang].table);
      // A project's evidence table and the data page's file table likewise.
      await open(page, pagePath('projects', lang, '2008-pitkaaikaisasunnottomuuden-poistaminen/'));
      const evidence = page.getByTestId('evidence-table');
      await evidence.waitFor();
      const [evidenceScrolls, evidenceCue] = await evidence.evaluate((t) => {
        const box = t.closest('.table-scroll')!;
        const cue = box.previousElementSibling;
        return [
          box.scrollWidth > box.clientWidth + 1,
          !!cue?.classList.contains('scroll-cue') && (cue as HTMLElement).checkVisibility(),
        ];
      });
      assert.equal(evidenceCue, evidenceScrolls, 'the evidence table has a cue exactly when it scrolls');
      if (phone) assert.ok(evidenceScrolls, 'the evidence table scrolls on a phone');
      await open(page, pagePath('data', lang));
      const files = page.locator('table.data-files');
      const filesScroll = await files.evaluate((t) => {
        const box = t.closest('.table-scroll')!;
        return box.scrollWidth > box.clientWidth + 1;
      });
      const filesCue = page.locator('section[aria-labelledby=data-tables] .scroll-cue');
      assert.equal(await filesCue.isVisible(), filesScroll);
      if (phone) assert.ok(filesScroll, 'the file table scrolls on a phone');
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`${lang} ${width} px: the comparison flow and the timeline have the screen's shape before the app starts`, async () => {
      for (const [view, narrow, wide] of [
        ['compare', 'svg.flow-if-narrow', 'svg.flow-if-wide'],
        ['timeline', 'svg.timeline-if-narrow', 'svg.timeline-if-wide'],
      ] as const) {
        const { context, page } = await watchedPage(shared.browser, {
          viewport: { width, height: 900 },
          ...(phone ? { isMobile: true, hasTouch: true } : {}),
        });
        // The app's start is held until the prerendered page has been looked at.
        let release = () => {};
        const released = new Promise<void>((resolve) => (release = resolve));
        await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
          await released;
          await route.continue();
        });
        await page.goto(`${BASE_URL}${pagePath(view, lang)}`);
        await page.locator(wide).waitFor({ state: 'attached' });
        assert.equal(await page.locator(narrow).isVisible(), phone, `${view} narrow draft`);
        assert.equal(await page.locator(wide).isVisible(), !phone, `${view} wide draft`);
        const drawing = page.locator(phone ? narrow : wide);
        const box = (await drawing.boundingBox())!;
        assert.ok(box.x + box.width <= width, `${view} drawing ends at ${box.x + box.width} px`);
        assert.equal(await pageWidth(page), width);
        await screenshot(page, `before-app-${view}-${lang}-${width}`);
        assert.equal(await page.locator('html[data-ready]').count(), 0);
        release();
        await page.locator('html[data-ready]').waitFor();
        await context.close();
      }
    });
  }
