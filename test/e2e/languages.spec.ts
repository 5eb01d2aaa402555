import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL } from './browser.ts';
import { leaks } from './leaks.ts';

/** Every Swedish and English page the sitemap lists, at the test server's address. */
async function swedishAndEnglishPages(): Promise<Array<{ url: string; lang: 'sv' | 'en' }>> {
  const sitemap = await (await fetch(`${BASE_URL}sitemap.xml`)).text();
  const published = new URL(sitemap.match(/<loc>([^<]+)<\/loc>/)![1]!);
  return [...sitemap.matchAll(/hreflang="(sv|en)" href="([^"]+)"/g)].map(([, lang, href]) => ({
    lang: lang as 'sv' | 'en',
    url: `${BASE_URL}${href!.slice(published.href.length)}`,
  }));
}

test('the leak check finds an internal id, a Finnish month and a known Finnish word outside lang="fi"', () => {
  const page = (body: string) => `<!doctype html><html lang="sv"><body>${body}</body></html>`;
  assert.deepEqual(leaks(page('<p>Protokoll 2008, rader 92–94</p><p lang="fi">Vaasassa</p>'), 'sv'), []);
  assert.equal(leaks(page('<p>minutes-2008, rader 160–162</p>'), 'sv').length, 1);
  assert.equal(leaks(page('<p>001_5e72e1e76d65b102.txt, rad 20</p>'), 'sv').length, 1);
  assert.equal(leaks(page('<p>bild 7: huhti-toukokuu</p>'), 'sv').length, 1);
  assert.equal(leaks(page('<p>Perhetukipäivät, Seinäjoella</p>'), 'sv').length, 1);
  assert.equal(leaks(page('<p>3 projects without a cost</p>'), 'en').length, 1);
  assert.equal(leaks(page('<p>Costs by province</p><p>Administrator</p>'), 'en').length, 2);
  assert.deepEqual(leaks(page('<p>Costs by region (of the lead organisation’s seat)</p>'), 'en'), []);
  assert.deepEqual(leaks(page('<p>Alavus</p>'), 'sv'), ['Alavus without Alavo']);
  assert.deepEqual(leaks(page('<p>Alavo (Alavus)</p>'), 'sv'), []);
  assert.equal(leaks(page('<title>Slututvärdering (6.2015–9.2015)</title><p>Vasa – kommun</p>'), 'sv').length, 2);
  assert.deepEqual(leaks(page('<p>Slututvärdering (juni–september 2015), 1.9.2007–31.10.2009</p>'), 'sv'), []);
  assert.equal(leaks(page('<p>the Board 139 §</p><p>1 September 2007–31 October 2009</p>'), 'en').length, 2);
  assert.deepEqual(leaks(page('<p>the Board, section 139, 1 September 2007 – 31 October 2009</p>'), 'en'), []);
  assert.equal(leaks(page('<p>Materials: 800 €</p><p>Action plan 1.9.2013–31.4.2015</p>'), 'en').length, 2);
  assert.deepEqual(leaks(page('<p>Materials: €800</p><p>Action plan 1 September 2013 – April 2015</p>'), 'en'), []);
  // Text marked Finnish that is not: a Swedish cell, a Swedish row, a bare year.
  assert.equal(leaks(page('<p>Huvudman i källan: <q lang="fi">Korsholm</q></p>'), 'sv').length, 1);
  assert.equal(
    leaks(page('<code lang="fi">Österbottens utvecklingsenhet inom barnskyddet | Jakobstad</code>'), 'sv').length,
    1,
  );
  assert.equal(leaks(page('<p><span lang="fi">2008</span></p>'), 'en').length, 1);
  assert.deepEqual(
    leaks(
      page('<p><q lang="sv">Korsholm</q> <span lang="fi">Närpiössä: <span lang="sv">för alla</span></span></p>'),
      'sv',
    ),
    [],
  );
  const quote = '<q lang="fi">Pohjanmaa -hanke on vetäytymässä</q>';
  assert.equal(leaks(page(`<p>Utträde: ${quote}</p>`), 'sv').length, 1);
  assert.deepEqual(leaks(page(`<p>Utträde: ${quote} (på svenska: ”Österbottenprojektet drar sig ur”)</p>`), 'sv'), []);
  assert.deepEqual(leaks(page('<dt>Huvudman i källan</dt><dd><q lang="fi">Tampere ja Vaasa</q></dd>'), 'sv'), []);
  assert.equal(leaks(page('<li><span lang="fi">A-moduuli: </span><strong>Workshoppar</strong></li>'), 'sv').length, 1);
});

test('no Swedish or English page shows an internal id, a Finnish month or a known Finnish word outside lang="fi"', async () => {
  const pages = await swedishAndEnglishPages();
  assert.ok(pages.length > 100, `the sitemap lists ${pages.length} Swedish and English pages`);
  const found: string[] = [];
  for (const { url, lang } of pages) {
    const response = await fetch(url);
    assert.equal(response.status, 200, url);
    for (const leak of leaks(await response.text(), lang)) found.push(`${url.slice(BASE_URL.length)}: ${leak}`);
  }
  assert.deepEqual(found, []);
});

test('a Swedish or English reader gets each Finnish project name of the overview, the projects table and the Kaste areas marked Finnish, with its rendering', async () => {
  for (const lang of ['sv', 'en'] as const) {
    const overview = await (await fetch(`${BASE_URL}${lang}/`)).text();
    const legend = overview.match(/class="segment-legend[^"]*">([\s\S]*?)<\/div><\/div>/)![1]!;
    const items = [...legend.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    assert.ok(items.length >= 10, `${lang}: ${items.length} legend items`);
    for (const item of items)
      assert.match(item, /<\/svg> <span lang="fi">[^<]+<\/span><span class="name-rendering is-inline">/);
    const table = await (await fetch(`${BASE_URL}${lang}/projects/`)).text();
    const names = [...table.matchAll(/<th scope="row" data-column="name">([\s\S]*?)<\/th>/g)].map((m) => m[1]!);
    assert.ok(names.length >= 40, `${lang}: ${names.length} project rows`);
    const finnishOnly = names.filter(
      (n) => /^<a [^>]+><span lang="fi">/.test(n) && !n.includes('class="name-rendering"'),
    );
    assert.deepEqual(finnishOnly, []);
    const context = await (await fetch(`${BASE_URL}${lang}/context/`)).text();
    const regional =
      /<li(?: class="is-own")?>(?:<strong class="badge badge-own">[^<]*<\/strong>)?(?: |<!-- -->)*<span lang="fi">[^<]+<\/span>(<span class="name-rendering)?/g;
    const rendered = [...context.matchAll(regional)].map((m) => m[1] !== undefined);
    assert.ok(rendered.length >= 7, `${lang}: ${rendered.length} projects of the Kaste areas`);
    assert.ok(rendered.every(Boolean), `${lang}: a Kaste area's project without its rendering`);
  }
});

test('the Swedish subtitle of the Närpes project name is marked Swedish wherever a Swedish or English page shows it', async () => {
  const found: string[] = [];
  for (const url of new Set((await swedishAndEnglishPages()).map((p) => p.url))) {
    const html = (await (await fetch(url)).text()).replace(/<(title|script)\b[\s\S]*?<\/\1>|<meta [^>]*>/g, '');
    if (/yhteistoiminta-alueella:(?: |<!-- -->)*Välbefinnande/.test(html)) found.push(url.slice(BASE_URL.length));
  }
  assert.deepEqual(found, []);
});

test('no built page names a development address: every link, canonical and citation takes the configured origin', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') || entry.name === 'sitemap.xml') pages.push(path);
    }
  };
  walk('dist');
  assert.ok(pages.length > 170, `${pages.length} pages built`);
  const local = pages.filter((path) => /\blocalhost\b|127\.0\.0\.1:5173/.test(readFileSync(path, 'utf8')));
  assert.deepEqual(local, []);
});
