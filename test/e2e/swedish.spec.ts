import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { open, pagePath, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();
const normal = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ').trim();

test('Swedish page: names in Swedish in the table, a chart, the map and the CSV export', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'sv/projects/');
  await page.getByTestId('summary').waitFor();
  const admins = (await page.locator('td[data-column="administrators"]').allTextContents()).join(' | ');
  for (const sv of ['Vasa', 'Tammerfors', 'Tavastehus', 'Korsholm', 'Jakobstad', 'Närpes'])
    assert.match(admins, new RegExp(sv), sv);
  for (const fi of ['Vaasa', 'Tampere', 'Hämeenlinna', 'Mustasaari', 'Pietarsaari', 'Närpiö'])
    assert.doesNotMatch(admins, new RegExp(`\\b${fi}\\b`), fi);
  // The filter list and the chip say the same as the table.
  await page
    .getByRole('group', { name: 'Huvudman', exact: true })
    .getByRole('checkbox', { name: /^Vasa(?! sjukvårdsdistrikt)/ })
    .check();
  // The reader's first tick brings the app in; the chip comes once it is there.
  await page.getByRole('button', { name: 'Ta bort filtret Huvudman: Vasa' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  assert.match(csv, /;Vasa/);
  assert.doesNotMatch(csv, /;Vaasa[;,]/);

  // The detail panel keeps the source's own spelling visible.
  await open(page, 'projects/?q=korsholm');
  await page.getByTestId('summary').waitFor();
  assert.match((await page.locator('td[data-column="administrators"]').allTextContents()).join(' '), /Mustasaari/);
  await page.locator('th[data-column="name"] a').first().click();
  assert.match(normal(await page.getByRole('complementary').textContent()), /Mustasaari.*lähteessä: “?”?Korsholm/);

  await open(page, 'sv/');
  const chart = page.getByRole('figure', { name: 'Kostnader per huvudman 2008' });
  await chart.waitFor();
  const summary = normal(await chart.locator('.chart-summary').textContent());
  assert.match(summary, /^Lahtis är huvudman för de största kostnaderna .*; sammanlagt \d+ huvudmän\.$/);
  // The bars' labels; the explanations beneath them also quote project names, which stay as the documents write them.
  // The static drawing, or Recharts' in its place: the same labels.
  const bars = chart.locator('.chart-canvas > svg[data-chart]:visible, .chart-canvas .recharts-surface');
  assert.match(normal(await bars.textContent()), /Tavastehus.*Tammerfors/);
  assert.doesNotMatch(normal(await bars.textContent()), /Hämeenlinna|Tampere\b/);

  await open(page, 'sv/map/');
  const vasa = page.locator('.map-svg [data-code="905"]');
  await vasa.waitFor();
  assert.match((await vasa.getAttribute('aria-label')) ?? '', /^Vasa \(Vaasa\): Österbotten/);
  assert.equal(await vasa.locator('.map-name').textContent(), 'Vasa');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the map is one tab stop; arrow keys move between neighbours, Enter toggles, the search finds Vasa', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'map/');
  await page.locator('.map-svg [data-code]').first().waitFor();
  assert.equal(await page.locator('.map-svg [data-code][tabindex="0"]').count(), 1);
  assert.equal(await page.locator('.map-svg [data-code][tabindex="-1"]').count(), 87);
  await page.locator('.map-svg [data-code][tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
  const visited = new Set([first]);
  for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft']) {
    await page.keyboard.press(key);
    visited.add(await page.evaluate(() => document.activeElement?.getAttribute('data-code')));
  }
  assert.ok(visited.size >= 4, `arrow keys visited ${[...visited].join(', ')}`);
  const here = (await page.evaluate(() => document.activeElement?.getAttribute('data-code')))!;
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(`.map-svg [data-code="${here}"]`).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.map-svg [data-code][tabindex="0"]').count(), 1);
  // Tab leaves the map in one step.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.map-svg') === null), true);

  // With its list of names the search field is a combobox.
  await page.getByRole('combobox', { name: 'Hae kuntaa' }).fill('Vasa');
  await page.getByRole('button', { name: 'Näytä kartalla' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-code')), '905');
  assert.equal(await page.locator('.map-svg [data-code="905"]').getAttribute('aria-pressed'), 'true');
  assert.equal(normal(await page.locator('.map-search [role="status"]').textContent()), 'Vaasa on valittu kartalla.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Esc closes the detail panel and focus returns to the row that opened it; skip to results', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'projects/');
  await page.getByTestId('summary').waitFor();
  const link = page.locator('tr[data-project="2008-proomu-hanke"] th a');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('complementary').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-title');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('complementary').count(), 0);
  await page.waitForFunction(
    () => document.activeElement?.closest('tr')?.getAttribute('data-project') === '2008-proomu-hanke',
  );
  assert.doesNotMatch(page.url(), /project=/);

  await open(page, 'projects/');
  await page.getByTestId('summary').waitFor();
  await page.getByRole('link', { name: 'Siirry hakutuloksiin' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'projects-results');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the accessibility statement links its feedback channel, the supervisory authority and its dates in fi, sv and en', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'sv/accessibility/');
  await page.locator('main h1').waitFor();
  assert.equal(
    await page.getByRole('link', { name: 'Ge respons på GitHub (nytt ärende)' }).getAttribute('href'),
    'https://github.com/example/kaste-dashboard/issues/new',
  );
  assert.equal(
    await page.getByRole('link', { name: 'Skicka e-post: palaute@example.org' }).getAttribute('href'),
    'mailto:palaute@example.org',
  );
  assert.equal(await page.getByTestId('service-owner').innerText(), 'Ansvarig för tjänsten är Exempelorganisationen.');
  const languages: Array<[string, string, string, string]> = [
    ['fi', 'Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta', 'puhelinvaihde 029 534 5000', '6.12.2026'],
    [
      'sv',
      'Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen',
      'telefonväxel 029 534 5000',
      '6.12.2026',
    ],
    [
      'en',
      'Finnish Transport and Communications Agency Traficom, accessibility supervision',
      'switchboard +358 29 534 5000',
      '6 December 2026',
    ],
  ];
  for (const [lang, authority, phone, checked] of languages) {
    const web = (
      {
        fi: 'www.saavutettavuusvaatimukset.fi',
        sv: 'www.tillganglighetskrav.fi',
        en: 'www.accessibilityrequirements.fi',
      } as Record<string, string>
    )[lang]!;
    await open(page, pagePath('accessibility', lang));
    const address = page.getByTestId('supervisory-authority');
    assert.match((await address.textContent()) ?? '', new RegExp(`^${authority}`));
    const links: Array<[string, string]> = [
      [web, `https://${web}`],
      ['saavutettavuus@traficom.fi', 'mailto:saavutettavuus@traficom.fi'],
      [phone, 'tel:+358295345000'],
    ];
    for (const [name, href] of links)
      assert.equal(await address.getByRole('link', { name }).getAttribute('href'), href, `${lang}: ${name}`);
    const main = (await page.locator('main').textContent()) ?? '';
    assert.doesNotMatch(main, /aluehallintovirasto|Regionförvaltningsverket|Regional State Administrative|avi\.fi/);
    assert.match(main, /306\/2019/);
    assert.match(main, /71\/2024/);
    // Status, non-accessible content, alternatives, feedback and enforcement, each under its heading.
    assert.equal(await page.locator('main h2').count(), 5, lang);
    assert.equal(await page.locator('main li', { hasText: 'WCAG 2.1: 1.1.1, 1.4.11' }).count(), 1, lang);
    assert.equal(await page.locator('main time[datetime="2026-12-06"]').count(), 2, lang);
    assert.match(main, new RegExp(checked));
    assert.equal(await page.locator('main time[datetime="2026-11-24"]').count(), 1, lang);
    if (lang === 'sv') assert.doesNotMatch(main, /Mellersta Finland/);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
