import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { BASE_URL, WCAG_TAGS, axe, open, screenshot, sharedBrowser, watchedPage, LANG_WIDTHS } from './browser.ts';

const shared = sharedBrowser();
const normal = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const LANGS = {
  fi: {
    path: '',
    summed: 'Vuoden 2008 kustannukset, rivien summa',
    open: 'Näin luku muodostuu',
    total: 'Yhteensä 9 978 150 €',
    noCost: 'ei kustannustietoa',
    onlyStated: 'Vain asiakirjassa mainitut tiedot',
    badge: 'Mainittu asiakirjassa',
    uncertainChip: 'Peruste: epävarma',
    bars: 'Palkkien laskelmat',
    provinceBar: 'Pohjanmaa, 2008: 4',
    sums: 'Näin summat muodostuvat',
    municipality: 'Hämeenlinna: 1 113 333 €',
  },
  sv: {
    path: 'sv/',
    summed: 'Kostnader 2008, summan av raderna',
    open: 'Så räknas talet ut',
    total: 'Totalt 9 978 150 €',
    noCost: 'ingen kostnadsuppgift',
    onlyStated: 'Endast uppgifter som anges i dokument',
    badge: 'Anges i dokument',
    uncertainChip: 'Grund: osäker',
    bars: 'Staplarnas uträkningar',
    provinceBar: 'Österbotten, 2008: 4',
    sums: 'Så räknas summorna ut',
    municipality: 'Tavastehus: 1 113 333 €',
  },
} as const;

async function axeOn(page: Page, selector: string) {
  const result = await axe(page).include(selector).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
}

for (const [lang, s] of Object.entries(LANGS)) {
  test(`${lang}: a key figure's explanation lists the rows it adds, their source lines and the rows left out`, async () => {
    for (const width of [1366, 390]) {
      const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width, height: 900 } });
      // The prerendered page already holds the disclosure, so it opens without JavaScript.
      const html = await (await page.request.get(`${BASE_URL}${s.path}`)).text();
      assert.match(html, /<details class="explain"/);
      await open(page, s.path);
      const card = page.locator('.key-figures > div').filter({ has: page.getByText(s.summed, { exact: true }) });
      const summary = card.locator('details.explain > summary');
      assert.match(normal(await summary.textContent()), new RegExp(`^${s.open}: ${s.summed}$`));
      await summary.click();
      const panel = card.locator('details.explain[open]');
      await panel.waitFor();
      const rows = panel.locator('tbody tr');
      assert.equal(await rows.count(), 11);
      assert.match(
        normal(await rows.nth(0).innerText()),
        /^Hyvinvoiva Väli-Suomi .* (Pöytäkirja|Protokoll) 2008, (rivi|rad) 94 3 000 000 €$/,
      );
      assert.equal(normal(await panel.locator('tfoot tr').innerText()), s.total);
      assert.equal(await panel.getByText(new RegExp(`: ${s.noCost}$`)).count(), 3);
      assert.match(normal(await panel.textContent()), /9 528 150 €/);
      await axeOn(page, '.key-figures details.explain[open]');
      await screenshot(page, `explain-key-figure-${lang}-${width}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test(`${lang}: only stated figures: the evidence filter keeps 41 rows, each with its badge, and is in the URL`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width: 1366, height: 900 } });
    await open(page, `${s.path}projects/`);
    await page.getByRole('checkbox', { name: `${s.onlyStated} (41)` }).check();
    await page.waitForFunction(() => location.search.includes('evidence=stated'));
    const rows = page.locator('table.projects-table tbody tr[data-project]');
    assert.equal(await rows.count(), 41);
    const badges = await page
      .locator('table.projects-table td[data-column="sources"] .evidence-badge')
      .allTextContents();
    assert.equal(badges.length, 41);
    assert.deepEqual([...new Set(badges.map(normal))], [`✓ ${s.badge}`]);
    // The address reproduces the filter.
    await open(page, `${s.path}projects/?evidence=uncertain`);
    // The query's filters apply right after hydration; wait for the table to follow them.
    await page.getByRole('button', { name: new RegExp(`${s.uncertainChip}$`) }).waitFor();
    assert.equal(await rows.count(), 4);
    await rows.first().locator('th a').click();
    const evidence = page.getByTestId('evidence-table');
    await evidence.waitFor();
    await axeOn(page, '.detail-panel');
    await screenshot(page, `explain-evidence-${lang}-1366`);
    await page.setViewportSize({ width: 390, height: 900 });
    await axeOn(page, '.detail-panel');
    await screenshot(page, `explain-evidence-${lang}-390`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** Opens a chart's list of explanations and, in it, the one under `label`; returns its opened panel. */
async function openExplanation(page: Page, chart: string, list: string, label: string) {
  const figure = page.locator(`figure[data-chart-id="${chart}"]`);
  await figure.locator('details.explain-list > summary', { hasText: list }).click();
  const item = figure.locator('details.explain-list li').filter({ has: page.getByText(label, { exact: true }) });
  await item.locator('details.explain > summary').click();
  const panel = item.locator('details.explain[open]');
  await panel.waitFor();
  return panel;
}

for (const [lang, s] of Object.entries(LANGS)) {
  test(`${lang}: a comparison bar's count and a map municipality's cost open their arithmetic`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width: 1366, height: 900 } });
    await open(page, `${s.path}compare/`);
    const bar = await openExplanation(page, 'projects-per-province', s.bars, s.provinceBar);
    const barRows = bar.locator('tbody tr');
    assert.equal(await barRows.count(), 4);
    assert.match(
      normal(await barRows.nth(0).innerText()),
      /^Hyvinvoiva Väli-Suomi .* (Pöytäkirja|Protokoll) 2008, (rivit|rader) 92–94 1$/,
    );
    assert.equal(normal(await bar.locator('tfoot tr').innerText()), s.total.replace('9 978 150 €', '4'));
    await axeOn(page, 'figure[data-chart-id="projects-per-province"] details.explain[open]');
    await screenshot(page, `explain-compare-${lang}-1366`);

    await open(page, `${s.path}map/?layer=cost`);
    const cost = await openExplanation(page, 'map-cost', s.sums, s.municipality);
    const costRows = cost.locator('tbody tr');
    assert.equal(await costRows.count(), 3);
    assert.match(
      normal(await costRows.nth(1).innerText()),
      /^Kanta-Hämeen .* (Pöytäkirja|Protokoll) 2008, (rivi|rad) 134 333 333 € ?1 000 000 € × 1\/3$/,
    );
    assert.equal(normal(await cost.locator('tfoot tr').innerText()), s.total.replace('9 978 150', '1 113 333'));
    await axeOn(page, 'figure[data-chart-id="map-cost"] details.explain[open]');
    await screenshot(page, `explain-map-cost-${lang}-1366`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** The quality notes beside a figure (ui/ExplainNumber FigureNotes), by their ids. */
const notesBeside = (scope: import('playwright-core').Locator) =>
  scope
    .locator('[data-testid=figure-notes] li[data-note]')
    .evaluateAll((all) => all.map((li) => li.getAttribute('data-note')));

for (const [lang, width] of LANG_WIDTHS) {
  const s = LANGS[lang];
  test(`${lang} ${width} px: a figure carries the quality notes that bear on it, beside it and in its explanation, as the sources page says`, async () => {
    const phone = width < 600;
    const { context, page, problems } = await watchedPage(shared.browser, {
      viewport: { width, height: 900 },
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    const examples = lang === 'fi' ? /Vuoden 2009 hankkeet ovat esimerkkejä/ : /Projekten för 2009 är exempel/;
    await open(page, s.path);
    // The key figure "30 (2009)": the 2009 plan lists examples, not every project.
    const projects = page.locator('[data-testid=key-figures] > div').nth(2);
    assert.match(normal(await projects.locator('dd').first().innerText()), /30 \(2009\)/);
    assert.deepEqual(await notesBeside(projects), ['list-examples-2009']);
    const beside = projects.locator('li[data-note="list-examples-2009"]');
    assert.equal(await beside.isVisible(), true);
    assert.match(normal(await beside.innerText()), examples);
    const explain = projects.locator('details.explain').nth(1);
    await explain.locator('summary').click();
    assert.match(normal(await explain.locator('.explain-panel').innerText()), examples);
    await screenshot(page, `figure-notes-key-${lang}-${width}`);

    // The map's LasSe count (58 + 1) and the document's own, conflicting "60".
    await open(page, `${s.path}map/?layer=lasse`);
    const figure = page.locator('figure[data-chart-id="map-lasse"]');
    const lasse = await notesBeside(figure);
    for (const id of ['count-mismatch-lasse-participants-later-line-55', 'lasse-size-classes'])
      assert.ok(lasse.includes(id), `${id} in ${lasse.join(', ')}`);
    assert.match(
      normal(await figure.locator('li[data-note="count-mismatch-lasse-participants-later-line-55"]').innerText()),
      lang === 'fi' ? /^Teksti ilmoittaa 60 .*59\. Lähteet ja laatu$/ : /^Texten anger 60 .*59\. Källor och kvalitet$/,
    );

    // The sources page names the same figures at the note, by the same rule.
    await open(page, `${s.path}sources/`);
    const note = page.locator('#quality-list-examples-2009 .quality-figures');
    assert.match(
      normal(await note.innerText()),
      lang === 'fi' ? /suunnitelman hankemäärä, hankemäärät/ : /planens antal projekt, antal projekt/,
    );
    assert.match(
      normal(
        await page.locator('#quality-count-mismatch-lasse-participants-later-line-55 .quality-figures').innerText(),
      ),
      lang === 'fi' ? /LasSe-kunnat kartalla/ : /LasSe-kommunerna på kartan/,
    );
    assert.equal(
      await page.locator('#quality-lost-hyphen-stm-presentation-16-hyvinvointija .quality-figures').count(),
      0,
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
}
