import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWarning, BASE_PATH, BASE_URL, open, sharedBrowser, watchedPage } from './browser.ts';
import { gzipSize, PAGE_JS_BUDGET, recordScripts } from './pageScripts.mjs';

const shared = sharedBrowser();
const projects = JSON.parse(readFileSync('public/data/projects.json', 'utf8')) as Array<{
  id: string;
  name: string;
  names?: { sv?: string; en?: string };
  renderings?: { sv?: string; en?: string };
}>;

/** A page's HTML as the server sends it, read as text without running any of its JavaScript. */
async function raw(path: string): Promise<{ status: number; html: string; text: string }> {
  const response = await fetch(`${BASE_URL}${path}`);
  const html = await response.text();
  const text = html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\s]+/g, ' ');
  return { status: response.status, html, text };
}

const h1 = (html: string) => html.match(/<h1[^>]*>([^<]*)</)?.[1];

test('each page’s HTML, without JavaScript, has its language, title, heading, key content and alternates', async () => {
  const pages: Array<[string, string, string, RegExp[]]> = [
    ['', 'fi', 'Yleiskuva', [/9 528 150 €/, /9 978 150 €/]],
    ['sv/', 'sv', 'Översikt', [/9 528 150 €/, /9 978 150 €/]],
    ['en/', 'en', 'Overview', [/€9,528,150/, /€9,978,150/]],
    ['projects/', 'fi', 'Hankkeet', [/47 \/ 47 hanketta/]],
    ['compare/', 'fi', 'Vertailu 2008–2009', [/2009/]],
    ['map/', 'fi', 'Kartta', [/88 kuntaa/]],
    [
      'sources/',
      'fi',
      'Lähteet ja laatu',
      [
        /9 528 150/,
        /Esikatsellut asiakirjat \(121\)/,
        /Asiakirjojen muut nimet ja luvut \(49\)/,
        /Asiakirjojen nimeämät organisaatiot \(79\)/,
        // What a preview's text line states: a board's date with its section, a list of municipalities.
        /Tekstirivi kertoo/,
        /käsitelty 21\.12\.2011 ?: ?Perusturvalautakunta ?, § 105/,
        /kunnat ?: ?Siilinjärvi, Maaninka ja Nilsiä/,
      ],
    ],
    // The previewed documents: a title as written, with its series, and beside it on a Swedish page its rendering.
    [
      'sv/sources/',
      'sv',
      'Källor och kvalitet',
      [
        /Dokument som återges i källfilerna \(121\)/,
        /Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma \( ?Det nationella utvecklingsprogrammet för social- och hälsovården ?\)/,
        /Sosiaali- ja terveysministeriön selvityksiä 2008:6/,
        // The documents' other names and numbers: slide 3's first frame item, a range a slide gives, as written.
        /Dokumentens övriga namn och tal \(49\)/,
        /Valtiontalouden kehykset \( ?Statsfinansernas ramar ?\) punkt i en lista/,
        /esimiesfoorumit kokoontuvat 2-4 krt vuodessa \( ?chefsforumen sammanträder 2–4 ggr om året ?\) tal ?: 2–4/,
        // Places in Swedish, joined in Swedish; a strategy's target year as its end.
        /Esbo, Jyväskylä, Seinäjoki, Björneborg och Uleåborg/,
        /Vaasan kaupungin strategia \( ?Vasa stads strategi ?\) ?dokument ?— ?fram till 2020/,
        // The organisations the documents name, as written, with the Finland-Swedish name beside them.
        /Organisationer som dokumenten nämner \(79\)/,
        /Pohjanmaan liitto \( ?Österbottens förbund ?\)/,
        /Lounais-Suomen aluehallintovirasto \( ?Regionförvaltningsverket i Sydvästra Finland ?\)/,
        // The activity report's lists, each item as written with its rendering.
        /Kompetenscentrens gemensamma substansgrupper/,
        /vanhustyö \( ?äldrearbete ?\)/,
        // A preview's text line in Swedish: the board rendered beside the Finnish, the municipalities by Swedish names.
        /behandlad 21\.12\.2011 ?: ?Perusturvalautakunta \( ?grundtrygghetsnämnden ?\) ?, § 105/,
        /kommuner ?: ?Åbo, S:t Karins, Reso, Pargas och Kimitoön/,
      ],
    ],
    // Dates the documents give without a year: in the table only, said so, and on the context page as written.
    ['timeline/', 'fi', 'Aikajana', [/18 tapahtumaa on vain taulukossa, ei aikajanalla/]],
    ['sv/timeline/', 'sv', 'Tidslinje', [/18 händelser finns bara i tabellen, inte på tidslinjen/]],
    [
      'context/',
      'fi',
      'Kansallinen Kaste-ohjelma',
      [
        /Lasten, nuorten ja perheiden palvelut/,
        /12\.3\. \(vuotta ei mainita\) päätöksen saaneiden hankkeiden ohjaustilaisuus/,
        /Osahanke ?: Oulunkaaren osahanke ?, 1\.1\.2009 ?– ?31\.10\.2010/,
      ],
    ],
    ['data/', 'fi', 'Avoin data', [/Excel-CSV/, /XLSX-työkirja/]],
    ['accessibility/', 'fi', 'Saavutettavuusseloste', []],
    ['sv/accessibility/', 'sv', 'Tillgänglighetsutlåtande', []],
    ['glossary/', 'fi', 'Sanasto', [/Hallinnoija/, /ruotsiksi ?: Huvudman/]],
    ['sv/glossary/', 'sv', 'Ordlista', [/Huvudman/, /Samarbetsområde/]],
    ['en/glossary/', 'en', 'Glossary', [/Joint municipal authority/]],
    ['changes/', 'fi', 'Aineiston julkaisut ja muutokset', [/nykyinen julkaisu/, /Ensimmäinen kirjattu julkaisu/]],
    ['sv/changes/', 'sv', 'Materialets utgåvor och ändringar', [/aktuell utgåva/]],
    ['en/changes/', 'en', 'Data releases and changes', [/current release/]],
  ];
  for (const [path, lang, heading, content] of pages) {
    const { status, html, text } = await raw(path);
    assert.equal(status, 200, path);
    assert.match(html, new RegExp(`<html lang="${lang}">`), path);
    assert.equal(h1(html), heading, path);
    for (const c of content) assert.match(text, c, `${path}: ${c}`);
    assert.equal(
      html.match(/<head>[\s\S]*<\/head>/)?.[0].match(/<title>/g)?.length,
      1,
      `${path}: one title in the head`,
    );
    assert.match(html, /<meta name="description" content="[^"]{40,}"/, path);
    assert.match(html, new RegExp(`<link rel="canonical" href="https?://[^"]+${BASE_PATH}${path}"`), path);
    for (const l of ['fi', 'sv', 'en', 'x-default'])
      assert.match(
        html,
        new RegExp(`<link rel="alternate" hreflang="${l}" href="https?://[^"]+${BASE_PATH}`),
        `${path}: ${l}`,
      );
    assert.match(html, /http-equiv="Content-Security-Policy"/, path);
    // The first paint waits for the element the head names: one the page lacks would hold it until the whole page
    // has been parsed.
    const expected = html.match(/<link rel="expect" href="#([^"]+)" blocking="render"/)?.[1];
    assert.ok(expected && html.includes(` id="${expected}"`), `${path}: the first paint waits for #${expected}`);
    assert.doesNotMatch(html, /<script(?![^>]*\btype="module"[^>]*\bsrc=)[^>]*>/, `${path}: no inline script`);
    assert.doesNotMatch(html, /\sstyle="/, `${path}: no style attribute (the CSP forbids them)`);
  }
  assert.equal(
    (await raw('map/')).html.match(/<g class="municipality"/g)?.length,
    88,
    'the tile map is on the map page',
  );
  const list = await raw('projects/');
  for (const p of projects) assert.ok(list.text.includes(p.name), `projects page lists ${p.name}`);
});

/** A page's <title> as a reader sees it, its character references decoded. */
const titleOf = (html: string) =>
  (html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('every project has its own page in each language, with its name in the title and the detail panel', async () => {
  for (const p of projects) {
    for (const prefix of ['', 'sv/', 'en/']) {
      const { status, html, text } = await raw(`${prefix}projects/${p.id}/`);
      assert.equal(status, 200, p.id);
      assert.ok(html.includes('<title>'), p.id);
      assert.ok(text.includes(p.name), `${prefix}${p.id}: name on the page`);
      assert.match(html, /<aside/, `${prefix}${p.id}: detail panel`);
      // A name with none in use in the page's language: the dashboard's rendering first in the title (a title cannot
      // mark the Finnish), the name as written after it; a name in use likewise.
      const lang = prefix.slice(0, 2) as 'sv' | 'en' | '';
      const first = lang ? (p.names?.[lang] ?? p.renderings?.[lang]) : undefined;
      if (first)
        assert.ok(titleOf(html).startsWith(`${first} (${p.name}) – `), `${prefix}${p.id}: rendering in the title`);
    }
  }
});

test('sitemap.xml lists every page, robots.txt points to it, and an unknown path gets a 404 page that helps on', async () => {
  const sitemap = await (await fetch(`${BASE_URL}sitemap.xml`)).text();
  assert.equal(sitemap.match(/<loc>/g)?.length, 3 * (11 + projects.length));
  assert.match(sitemap, new RegExp(`<loc>https?://[^<]+${BASE_PATH}sv/projects/${projects[0]!.id}/</loc>`));
  assert.match(
    await (await fetch(`${BASE_URL}robots.txt`)).text(),
    new RegExp(`Sitemap: https?://[^\\s]+${BASE_PATH}sitemap.xml`),
  );
  const missing = await raw('projects/no-such-project/');
  assert.equal(missing.status, 404);
  const notFound = readFileSync('dist/404.html', 'utf8');
  assert.match(notFound, /Sivua ei löytynyt/);
  assert.match(notFound, /Sidan hittades inte/);
  assert.match(notFound, /Page not found/);
  for (const href of [
    BASE_PATH,
    `${BASE_PATH}projects/`,
    `${BASE_PATH}sv/`,
    `${BASE_PATH}sv/map/`,
    `${BASE_PATH}en/sources/`,
  ])
    assert.ok(notFound.includes(`href="${href}"`), `404 links to ${href}`);
  // No app: one line of script that picks the page's language from its address.
  assert.deepEqual(notFound.match(/<script[^>]*>/g), [`<script src="${BASE_PATH}404.js">`]);
});

test('the 404 page has the site header and navigation, and its language links lead to the Finnish and Swedish pages', async () => {
  const { context, page } = await watchedPage(shared.browser, { viewport: { width: 390, height: 844 } });
  const response = await page.goto(`${BASE_URL}no-such-page/`);
  assert.equal(response?.status(), 404);
  const header = page.getByRole('banner');
  assert.equal(await header.getByText('Kaste Väli-Suomi', { exact: true }).isVisible(), true);
  // The shell's stylesheet is there: the header has the brand colour, not the browser's white.
  assert.notEqual(await header.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
  const nav = page.getByRole('navigation', { name: 'Näkymät' });
  assert.equal(await nav.getByRole('link').count(), 7);
  assert.equal(await nav.getByRole('link', { name: 'Hankkeet' }).getAttribute('href'), `${BASE_PATH}projects/`);
  const languages = page.getByRole('navigation', { name: 'Kieli' });
  assert.equal(await languages.getByRole('link', { name: 'Svenska' }).getAttribute('hreflang'), 'sv');
  await languages.getByRole('link', { name: 'Svenska' }).click();
  await page.waitForURL(`${BASE_URL}sv/`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  // A mistyped Swedish or English address gets the page in its language: title, header, navigation, message.
  for (const [lang, title, nav, projects, skip] of [
    ['sv', 'Sidan hittades inte', 'Vyer', 'Projekt', 'Gå till innehållet'],
    ['en', 'Page not found', 'Views', 'Projects', 'Skip to content'],
  ] as const) {
    await page.goto(`${BASE_URL}${lang}/projektt/`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.match(await page.title(), new RegExp(`^${title} – `));
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title);
    const views = page.getByRole('navigation', { name: nav });
    assert.equal(
      await views.getByRole('link', { name: projects, exact: true }).getAttribute('href'),
      `${BASE_PATH}${lang}/projects/`,
    );
    assert.equal(await page.getByRole('link', { name: skip }).count(), 1);
    assert.equal(await page.getByRole('heading', { name: 'Sivua ei löytynyt', level: 2 }).isVisible(), true);
  }
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Suomi' }).click();
  await page.waitForURL(BASE_URL);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  await context.close();
});

test('old ?view= links land on their page with their filters', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const cases: Array<[string, string, string]> = [
    ['?view=projects&year=2008', `${BASE_PATH}projects/?year=2008`, 'Hankkeet'],
    ['?view=projects&lang=sv&project=2008-proomu-hanke', `${BASE_PATH}sv/projects/2008-proomu-hanke/`, 'Projekt'],
    ['?view=map&lang=en&layer=cost', `${BASE_PATH}en/map/?layer=cost`, 'Map'],
    ['?view=compare', `${BASE_PATH}compare/`, 'Vertailu 2008–2009'],
    ['?lang=sv', `${BASE_PATH}sv/`, 'Översikt'],
  ];
  for (const [old, now, heading] of cases) {
    await open(page, old);
    const url = new URL(page.url());
    assert.equal(`${url.pathname}${url.search}`, now, old);
    assert.equal(await page.locator('main h1').first().textContent(), heading, old);
  }
  await open(page, '?view=projects&project=2008-proomu-hanke');
  await page.getByRole('complementary').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a prerendered page hydrates in place: the server’s markup stays, and the query’s filters apply after', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await page.goto(`${BASE_URL}projects/?year=2008`);
  await page.locator('html[data-ready]').waitFor();
  await page
    .getByTestId('summary')
    .filter({ hasText: /^14 \/ 47/ })
    .waitFor();
  const warnings: string[] = [];
  page.on('console', (m) => appWarning(m) && warnings.push(m.text()));
  await open(page, 'sv/compare/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  assert.deepEqual(warnings, [], 'no hydration mismatch');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every page type hydrates in fi and sv with no warning or error, keeping its prerendered sections, and loads no more script than the budget before any interaction', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const scripts = recordScripts(page, join(process.cwd(), 'dist'));
  // A hydration mismatch is a console warning (src/main.tsx's onRecoverableError) or error (React's own).
  const warnings: string[] = [];
  page.on('console', (m) => appWarning(m) && warnings.push(`${page.url()}: ${m.text()}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __replaced: string[] }).__replaced = seen;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.removedNodes)
            if (n instanceof Element && (n.matches('section') || n.querySelector('h1')))
              seen.push(`removed ${n.tagName} ${n.className}`);
          for (const n of r.addedNodes)
            if (n instanceof Element && n.matches('main [data-loading]')) seen.push(`loading notice ${n.textContent}`);
        }
      }).observe(document.getElementById('root')!, { childList: true, subtree: true });
    });
  });
  const types = [
    '',
    `projects/${projects[0]!.id}/`,
    'projects/',
    'compare/',
    'map/',
    'timeline/',
    'context/',
    'data/',
    'sources/',
    'changes/',
    'glossary/',
    'accessibility/',
  ];
  for (const path of [...types, ...types.map((t) => `sv/${t}`)]) {
    scripts.take();
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('html[data-ready]').waitFor();
    await page.waitForLoadState('networkidle');
    const js = scripts
      .take()
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipSize(f), 0);
    assert.ok(
      js > 0 && js <= PAGE_JS_BUDGET,
      `${path}: ${js} B of script (gzip) before any interaction, budget ${PAGE_JS_BUDGET} B`,
    );
    await page.locator('main h1').waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __replaced: string[] }).__replaced), [], path);
  }
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every stylesheet a page uses once hydrated is linked from its HTML, so nothing moves when its code arrives', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  for (const path of [
    '',
    'sv/',
    'projects/',
    `projects/${projects[0]!.id}/`,
    'compare/',
    'map/',
    'timeline/',
    'context/',
    'sources/',
    'accessibility/',
    'data/',
    'glossary/',
    'changes/',
  ]) {
    const { html } = await raw(path);
    const linked = new Set([...html.matchAll(/<link rel="stylesheet"[^>]* href="([^"]+)"/g)].map((m) => m[1]));
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('html[data-ready]').waitFor();
    const used = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => (sheet.href ? [new URL(sheet.href).pathname] : [])),
    );
    assert.deepEqual(
      used.filter((href) => !linked.has(href)),
      [],
      `${path || 'overview'}: stylesheets added after the HTML`,
    );
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page brings its own language’s strings and no other’s; the switch shows another language without a reload', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const warnings: string[] = [];
  page.on('console', (m) => appWarning(m) && warnings.push(m.text()));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement?.hasAttribute('data-ready')) return;
      (window as unknown as { __liveAt: number }).__liveAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  const code = (scripts: string[]) =>
    scripts.map((f) => readFileSync(`dist/${f.replace(BASE_PATH, '')}`, 'utf8')).join('\n');
  const only: Array<[string, string[], string[]]> = [
    [
      '',
      ['Siirry sisältöön', 'Näytä taulukkona'],
      ['Gå till innehållet', 'Visa som tabell', 'Skip to content', 'Show as table'],
    ],
    [
      'sv/',
      ['Gå till innehållet', 'Visa som tabell'],
      ['Siirry sisältöön', 'Näytä taulukkona', 'Skip to content', 'Show as table'],
    ],
    ['en/compare/', ['Skip to content'], ['Siirry sisältöön', 'Gå till innehållet']],
  ];
  for (const [path, present, absent] of only) {
    // The scripts the page requested until the app took over (html[data-ready]), read from the built site.
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('html[data-ready]').waitFor();
    const scripts = await page.evaluate(() => {
      const live = (window as unknown as { __liveAt: number }).__liveAt;
      return performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
        .filter((e) => e.startTime < live)
        .map((e) => new URL(e.name).pathname);
    });
    const loaded = code(scripts);
    for (const s of present) assert.ok(loaded.includes(s), `${path}: its own strings (${s}) are loaded`);
    for (const s of absent) assert.ok(!loaded.includes(s), `${path}: another language's string (${s}) is not loaded`);
  }
  // Not even once the page is idle; the switch brings them and shows the page in Swedish in the same document.
  const requested: string[] = [];
  page.on('request', (r) => r.url().endsWith('.js') && requested.push(new URL(r.url()).pathname));
  await page.goto(`${BASE_URL}en/`);
  await page.locator('html[data-ready]').waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(!code(requested).includes('Gå till innehållet'), 'no Swedish strings on an idle English page');
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole('link', { name: 'Svenska' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}sv/`);
  assert.equal(await page.getByRole('link', { name: 'Gå till innehållet' }).count(), 1);
  assert.equal(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    true,
    'switched without a reload',
  );
  assert.deepEqual(warnings, [], 'no hydration warning');
  assert.deepEqual(problems, []);
  await context.close();
});
