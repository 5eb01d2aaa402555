import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();

const normal = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

test('clicking a bar in the cost chart filters the table, and the projects view keeps the filter', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await page.goto(`${BASE_URL}?view=overview`);
  const chart = page.getByRole('figure', { name: 'Kustannukset painopistealueittain 2008' });
  await chart.locator('.recharts-bar-rectangle path').first().waitFor();
  // The first bar segment belongs to the first area, "Hyvinvoinnin ja terveyden edistäminen".
  await chart.locator('.recharts-bar-rectangle path').first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'plan-2008-1');
  assert.equal(normal(await page.getByTestId('filtered-summary').textContent()), '3 / 47 hanketta · tunnetut kustannukset yhteensä 3 700 000 € · kustannustieto puuttuu 1 hankkeelta');
  assert.equal(await page.locator('.filtered-projects table.projects-table tbody tr').count(), 3);
  await page.getByRole('navigation').getByRole('link', { name: 'Hankkeet' }).click();
  assert.match(normal(await page.getByTestId('summary').textContent()), /^3 \/ 47 hanketta/);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const geometry of ['tiles', 'boundaries'] as const) {
  test(`clicking a municipality on the map (${geometry}) filters the table; a second click clears it`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await page.goto(`${BASE_URL}?view=map&layer=cost${geometry === 'boundaries' ? '&geo=boundaries' : ''}`);
    const tampere = page.locator('g.municipality[data-code="837"]');
    await tampere.waitFor();
    if (geometry === 'boundaries') {
      // Real borders: the path is a projected polygon, and the attribution is shown with it.
      assert.match((await tampere.locator('path').getAttribute('d')) ?? '', /^M[\d.-]+,[\d.-]+L/);
      await page.getByText('Kuntarajat: © Maanmittauslaitos, kuntajako 2013 (CC BY 4.0).').first().waitFor();
    }
    assert.equal(await page.locator('g.municipality').count(), 88);
    await tampere.hover();
    assert.match(normal(await page.getByRole('tooltip').textContent()), /Tampere \(Tammerfors\).*Pirkanmaa.*Tampere-Orivesi yhteistoiminta-alue.*600 000 €/);
    await tampere.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kunta') === '837');
    assert.equal(normal(await page.getByTestId('filtered-summary').textContent()), '10 / 47 hanketta · tunnetut kustannukset yhteensä 950 000 € · kustannustieto puuttuu 8 hankkeelta');
    assert.equal(await tampere.getAttribute('aria-pressed'), 'true');
    await page.locator('.selected-outline').waitFor();
    await tampere.click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kunta'));
    assert.deepEqual(problems, []);
    await context.close();
  });
}
