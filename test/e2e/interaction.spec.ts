import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_PATH,
  BASE_URL,
  HAS_BOUNDARIES,
  NO_BOUNDARIES_REASON,
  open,
  sharedBrowser,
  takeOverChart,
  watchedPage,
} from './browser.ts';

const shared = sharedBrowser();

const normal = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('clicking a bar in the cost chart filters the table, and the projects view keeps the filter', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const html = await (await fetch(BASE_URL)).text();
  const prerendered = html.match(/data-chart-id="cost-by-area".*?<svg[^>]*class="chart-if-wide"[^>]*height="(\d+)"/s);
  assert.ok(prerendered, 'the prerendered page draws the chart');
  await open(page, '');
  const chart = page.getByRole('figure', { name: 'Kustannukset painopistealueittain 2008' });
  // The first bar segment belongs to the first area, "Hyvinvoinnin ja terveyden edistäminen": a segment per
  // project, whichever drawing is there.
  const bars = chart.locator('svg[data-chart] rect.chart-bar, .recharts-bar-rectangle path');
  await bars.first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'plan-2008-1');
  assert.equal(
    normal(await page.getByTestId('filtered-summary').textContent()),
    '3 / 47 hanketta · tunnetut kustannukset yhteensä 3 700 000 € (jokainen hanke kokonaan) · kustannustieto puuttuu 1 hankkeelta',
  );
  // The table under the chart loads its code when something is filtered: wait for its rows, then count them.
  const rows = page.locator('.filtered-projects table.projects-table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 3);
  // A mouse over the chart brings Recharts' drawing, at the height of the prerendered one (the filtered chart keeps
  // its four areas' rows), with its tooltip.
  const { surface, tooltip } = await takeOverChart(chart);
  assert.ok(scripts.some((s) => /InteractiveBarChart/.test(s)));
  assert.equal((await surface.boundingBox())?.height, Number(prerendered[1]));
  assert.match(normal(await tooltip.textContent()), /^Hyvinvoinnin ja terveyden edistäminen.*Yhteensä: 3 700 000 €/);
  assert.equal(await chart.locator('svg[data-chart]').count(), 0);
  await page.getByRole('navigation').getByRole('link', { name: 'Hankkeet' }).click();
  assert.match(normal(await page.getByTestId('summary').textContent()), /^3 \/ 47 hanketta/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a touch screen the chart stays the static drawing, and a tap on a bar filters', async () => {
  const { context, page, problems } = await watchedPage(shared.browser, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  await open(page, '');
  const chart = page.getByRole('figure', { name: 'Kustannukset painopistealueittain 2008' });
  await chart.locator('svg[data-chart] rect.chart-bar').first().tap();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'plan-2008-1');
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('svg.recharts-surface').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const geometry of ['tiles', 'boundaries'] as const) {
  test(
    `clicking a municipality on the map (${geometry}) filters the table; a second click clears it`,
    { skip: geometry === 'boundaries' && !HAS_BOUNDARIES && NO_BOUNDARIES_REASON },
    async () => {
      const { context, page, problems } = await watchedPage(shared.browser);
      await open(page, `map/?layer=cost${geometry === 'boundaries' ? '&geo=boundaries' : ''}`);
      const tampere = page.locator('g.municipality[data-code="837"]');
      await tampere.waitFor();
      if (geometry === 'boundaries') {
        // Real borders: the path is a projected polygon, and the attribution is shown with it.
        assert.match((await tampere.locator('path').getAttribute('d')) ?? '', /^M[\d.-]+,[\d.-]+L/);
        await page.getByText('Kuntarajat: © Maanmittauslaitos, kuntajako 2013 (CC BY 4.0).').first().waitFor();
      }
      assert.equal(await page.locator('g.municipality').count(), 88);
      await tampere.hover();
      assert.match(
        normal(await page.getByRole('tooltip').textContent()),
        /Tampere \(Tammerfors\).*Pirkanmaa.*Tampere-Orivesi yhteistoiminta-alue.*600 000 €/,
      );
      await tampere.click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('kunta') === '837');
      assert.equal(
        normal(await page.getByTestId('filtered-summary').textContent()),
        '10 / 47 hanketta · tunnetut kustannukset yhteensä 950 000 € (jokainen hanke kokonaan) · kustannustieto puuttuu 8 hankkeelta · hallinnoijan kotipaikka Tampere: 600 000 € (hallinnoijan kotipaikan mukaan, usean hallinnoijan kustannus jaettu tasan)',
      );
      assert.equal(await tampere.getAttribute('aria-pressed'), 'true');
      await page.locator('.selected-outline').waitFor();
      await tampere.click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('kunta'));
      assert.deepEqual(problems, []);
      await context.close();
    },
  );
}

test('project links keep the language and filters; a plain click opens in place, ctrl-click opens a new tab', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'sv/sources/?year=2008');
  const link = page.locator('.quality-item a[href*="/projects/"]').first();
  await link.waitFor();
  const href = (await link.getAttribute('href'))!;
  const target = new URL(href, page.url());
  assert.match(target.pathname, new RegExp(`^${BASE_PATH}sv/projects/[a-z0-9-]+/$`));
  assert.equal(target.searchParams.get('year'), '2008');
  const address = (url: string) => `${new URL(url).pathname}${new URL(url).search}`;

  const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  assert.equal(address(tab.url()), href.split('#')[0]);
  assert.equal(
    new URL(page.url()).pathname,
    `${BASE_PATH}sv/sources/`,
    'the modifier click leaves this tab where it was',
  );
  await tab.close();

  await link.click();
  await page.locator('.detail-panel').waitFor();
  assert.equal(address(page.url()), href.split('#')[0]);
  await page.goBack();
  await page.locator('.quality-item').first().waitFor();
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}sv/sources/`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the column chooser hides a column, the URL remembers it, and the colour scheme survives a reload', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'projects/');
  await page.locator('details.column-chooser summary').click();
  await page.getByRole('checkbox', { name: 'Maakunta' }).uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('hide') === 'provinces');
  assert.equal(await page.getByRole('columnheader', { name: /Maakunta/ }).count(), 0);
  await page.locator('.scheme-select select').selectOption('dark');
  await page.reload();
  await page.locator('html[data-ready]').waitFor();
  assert.equal(await page.getByRole('columnheader', { name: /Maakunta/ }).count(), 0);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.deepEqual(problems, []);
  await context.close();
});
