import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BASE_PATH, open, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();

const normal = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const summary = async (page: Page) => normal(await page.getByTestId('summary').textContent());

test('every view is its own page under the sub-path: opens by path and by navigation, with no errors', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page);
  await page.getByRole('heading', { level: 1, name: 'Yleiskuva' }).waitFor();
  const views: Array<[string, string]> = [
    ['Hankkeet', 'projects'],
    ['Vertailu 2008–2009', 'compare'],
    ['Kartta', 'map'],
    ['Lähteet ja laatu', 'sources'],
    ['Yleiskuva', 'overview'],
  ];
  for (const [name, view] of views) {
    await page.getByRole('navigation').getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}${view === 'overview' ? '' : `${view}/`}`);
  }
  for (const [name, view] of views) {
    await open(page, view === 'overview' ? '' : `${view}/`);
    await page.locator('main h1').first().waitFor();
    assert.equal(
      await page.title(),
      view === 'overview'
        ? 'Kaste Väli-Suomi – Sosiaali- ja terveydenhuollon kehittämisrahoitus 2008–2015'
        : `${name} – Kaste Väli-Suomi`,
    );
    assert.equal(
      await page.getByRole('navigation').locator('[aria-current="page"]').getAttribute('href'),
      `${BASE_PATH}${view === 'overview' ? '' : `${view}/`}`,
    );
  }
  await page.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('filtering to 2008 shows 14 rows and their summed cost; reload and back/forward keep the view', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'projects/');
  await page.getByTestId('summary').waitFor();
  assert.match(await summary(page), /^47 \/ 47 hanketta/);
  await page.getByRole('group', { name: 'Suunnitelmavuosi' }).getByRole('checkbox', { name: /^2008/ }).check();
  // The reader's first tick brings the app in; its answer comes once it is there.
  await page
    .getByTestId('summary')
    .filter({ hasText: /^14 \// })
    .waitFor();
  assert.equal(
    await summary(page),
    '14 / 47 hanketta · tunnetut kustannukset yhteensä 9 978 150 € (jokainen hanke kokonaan) · kustannustieto puuttuu 3 hankkeelta',
  );
  assert.equal(await page.locator('table.projects-table tbody tr').count(), 14);
  assert.equal(new URL(page.url()).search, '?year=2008');
  await page.reload();
  await page.locator('html[data-ready]').waitFor();
  // The page hydrates as prerendered (all projects) and is marked ready once the query's filter has applied.
  assert.match(await summary(page), /^14 \/ 47/);
  assert.equal(
    await page.getByRole('group', { name: 'Suunnitelmavuosi' }).getByRole('checkbox', { name: /^2008/ }).isChecked(),
    true,
  );
  // Five 2008 projects work in Pirkanmaa: four by administrator or name, and Hyvinvoiva Väli-Suomi, whose title names the region.
  await page
    .getByRole('group', { name: 'Toimii maakunnassa' })
    .getByRole('checkbox', { name: /Pirkanmaa/ })
    .check();
  assert.match(await summary(page), /^5 \/ 47/);
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).search === '?year=2008');
  assert.match(await summary(page), /^14 \/ 47/);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('province=pirkanmaa'));
  assert.match(await summary(page), /^5 \/ 47/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link with filters shows its rows only once they are the filtered ones, also on a slow CPU', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  // What the table shows in the task that stops hiding it (app.css hides it while the filters are pending).
  await page.addInitScript({
    content: `let pending = false;
    new MutationObserver((_, observer) => {
      if (document.documentElement.hasAttribute('data-filters-pending')) pending = true;
      if (!pending || document.documentElement.hasAttribute('data-filters-pending')) return;
      window.__atReady = {
        rows: document.querySelectorAll('table.projects-table tbody tr').length,
        summary: document.querySelector('[data-testid="summary"]')?.textContent ?? '',
      };
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-filters-pending'] });`,
  });
  const cdp = await context.newCDPSession(page);
  // A phone's CPU: hydration then takes long enough for rows shown too early to be seen.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const pages: Array<[string, string]> = [
    ['projects/?year=2008', '14 / 47 hanketta'],
    ['sv/projects/?year=2009&province=pirkanmaa', '7 av 47 projekt'],
  ];
  for (const [path, summaryStart] of pages) {
    await open(page, path);
    const atReady = await page.evaluate(
      () => (window as unknown as { __atReady: { rows: number; summary: string } }).__atReady,
    );
    assert.ok(normal(atReady.summary).startsWith(summaryStart), `${path}: ${atReady.summary}`);
    assert.equal(atReady.rows, Number(summaryStart.split(' ')[0]), path);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('language switch changes labels, number formats and <html lang>', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, `projects/?year=2008`);
  await page.getByTestId('summary').waitFor();
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}sv/projects/`);
  assert.equal(
    await summary(page),
    '14 av 47 projekt · kända kostnader sammanlagt 9 978 150 € (varje projekt i sin helhet) · kostnadsuppgift saknas för 3 projekt',
  );
  assert.ok(await page.getByRole('link', { name: 'Karta' }).isVisible());
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(
    await summary(page),
    '14 of 47 projects · known costs total €9,978,150 (each project in full) · 3 projects have no cost stated',
  );
  assert.match(
    normal(await page.locator('table.projects-table tbody tr').first().textContent()),
    /Services for children|Promoting wellbeing|older people|service structures/,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CSV download is what Finnish Excel expects', async () => {
  const { context, page, problems } = await watchedPage(shared.browser, { acceptDownloads: true });
  await open(page, `projects/?year=2008`);
  await page.getByTestId('summary').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa CSV' }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  assert.equal(lines[0]!.split(';')[1], 'hanke');
  assert.equal(lines.length, 16);
  assert.ok(
    lines.includes(
      '2008-proomu-hanke;Proomu-hanke;fi;2008;Lasten, nuorten ja perheiden palvelut;Heinola;stated;Päijät-Häme;180100;;;minutes-2008:108-110',
    ),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a project has its own page with its detail panel open; closing it goes to the projects page', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'projects/2008-proomu-hanke/');
  assert.equal(await page.title(), 'Proomu-hanke – Hankkeet – Kaste Väli-Suomi');
  const panel = page.getByRole('complementary');
  await panel.waitFor();
  assert.match(normal(await panel.textContent()), /Proomu-hanke.*180 100 €.*rivit 108–110/s);
  await panel.getByRole('button', { name: 'Sulje' }).click();
  await page.waitForURL((url) => url.pathname === `${BASE_PATH}projects/`);
  assert.deepEqual(problems, []);
  await context.close();
});
