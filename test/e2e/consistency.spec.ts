import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { open, pagePath, screenshot, sharedBrowser, watchedPage, LANG_WIDTHS } from './browser.ts';

const shared = sharedBrowser();
const normal = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The table alternative of a chart, as [row header, cells…] rows. */
async function chartTable(page: Page, chartId: string): Promise<string[][]> {
  const figure = page.locator(`figure[data-chart-id="${chartId}"]`);
  await figure.getByRole('button', { name: /^(Näytä taulukkona|Visa som tabell|Show as table)$/ }).click();
  const rows = figure.locator('table.chart-table tbody tr');
  await rows.first().waitFor();
  return Promise.all(
    (await rows.all()).map(async (r) => (await r.locator('th, td').allTextContents()).map((c) => normal(c))),
  );
}

/** The projects summary once the query's filters apply (after hydration; until then it counts all 47). */
async function filteredSummary(page: Page, testId = 'summary'): Promise<string> {
  await page.waitForFunction(
    (id) => !/^47 /.test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '47 '),
    testId,
  );
  return normal(await page.getByTestId(testId).textContent());
}

const row = (table: string[][], name: RegExp) => {
  const hit = table.find((r) => name.test(r[0]!));
  assert.ok(hit, `no row ${name} in ${JSON.stringify(table.map((r) => r[0]))}`);
  return hit;
};

const words = {
  fi: {
    pirkanmaa: 'Pirkanmaa',
    lahti: 'Lahti',
    paijatHame: 'Päijät-Häme',
    full: '(jokainen hanke kokonaan)',
    fromProvince: 'hallinnoijan kotimaakunta Pirkanmaa: 600 000 €',
    fromLahti: 'hallinnoijan kotipaikka Lahti: 4 968 050 €',
    no2009: '30 / 47 hanketta · ei kustannustietoja',
    continuing:
      '3 vuoden 2008 suunnitelman hanketta jatkuu vuoden 2009 suunnitelmassa. Lisäksi 1 suunnitelmien ulkopuolinen hanke jatkuu vuoden 2009 suunnitelmassa.',
    homeRule: 'Laskentatapa: hallinnoijan kotipaikan mukaan, usean hallinnoijan kustannus jaettu tasan',
  },
  sv: {
    pirkanmaa: 'Birkaland',
    lahti: 'Lahtis',
    paijatHame: 'Päijänne-Tavastland',
    full: '(varje projekt i sin helhet)',
    fromProvince: 'huvudmän med hemort i Birkaland: 600 000 €',
    fromLahti: 'huvudmän med Lahtis som hemort: 4 968 050 €',
    no2009: '30 av 47 projekt · inga kostnadsuppgifter',
    continuing:
      '3 projekt i 2008 års plan fortsätter i 2009 års plan. Dessutom fortsätter 1 projekt utanför planerna i 2009 års plan.',
    homeRule: 'Beräkningssätt: enligt huvudmannens hemort, kostnaden för flera huvudmän fördelad lika mellan dem',
  },
} as const;

for (const lang of ['fi', 'sv'] as const) {
  const w = words[lang];

  test(`${lang}: a province's 2008 cost is the same figure on the overview, the map and the projects list`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    const query = '?year=2008&province=pirkanmaa';
    await open(page, pagePath('overview', lang, query));
    const provinces = await chartTable(page, 'cost-by-province');
    assert.equal(row(provinces, new RegExp(`^${w.pirkanmaa}`))[1], '600 000 €');
    assert.equal(
      normal(await page.locator('figure[data-chart-id="cost-by-province"] .counting-rule').textContent()),
      w.homeRule,
    );
    await screenshot(page, `consistency-overview-${lang}`);

    await open(page, pagePath('map', lang, `${query}&layer=cost&zoom=pirkanmaa`));
    const mapSummary = page.locator('figure[data-chart-id="map-cost"] .chart-summary');
    // The query's zoom applies after hydration; until then the summary speaks of the whole area.
    await mapSummary.filter({ hasText: `${w.pirkanmaa}:` }).waitFor();
    const summary = normal(await mapSummary.textContent());
    assert.match(summary, new RegExp(`^${w.pirkanmaa}: .*600 000 €`));
    // Zoomed to Pirkanmaa, the map names no municipality of another province as its largest.
    assert.doesNotMatch(summary, new RegExp(`\\b${w.lahti}\\b`));
    assert.equal(
      normal(await page.locator('figure[data-chart-id="map-cost"] .counting-rule').textContent()),
      w.homeRule,
    );
    await screenshot(page, `consistency-map-${lang}`);

    await open(page, pagePath('projects', lang, query));
    const list = await filteredSummary(page);
    assert.ok(list.includes(`3 950 000 € ${w.full}`), list);
    assert.ok(list.includes(w.fromProvince), list);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${lang}: a municipality's 2008 cost is the same on the overview, the map and the projects list`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    const query = '?year=2008&kunta=398';
    await open(page, pagePath('overview', lang, query));
    assert.equal(row(await chartTable(page, 'cost-by-province'), new RegExp(`^${w.paijatHame}`))[1], '4 968 050 €');
    assert.ok((await filteredSummary(page, 'filtered-summary')).includes(w.fromLahti));

    await open(page, pagePath('map', lang, `${query}&layer=cost`));
    const lahti = row(await chartTable(page, 'map-cost'), new RegExp(`^${w.lahti}$`));
    assert.equal(lahti.at(-1), '4 968 050 €');

    await open(page, pagePath('projects', lang, query));
    assert.ok((await filteredSummary(page)).includes(w.fromLahti));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${lang}: the 2009 plan has no cost data, not 0 €, and the continuing projects are counted by plan`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, pagePath('projects', lang, '?year=2009'));
    assert.equal(await filteredSummary(page), w.no2009);
    await open(page, pagePath('compare', lang));
    assert.equal(normal(await page.getByTestId('continuing-summary').textContent()), w.continuing);
    assert.equal(await page.locator('[data-testid="continuing"] tbody tr').count(), 4);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('sv: a project page shows the translated goals, methods and roles, not the Finnish, and no English labels', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const details = JSON.parse(readFileSync('public/data/details.json', 'utf8')) as Array<{
    projectId: string;
    goals: Array<{ text: string; translation?: { sv: string } }>;
    methods: Array<{ text: string; translation?: { sv: string } }>;
    staffing: Array<{ role: string; roleTranslation?: { sv: string } }>;
  }>;
  for (const id of ['vaasan-perhekeskus', 'lasse-lastensuojelutarpeen-selvityksen']) {
    const detail = details.find((d) => d.projectId.startsWith(id))!;
    await open(page, `sv/projects/${detail.projectId}/`);
    const facts = page.locator('.project-facts');
    await facts.waitFor();
    const text = normal(await facts.textContent());
    const phrases = [
      ...detail.goals.map((g) => [g.text, g.translation?.sv]),
      ...detail.methods.map((m) => [m.text, m.translation?.sv]),
      ...detail.staffing.map((s) => [s.role, s.roleTranslation?.sv]),
    ];
    assert.ok(phrases.length > 4);
    for (const [fi, sv] of phrases) {
      assert.ok(sv, `no Swedish for "${fi}"`);
      assert.ok(text.includes(normal(sv)), sv);
      // A role such as "projektikoordinaattori" is a word of its own; a goal is a phrase.
      assert.doesNotMatch(
        text,
        new RegExp(`(^|[^\\p{L}])${fi!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'),
      );
    }
    await screenshot(page, `consistency-project-${id}-sv`);
  }
  for (const path of ['sv/compare/', 'sv/']) {
    await open(page, path);
    const labels = await page
      .locator('[aria-label]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
    assert.ok(labels.length > 0);
    for (const label of labels) assert.doesNotMatch(label, /legend icon|\bchart\b|\bicon\b/i, label);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

const ONE_ANSWER = {
  fi: {
    mapSummary: /eniten kunnasta Tampere \(9 hanketta\)/,
    differs: /^Kartta laskee vain vuoden 2008 ja 2009 suunnitelmien hankkeet; .* 1 hanke niiden ulkopuolelta/,
    chip: 'Toimii maakunnassa: Pirkanmaa',
    provinceNote: /^Maakuntasuodatin valitsee hankkeet, jotka toimivat maakunnassa Pirkanmaa; .*hallinnoijan/,
    noCost: 'ei kustannustietoja',
  },
  sv: {
    mapSummary: /Tammerfors \(9 projekt\)/,
    differs: /^Kartan räknar bara projekten i planerna för 2008 och 2009; .* 1 projekt utanför dem/,
    chip: 'Verksam i landskapet: Birkaland',
    provinceNote: /^Landskapsfiltret väljer projekt som är verksamma i Birkaland; .*huvudman/,
    noCost: 'inga kostnadsuppgifter',
  },
};

for (const [lang, width] of LANG_WIDTHS) {
  test(`${lang} ${width} px: where two counts of one selection are seen, the page names why they differ, and a chip says what its filter means`, async () => {
    const w = ONE_ANSWER[lang];
    const { context, page, problems } = await watchedPage(shared.browser, {
      viewport: { width, height: 900 },
      ...(width < 600 ? { isMobile: true, hasTouch: true } : {}),
    });
    // The map counts the plan years' projects administered from Tampere (9); the list under it all of them (10).
    await open(page, pagePath('map', lang, '?layer=projects&kunta=837'));
    const figure = page.locator('figure[data-chart-id="map-projects"]');
    assert.match(normal(await figure.locator('.chart-summary').innerText()), w.mapSummary);
    assert.match(normal(await page.getByTestId('filtered-summary').innerText()), /^10 (\/|av) 47 /);
    const differs = figure.getByTestId('map-list-differs');
    assert.equal(await differs.isVisible(), true);
    assert.match(normal(await differs.innerText()), w.differs);
    await screenshot(page, `one-answer-map-${lang}-${width}`);
    // Without a filter no list is under the map, so nothing to reconcile.
    await open(page, pagePath('map', lang, '?layer=projects'));
    assert.equal(await page.getByTestId('map-list-differs').count(), 0);

    // "Working in" a province, while the charts group costs by the administrator's home.
    await open(page, pagePath('overview', lang, '?province=pirkanmaa'));
    assert.deepEqual(
      (await page.locator('.chip').allInnerTexts()).map((c) => normal(c).replace(/ ×$/, '')),
      [w.chip],
    );
    assert.match(normal(await page.getByTestId('province-filter-note').innerText()), w.provinceNote);
    // The charts' counting-rule phrase fits the screen.
    const rule = await page.locator('figure[data-chart-id="cost-by-province"] .counting-rule').boundingBox();
    assert.ok(rule && rule.x >= 0 && rule.x + rule.width <= width, `rule phrase off screen: ${JSON.stringify(rule)}`);

    // A selection without any stated cost says so once, not again for its province.
    await open(page, pagePath('projects', lang, '?province=paijat-hame&year=2009'));
    const summary = normal(await page.getByTestId('summary').innerText());
    assert.equal(summary.split(w.noCost).length - 1, 1, summary);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
