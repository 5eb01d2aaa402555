import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { BASE_URL, open, pagePath, screenshot, sharedBrowser, watchedPage } from './browser.ts';

/**
 * Every kind of page with JavaScript off, in Finnish and Swedish: the prerendered page is all a reader gets, so it
 * must show its figures (the charts' static drawings with their tables), no loading notice, and no control that would do
 * nothing.
 */
const shared = sharedBrowser();
const PROJECT = '2008-ikaihmisten-kulttuurikaari';
const VIEWS = ['overview', 'projects', 'compare', 'map', 'timeline', 'context', 'sources', 'data', 'accessibility'];

/** What the page shows a sighted reader: loading notices, form controls and figures, each only if it is visible. */
function visibleParts(page: Page) {
  // Helpers are inline: the test's transpiler would name a function declared here, and the page has no such helper.
  return page.evaluate(() => ({
    loading: [...document.querySelectorAll('.loading, [data-loading]')]
      .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((e) => `${e.tagName} "${(e.textContent ?? '').trim().slice(0, 40)}"`),
    // A disclosure whose content is in the page (an explanation, a note's further source lines) is the browser's own
    // <details> and opens without JavaScript (checked below); one whose content JavaScript writes is inert.
    controls: [...document.querySelectorAll('button, input, select, textarea, summary')]
      .filter((e) => !(e.matches('details > summary') && e.parentElement!.children.length > 1))
      .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((e) => `${e.tagName} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40)}"`),
    figures: [...document.querySelectorAll('main figure')].map((f) => ({
      id: f.getAttribute('data-chart-id') ?? (f.textContent ?? '').trim().slice(0, 40),
      shown: f.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      content: !!f.querySelector('table tbody tr, svg'),
    })),
    // A hand or waiting pointer promises an action: only links, disclosures and labels may show one.
    pointers: [...document.querySelectorAll('#root *')]
      .filter((e) => !e.closest('a, summary, label'))
      .filter((e) => ['pointer', 'progress'].includes(getComputedStyle(e).cursor))
      .map((e) => `${e.tagName} ${e.getAttribute('class') ?? ''}`),
    text: document.body.innerText.replace(/[\u00a0\u202f]/g, ' '),
  }));
}

for (const lang of ['fi', 'sv'] as const) {
  test(`no JavaScript (${lang}): every page shows its figures, no loading notice and no inert control`, async () => {
    const { context, page } = await watchedPage(shared.browser, { javaScriptEnabled: false });
    const paths = [...VIEWS.map((v) => pagePath(v, lang)), pagePath(`projects/${PROJECT}`, lang)];
    for (const path of paths) {
      const response = await page.goto(`${BASE_URL}${path}`);
      assert.equal(response?.status(), 200, path);
      const parts = await visibleParts(page);
      assert.deepEqual(parts.loading, [], `${path}: no loading notice`);
      assert.deepEqual(parts.controls, [], `${path}: no control that needs JavaScript`);
      for (const f of parts.figures) assert.ok(f.shown && f.content, `${path}: figure ${f.id} shows its content`);
      assert.doesNotMatch(parts.text, /Ladataan|laddas…|Vyn laddas/, `${path}: no loading text`);
      assert.doesNotMatch(
        parts.text,
        /napsaut|klicka|Valitse (?:pylväs|kunta)|Välj en (?:stapel|kommun)/i,
        `${path}: no text invites an action that needs the app`,
      );
      assert.deepEqual([...new Set(parts.pointers)], [], `${path}: no pointer that promises an action`);
      // The language switch is links: the page in each language is one without JavaScript too.
      const other = page.locator('.lang-switch a[lang="en"]');
      assert.ok(await other.isVisible(), `${path}: language links`);
      assert.equal(await page.locator('.lang-switch a[aria-current="page"]').getAttribute('lang'), lang, path);
    }

    // The overview's charts are drawn (one shape of each, for the width) and their tables, with the document's figures, follow.
    await page.goto(`${BASE_URL}${pagePath('overview', lang)}`);
    const parts = await visibleParts(page);
    assert.deepEqual(
      parts.figures.map((f) => f.id),
      ['cost-by-area', 'cost-by-administrator', 'cost-by-province'],
    );
    // At 1280 px the area chart has its wide shape, the administrators' (half the width) its narrow one.
    for (const [id, shown] of [
      ['cost-by-area', [false, true]],
      ['cost-by-administrator', [true, false]],
    ] as const) {
      const drawings = page.locator(`figure[data-chart-id="${id}"] svg[data-chart]`);
      assert.deepEqual(await drawings.evaluateAll((all) => all.map((d) => d.checkVisibility())), shown, id);
      assert.ok((await drawings.filter({ visible: true }).locator('rect.chart-bar').count()) >= 4, id);
    }
    const area = page.locator('figure[data-chart-id="cost-by-area"] table.chart-table');
    assert.match((await area.innerText()).replace(/\u202f|\u00a0/g, ' '), /3 700 000 €/);
    const admins = page.locator('figure[data-chart-id="cost-by-administrator"] table.chart-table tbody tr').first();
    assert.match(
      (await admins.innerText()).replace(/\u202f|\u00a0/g, ' '),
      lang === 'fi' ? /^Lahti\s+3 302 000 €/ : /^Lahtis\s+3 302 000 €/,
    );
    const explain = page.locator('.key-figures details.explain').first();
    await explain.locator('summary').click();
    assert.ok(await explain.locator('table').isVisible(), 'an explanation opens without JavaScript');
    await screenshot(page, `nojs-overview-${lang}`);
    // A data-quality note's source lines beyond the first three open the same way.
    await page.goto(`${BASE_URL}${pagePath('sources', lang)}`);
    const more = page.locator('details.more-sources').first();
    await more.locator('summary').click();
    assert.match(await more.locator('li').first().innerText(), lang === 'fi' ? /rivi \d+/ : /rad \d+/);
    // The comparison's charts likewise, and its names that filter with JavaScript are plain text.
    await page.goto(`${BASE_URL}${pagePath('compare', lang)}`);
    assert.ok(await page.locator('figure[data-chart-id="projects-per-theme"] table.chart-table').isVisible());
    assert.equal(
      await page
        .locator('figure[data-chart-id="projects-per-theme"] svg[data-chart]')
        .filter({ visible: true })
        .count(),
      1,
    );
    // (Playwright's text matching skips noscript elements, so their text is read directly.)
    const names = page.locator('.compare li noscript');
    assert.ok((await names.allTextContents()).includes(lang === 'fi' ? 'Lahti' : 'Lahtis'));
    assert.ok(await names.first().isVisible());
    await screenshot(page, `nojs-compare-${lang}`);

    // The projects page says what needs JavaScript, lists every project and shows an open project's details.
    await page.goto(`${BASE_URL}${pagePath(`projects/${PROJECT}`, lang)}`);
    assert.match(
      (await visibleParts(page)).text,
      lang === 'fi'
        ? /Suodatus, haku, lajittelu .* tarvitsevat JavaScriptin/
        : /Filtrering, sökning, sortering .* kräver JavaScript/,
    );
    assert.equal(await page.locator('table.projects-table > tbody > tr').count(), 47);
    assert.ok(await page.locator('.detail-panel').first().isVisible());
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `nojs-project-${lang}-390`);

    // The data page: the CSV made in the browser is gone, the files that need no script stay, and it says so.
    await page.goto(`${BASE_URL}${pagePath('data', lang)}`);
    const data = await visibleParts(page);
    assert.match(data.text, lang === 'fi' ? /tarvitsevat JavaScriptin/ : /kräver JavaScript/);
    assert.equal(await page.locator('a[href$="projects.csv"]').isVisible(), true);
    await context.close();
  });
}

test('with JavaScript the same pages hydrate without the tables meant for readers without it', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  for (const lang of ['fi', 'sv'] as const) {
    await open(page, pagePath('overview', lang));
    // One drawing per chart, measured (static, or Recharts' where the pointer hovers); the noscript tables are not
    // rendered.
    assert.equal(await page.locator('figure[data-chart-id="cost-by-area"]').count(), 1);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('figure[data-chart-id="cost-by-area"] .chart-canvas svg:not(.chart-legend svg)')
          .length === 1,
    );
    assert.equal(await page.locator('figure[data-chart-id="cost-by-area"] table.chart-table').count(), 0);
    for (const control of ['.page-tools', '.lang-switch a']) assert.ok(await page.locator(control).first().isVisible());
    assert.equal(await page.locator('.lang-switch a').count(), 3, 'one language link per language, no second set');
    await open(page, pagePath('projects', lang));
    assert.ok(await page.locator('.filter-panel').isVisible());
    assert.ok(await page.locator('.sort-button').first().isVisible());
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the build writes the origin it was given into canonical, hreflang and sitemap addresses', async () => {
  for (const path of ['', 'sv/projects/']) {
    const html = await (await fetch(`${BASE_URL}${path}`)).text();
    assert.match(
      html,
      new RegExp(`<link rel="canonical" href="http://127\\.0\\.0\\.1:4173${new URL(BASE_URL).pathname}${path}"`),
    );
    assert.doesNotMatch(html, /localhost/);
  }
  const sitemap = await (await fetch(`${BASE_URL}sitemap.xml`)).text();
  assert.doesNotMatch(sitemap, /localhost/);
  assert.match(sitemap, /<loc>http:\/\/127\.0\.0\.1:4173\//);
});
