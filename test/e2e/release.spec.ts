import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, BASE_URL, open, screenshot, sharedBrowser, watchedPage, PAIRED_WIDTH } from './browser.ts';

const shared = sharedBrowser();
const dist = join(process.cwd(), 'dist/data');
const pkg = JSON.parse(readFileSync(join(dist, 'datapackage.json'), 'utf8')) as { version: string };
const manifestOf = (version: string) =>
  JSON.parse(readFileSync(join(dist, 'releases', version, 'manifest.json'), 'utf8')) as {
    version: string;
    files: Array<{ path: string; sha256: string; href: string }>;
  };
/** An older release that today's schemas read, and one whose regions.json and sources.json they do not. */
const OLDER = '5b762de47caf';
const OLD_FORMAT = 'cef4dca37256';
const normal = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const storedUrl = (file: { sha256: string; path: string }) =>
  `${BASE_URL}data/releases/files/${file.sha256}${file.path.slice(file.path.lastIndexOf('.'))}`;

for (const lang of ['fi', 'sv'] as const) {
  const width = PAIRED_WIDTH[lang];
  const fi = lang === 'fi';
  const prefix = fi ? '' : 'sv/';

  test(`release (${lang}): a citation pins and links the release it names, and its address shows that release`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, `${prefix}projects/?year=2008`);
    const cite = page.locator('.page-bar details.cite');
    await cite.locator('summary').click();
    const text = normal(await cite.getByTestId('citation').textContent());
    const cited = `${page.url()}&release=${pkg.version}`;
    assert.ok(text.endsWith(cited), text);
    const link = cite.getByTestId('citation-release');
    assert.equal(
      normal(await link.textContent()),
      fi ? `Julkaisun ${pkg.version} tiedostot` : `Filerna i utgåva ${pkg.version}`,
    );
    const href = await link.getAttribute('href');
    assert.equal(href, `${BASE_PATH}data/releases/${pkg.version}/manifest.json`);
    const manifest = await (await page.request.get(new URL(href!, BASE_URL).href)).json();
    assert.equal(manifest.version, pkg.version);
    await open(page, cited.slice(BASE_URL.length));
    const notice = page.getByTestId('release-notice');
    assert.equal(await notice.getAttribute('data-status'), 'shown');
    assert.match(normal(await notice.textContent()), fi ? /Se on uusin julkaisu\./ : /Den är den senaste utgåvan\./);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`release (${lang}, ${width} px): an older release on the projects page shows its figures, from its own files`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (req) => fetched.push(req.url()));
    await open(page, `${prefix}projects/?year=2008&release=${OLDER}`);
    const projects = manifestOf(OLDER).files.find((f) => f.path === 'projects.json')!;
    assert.ok(fetched.includes(storedUrl(projects)), 'the page read the release’s projects.json');
    const notice = page.getByTestId('release-notice');
    assert.equal(await notice.getAttribute('data-status'), 'shown');
    const said = normal(await notice.textContent());
    assert.ok(
      said.includes(fi ? `julkaisun ${OLDER} luvut (koottu 3.12.2026)` : `utgåva ${OLDER} (sammanställd 3.12.2026)`),
      said,
    );
    const newest = notice.getByRole('link', { name: fi ? 'Näytä uusimmat luvut' : 'Visa de senaste siffrorna' });
    assert.equal(await newest.getAttribute('href'), `${BASE_PATH}${prefix}projects/?year=2008`);
    assert.equal(await page.locator('table tbody tr').count(), 14);
    // A link within the page keeps the release; the citation names and pins it.
    await page.locator('.page-bar details.cite summary').click();
    const text = normal(await page.locator('.page-bar').getByTestId('citation').textContent());
    assert.ok(text.includes(fi ? `versio ${OLDER}` : `version ${OLDER}`), text);
    assert.ok(text.endsWith(`?year=2008&release=${OLDER}`), text);
    await screenshot(page, `release-older-${lang}-${width}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`release (${lang}): a release in an older format says what it cannot show and links every file`, async () => {
    const { context, page } = await watchedPage(shared.browser);
    await open(page, `${prefix}projects/?release=${OLD_FORMAT}`);
    const notice = page.getByTestId('release-notice');
    assert.equal(await notice.getAttribute('data-status'), 'partial');
    const said = normal(await notice.textContent());
    assert.ok(said.includes(fi ? 'regions.json ja sources.json' : 'regions.json och sources.json'), said);
    await notice.locator('summary').click();
    const files = manifestOf(OLD_FORMAT).files;
    const links = notice.locator('details a');
    assert.equal(await links.count(), files.length + 1);
    const regions = files.find((f) => f.path === 'regions.json')!;
    const href = await notice.getByRole('link', { name: 'regions.json', exact: true }).getAttribute('href');
    assert.equal(new URL(href!, BASE_URL).href, storedUrl(regions));
    assert.equal((await page.request.get(storedUrl(regions))).status(), 200);
    await screenshot(page, `release-partial-${lang}`);
    await context.close();
  });

  test(`release (${lang}, ${width} px): the changes page lists each release's files and links its projects`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width, height: 900 } });
    await open(page, `${prefix}changes/`);
    const older = page.locator(`section.release[data-version="${OLDER}"]`);
    const line = normal(await older.locator('.release-store').textContent());
    assert.match(line, fi ? /^Julkaisun 18 tiedostoa \(.+\) ovat tallessa/ : /^Utgåvans 18 filer \(.+\) finns sparade/);
    await older
      .getByRole('link', { name: fi ? 'Hankkeet tämän julkaisun mukaan' : 'Projekten enligt den här utgåvan' })
      .click();
    await page.waitForURL(`${BASE_URL}${prefix}projects/?release=${OLDER}`);
    await page.getByTestId('release-notice').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}
