import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BASE_PATH, BASE_URL, open, pageAddress, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();
const dist = join(process.cwd(), 'dist/data');
const pkg = JSON.parse(readFileSync(join(dist, 'datapackage.json'), 'utf8')) as { version: string; created: string };
const releases = JSON.parse(readFileSync(join(dist, 'releases.json'), 'utf8')) as {
  releases: Array<{ version: string; changes: Array<{ kind: string; id: string }> }>;
};
const sources = JSON.parse(readFileSync(join(dist, 'sources.json'), 'utf8')) as Array<{
  id: string;
  file: string;
  sha256: string;
  bytes: number;
}>;
const projects = JSON.parse(readFileSync(join(dist, 'projects.json'), 'utf8')) as Array<{
  id: string;
  sources: Array<{ excerpt?: string }>;
}>;
/** A date as Finnish and Swedish write it: 3.12.2026. */
const dayOf = (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
const normal = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function copiedCitation(page: Page, summary: string, scope = page.locator('body')): Promise<string> {
  const details = scope.locator('details.cite', { has: page.getByText(summary, { exact: true }) }).first();
  await details.locator('summary').click();
  const shown = normal(await details.getByTestId('citation').textContent());
  await details.getByRole('button').click();
  await details.getByRole('status').filter({ hasText: /./ }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(normal(copied), shown, 'the clipboard holds the citation the page shows');
  return copied;
}

for (const lang of ['fi', 'sv'] as const) {
  const fi = lang === 'fi';
  const prefix = fi ? '' : 'sv/';

  test(`cite (${lang}): the page and a chart copy a citation with title, release, version, day viewed and the filtered address`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await open(page, `${prefix}?theme=plan-2008-2`);
    const pageCitation = await copiedCitation(page, fi ? 'Viittaa sivuun' : 'Citera sidan');
    assert.ok(pageCitation.startsWith(`Kaste Väli-Suomi – `), pageCitation);
    assert.ok(pageCitation.includes(fi ? ': Yleiskuva.' : ': Översikt.'), pageCitation);
    assert.ok(pageCitation.includes(fi ? `versio ${pkg.version}` : `version ${pkg.version}`), pageCitation);
    const compiled = dayOf(new Date(pkg.created));
    assert.ok(pageCitation.includes(`${fi ? 'Aineisto koottu' : 'Materialet sammanställt'} ${compiled}`), pageCitation);
    assert.ok(pageCitation.includes(`${fi ? 'Viitattu' : 'Läst'} ${dayOf(new Date())}.`), pageCitation);
    // The cited address pins the release it names, so it shows the same figures later.
    const cited = `${page.url()}&release=${pkg.version}`;
    assert.ok(pageCitation.endsWith(cited) && page.url().endsWith('?theme=plan-2008-2'), pageCitation);

    const chart = page.locator('figure.chart').first();
    const title = normal(await chart.locator('h2').textContent());
    const chartCitation = await copiedCitation(page, fi ? 'Viittaa kuvioon' : 'Citera figuren', chart);
    assert.ok(chartCitation.includes(` – ${title}.`), chartCitation);
    assert.ok(chartCitation.endsWith(cited));
    const keyFigures = await copiedCitation(page, fi ? 'Viittaa kuvioon' : 'Citera figuren', page.locator('main'));
    assert.ok(keyFigures.includes(fi ? ' – Tunnusluvut.' : ' – Nyckeltal.'), keyFigures);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`report a problem (${lang}): a project's and a note's link open the issue form naming page, id, figure and source lines`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, `${prefix}projects/2008-proomu-hanke/?year=2008`);
    const panel = page.locator('aside.detail-panel');
    const link = panel.getByRole('link', { name: fi ? 'Ilmoita virheestä' : 'Anmäl ett fel' });
    // The prerendered link names the page's path; once hydrated it names the whole address with its filters.
    await page.waitForFunction(
      (url) =>
        [...document.querySelectorAll<HTMLAnchorElement>('aside.detail-panel a[href*="/issues/new"]')].some((a) =>
          (new URL(a.href).searchParams.get('body') ?? '').includes(url),
        ),
      page.url(),
    );
    const href = new URL((await link.getAttribute('href'))!);
    assert.equal(`${href.origin}${href.pathname}`, 'https://github.com/example/kaste-dashboard/issues/new');
    assert.match(href.searchParams.get('title')!, /\(2008-proomu-hanke\)$/);
    const body = href.searchParams.get('body')!;
    assert.ok(body.includes(`${fi ? 'Sivu' : 'Sida'}: ${page.url()}`), body);
    assert.ok(body.includes(`${fi ? 'Hanke' : 'Projekt'}: 2008-proomu-hanke – Proomu-hanke`), body);
    assert.match(body, fi ? /\nLuku: Kustannus: 180\s100\s€\n/ : /\nUppgift: Kostnad: 180\s100\s€\n/);
    assert.match(
      body,
      new RegExp(`${fi ? 'Lähderivit' : 'Källrader'}:\\n- 000_34c4f4e8cbac8681\\.txt, ${fi ? 'rivi' : 'rad'}`),
    );
    assert.ok(body.includes('Proomu'), 'the source line quotes the row');

    await open(page, `${prefix}sources/`);
    const note = page.locator('li.quality-item').first();
    const noteHref = new URL(
      (await note.getByRole('link', { name: fi ? 'Ilmoita virheestä' : 'Anmäl ett fel' }).getAttribute('href'))!,
    );
    const noteId = (await note.getAttribute('id'))!.replace(/^quality-/, '');
    assert.ok(noteHref.searchParams.get('title')!.includes(noteId));
    const noteBody = noteHref.searchParams.get('body')!;
    assert.ok(noteBody.includes(`${fi ? 'Laatuhuomio' : 'Kvalitetsanmärkning'}: ${noteId} – `), noteBody);
    assert.ok(noteBody.includes(`${fi ? 'Sivu' : 'Sida'}: ${pageAddress(page)}`), noteBody);
    assert.match(noteBody, /\n- 000_34c4f4e8cbac8681\.txt, /);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`glossary (${lang}): a definition list with an id per term, reached from the footer and from a column header`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, `${prefix}projects/`);
    await page.getByTestId('summary').waitFor();
    const term = page.getByRole('link', {
      name: fi ? 'Hallinnoija – sanaston määritelmä' : 'Huvudman – definition i ordlistan',
    });
    assert.ok((await term.getAttribute('href'))!.endsWith(`${BASE_PATH}${prefix}glossary/#term-administrator`));
    await term.click();
    await page.locator('#term-administrator').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'term-administrator');
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}${prefix}glossary/`);
    const entry = normal(await page.locator('#term-administrator').textContent());
    assert.ok(entry.startsWith(fi ? 'Hallinnoija' : 'Huvudman'), entry);
    assert.ok(entry.includes(fi ? 'ruotsiksi: Huvudman' : 'på finska: Hallinnoija'), entry);
    assert.equal(await page.locator('dl.glossary-list dt[id^="term-"]').count(), 15);
    for (const id of ['kaste', 'stm', 'cooperation-area', 'joint-authority', 'competence-centre', 'hospital-district'])
      assert.equal(await page.locator(`dt#term-${id} + dd`).count(), 1, `${id} has a definition`);

    await open(page, `${prefix}`);
    await page
      .locator('footer')
      .getByRole('link', { name: fi ? 'Sanasto' : 'Ordlista' })
      .click();
    await page.getByRole('heading', { level: 1, name: fi ? 'Sanasto' : 'Ordlista' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`sources you can pin (${lang}): a row's source link opens its cited lines, marked and in view; each document's SHA-256 and size as shown are the file's`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, `${prefix}projects/`);
    const row = page.locator('table.projects-table tbody tr').first();
    const projectId = await row.getAttribute('data-project');
    const sourceLink = row.locator('td[data-column="sources"] a.source-lines');
    const label = normal(await sourceLink.textContent());
    const anchor = new URL((await sourceLink.getAttribute('href'))!, BASE_URL).hash.slice(1);
    assert.match(anchor, /^lines-minutes-2008-\d+-\d+$/);
    await sourceLink.click();
    await page.waitForURL(`${BASE_URL}${prefix}sources/#${anchor}`);
    const line = page.locator(`#${anchor}`);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, anchor);
    assert.equal(await line.evaluate((el) => el.matches(':target')), true);
    assert.equal(normal(await line.locator('strong').textContent()), label);
    // The row's own text, as the data quotes it.
    const excerpt = projects.find((p) => p.id === projectId)!.sources[0]!.excerpt!;
    assert.equal(normal(await line.locator('blockquote').first().textContent()), normal(excerpt));

    await open(page, `${prefix}sources/`);
    const rows = page.locator('table.data-table').first().locator('tbody tr');
    assert.equal(await rows.count(), sources.length);
    const seeds = join(process.cwd(), '../shared/seeds');
    for (let i = 0; i < sources.length; i++) {
      const cells = rows.nth(i).locator('td');
      const file = normal(await cells.nth(3).textContent());
      const digest = normal(await cells.nth(6).textContent());
      const bytes = Number(normal(await cells.nth(5).textContent()).replace(/\D/g, ''));
      // The document itself where it is at hand (it is outside the repository), else the published record.
      const expected = existsSync(join(seeds, file))
        ? {
            sha256: createHash('sha256')
              .update(readFileSync(join(seeds, file)))
              .digest('hex'),
            bytes: readFileSync(join(seeds, file)).length,
          }
        : sources.find((s) => s.file === file)!;
      assert.equal(digest, expected.sha256, `${file}: SHA-256`);
      assert.equal(bytes, expected.bytes, `${file}: size`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`data changelog (${lang}): every release newest first, the current one the published version`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, `${prefix}changes/`);
    const sections = page.locator('section.release');
    assert.equal(await sections.count(), releases.releases.length);
    assert.equal(await sections.first().getAttribute('data-version'), pkg.version);
    assert.ok(normal(await sections.first().textContent()).includes(fi ? 'nykyinen julkaisu' : 'aktuell utgåva'));
    assert.ok(
      normal(await sections.last().textContent()).includes(
        fi ? 'Ensimmäinen kirjattu julkaisu.' : 'Den första registrerade utgåvan.',
      ),
    );
    const noteLink = page.locator('section.release a[href*="sources/#quality-"]').first();
    await noteLink.waitFor();
    // The newest release names every published file it changed.
    const newest = releases.releases.at(-1)!.changes.filter((c) => c.kind === 'file-changed');
    assert.ok(newest.length > 0);
    for (const change of newest) assert.ok(normal(await sections.first().textContent()).includes(change.id), change.id);
    await open(page, `${prefix}data/`);
    await page
      .locator('footer')
      .getByRole('link', { name: fi ? 'Aineiston julkaisut ja muutokset' : 'Materialets utgåvor och ändringar' })
      .click();
    await page.locator('#changes-title').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('language links: without JavaScript the Swedish page is a link away from the Finnish one; with it, the switch keeps the filters in place', async () => {
  const noJs = await shared.browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${BASE_URL}projects/`);
  const svLink = plain.getByRole('link', { name: 'Svenska' });
  assert.equal(await svLink.getAttribute('hreflang'), 'sv');
  assert.equal(await svLink.getAttribute('lang'), 'sv');
  await svLink.click();
  await plain.waitForURL(`${BASE_URL}sv/projects/`);
  assert.equal(await plain.locator('html').getAttribute('lang'), 'sv');
  assert.equal(normal(await plain.locator('main h1').first().textContent()), 'Projekt');
  assert.equal(
    await plain.getByRole('link', { name: 'Suomi', exact: true }).getAttribute('href'),
    `${BASE_PATH}projects/`,
  );
  await noJs.close();

  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'projects/?year=2008');
  await page.getByTestId('summary').waitFor();
  assert.equal(
    await page.getByRole('link', { name: 'Svenska' }).getAttribute('href'),
    `${BASE_PATH}sv/projects/?year=2008`,
  );
  await page.evaluate(() => Object.assign(window, { stayed: true }));
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'no reload');
  assert.equal(page.url(), `${BASE_URL}sv/projects/?year=2008`);
  assert.equal(await page.getByRole('link', { name: 'Svenska' }).getAttribute('aria-current'), 'page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the new pages fit a desktop, and every chart’s citation opens on screen at desktop and phone width', async () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const { context, page, problems } = await watchedPage(shared.browser, { viewport });
    // At 390 px a11y.spec.ts's walk checks them, with axe.
    if (device === 'desktop')
      for (const path of ['glossary/', 'sv/glossary/', 'changes/', 'sv/changes/', 'sources/', 'sv/sources/']) {
        await open(page, path);
        await page.locator('main h1').first().waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 1, `${path} ${device}: the page scrolls sideways by ${overflow}px`);
      }
    for (const [path, summary] of [
      ['', 'Viittaa kuvioon'],
      ['sv/', 'Citera figuren'],
    ] as const) {
      await open(page, path);
      const width = viewport.width;
      for (const details of await page.locator('main details.cite', { hasText: summary }).all()) {
        await details.locator('summary').click();
        const body = await details.locator('.cite-body').boundingBox();
        const copy = await details.getByRole('button').boundingBox();
        assert.ok(
          body && body.x >= 0 && body.x + body.width <= width,
          `${path} ${device}: the citation opens on screen`,
        );
        assert.ok(
          copy && copy.x >= 0 && copy.x + copy.width <= width,
          `${path} ${device}: its copy button can be reached`,
        );
        await details.locator('summary').click();
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
