import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
// The Frictionless reference implementation validates the downloaded descriptor against the spec's profiles.
import { Package } from 'datapackage';
import { BASE_URL, TAKE_SCREENSHOTS, open, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();
const OUT = join(process.cwd(), 'test-output/downloads');

/**
 * A published file's link: it must carry a `download` name, and its address must serve the file. Fetched rather than
 * clicked: a run of twenty clicked downloads in one page lost one download event now and then in headless Chromium.
 */
async function linked(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const name = await link.getAttribute('download');
  assert.ok(name, `${await link.textContent()}: a download link`);
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  assert.equal(response.status(), 200, `${name}: served`);
  const bytes = await response.body();
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), bytes);
  return { name, bytes };
}

/** Clicks what starts a download and returns the file's bytes (also kept in test-output/downloads/). */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  mkdirSync(OUT, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const name = download.suggestedFilename();
  const path = join(OUT, name);
  await download.saveAs(path);
  return { name, bytes: readFileSync(path) };
}

const BOM = [0xef, 0xbb, 0xbf];
const textOf = (bytes: Buffer) => bytes.subarray(3).toString('utf8');

test('copy link: the address lands on the clipboard, with a visible and announced confirmation', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  await open(page, 'projects/?year=2009&theme=plan-2009-5');
  await page.getByTestId('summary').waitFor();
  await page.getByRole('button', { name: 'Kopioi linkki' }).click();
  const status = page.getByRole('group', { name: 'Sivun työkalut' }).getByRole('status');
  await status.getByText('Linkki kopioitu leikepöydälle.').waitFor();
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.ok(page.url().endsWith('/projects/?year=2009&theme=plan-2009-5'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('data page: every file downloads — Excel and English CSV of each table, XLSX, JSON, schema, data package', async () => {
  const { context, page, problems } = await watchedPage(shared.browser, { acceptDownloads: true });
  await open(page, 'data/');
  await page.getByRole('heading', { level: 1, name: 'Avoin data' }).waitFor();
  await page.getByRole('link', { name: 'datapackage.json' }).waitFor();

  const tables: Array<[string, string, RegExp, RegExp]> = [
    [
      'Hankkeet',
      'tunniste;hanke;',
      /\r\n2008-proomu-hanke;Proomu-hanke;suomi;2008;plan-2008-2;Lasten, nuorten ja perheiden palvelut;Heinola;heinola;ilmoitettu;Heinola;paijat-hame;180100;/,
      /\r\n2008-proomu-hanke,Proomu-hanke,fi,2008,plan-2008-2,"Services for children, young people and families",Heinola,/,
    ],
    [
      'Kustannukset',
      'rivi;hankkeen tunniste;',
      /\r\nasiakirjan yhteensä-rivi;;2008;9528150;14;9;minutes-2008:/,
      /\r\nstated-total,,2008,9528150,14,9,minutes-2008:/,
    ],
    [
      'Rahoitusosuudet',
      'hankkeen tunniste;organisaation tunniste;',
      /;\d+(,\d+)?;lasse-plan:/,
      /,\d+(\.\d+)?,lasse-plan:/,
    ],
    [
      'Kunnat',
      'kuntanumero;nimi suomeksi;',
      /\r\n499;Mustasaari;Korsholm;pohjanmaa;Pohjanmaa;21,\d+;63,\d+;/,
      /\r\n499,Mustasaari,Korsholm,pohjanmaa,Ostrobothnia,21\.\d+,63\.\d+,/,
    ],
    [
      'Laatuhuomiot',
      'tunniste;vakavuus;laji;',
      /\r\ntotal-mismatch-2008;ristiriita;plan-total-mismatch;;Vuoden 2008 taulukon yhteensä-rivi/,
      /\r\ntotal-mismatch-2008,discrepancy,plan-total-mismatch,,"The total row of the 2008 table states €9,528,150/,
    ],
    ['Tapahtumat', 'tunniste;laji;otsikko;', /^tunniste;/, /^id,kind,title,/],
  ];
  for (const [title, header, excelRow, englishRow] of tables) {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
    const excel = await downloaded(page, () => row.getByRole('button', { name: `Excel-CSV: ${title}` }).click());
    assert.deepEqual([...excel.bytes.subarray(0, 3)], BOM, `${excel.name}: BOM`);
    assert.ok(textOf(excel.bytes).startsWith(header), `${excel.name}: header ${textOf(excel.bytes).slice(0, 60)}`);
    assert.match(textOf(excel.bytes), excelRow, excel.name);
    const english = await linked(page, row.getByRole('link', { name: `CSV (englanti): ${title}` }));
    assert.deepEqual([...english.bytes.subarray(0, 3)], BOM, `${english.name}: BOM`);
    assert.match(textOf(english.bytes), englishRow, english.name);
  }

  const xlsx = await downloaded(page, () => page.getByRole('button', { name: 'Lataa XLSX-työkirja' }).click());
  assert.equal(xlsx.name, 'kaste-vali-suomi-fi.xlsx');
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a zip');
  assert.ok(xlsx.bytes.includes(Buffer.from('xl/worksheets/sheet6.xml')), 'six sheets');

  for (const name of [
    'projects.json',
    'funding.json',
    'themes.json',
    'regions.json',
    'sources.json',
    'quality.json',
    'schema.json',
  ]) {
    const file = await linked(page, page.getByRole('link', { name, exact: true }));
    const json = JSON.parse(file.bytes.toString('utf8'));
    if (name === 'projects.json') assert.equal(json.length, 47);
    if (name === 'schema.json') assert.ok(json.files['projects.json']);
  }
  const pkgFile = await linked(page, page.getByRole('link', { name: 'datapackage.json' }));
  const descriptor = JSON.parse(pkgFile.bytes.toString('utf8'));
  const pkg = await Package.load(descriptor, { basePath: join(process.cwd(), 'dist/data') });
  assert.deepEqual(
    pkg.errors.map((e: Error) => e.message),
    [],
  );
  assert.equal(pkg.valid, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('chart downloads carry the title, legend, source and date, and nothing is cut off', async () => {
  const { context, page, problems } = await watchedPage(shared.browser, { acceptDownloads: true });
  for (const lang of ['fi', 'sv'] as const) {
    await open(page, `${lang === 'sv' ? 'sv/' : ''}compare/`);
    const figure = page
      .locator('figure[data-chart-id="year-bars"], figure.chart')
      .filter({ has: page.locator('.chart-legend') })
      .first();
    await figure.locator('.chart-canvas > svg[data-chart], .chart-canvas .recharts-surface').first().waitFor();
    const title = (await figure.locator('h2').textContent())!.trim();
    const group = figure.getByRole('group', { name: lang === 'fi' ? 'Lataa' : 'Ladda ner' });
    const svg = await downloaded(page, () => group.getByRole('button', { name: 'SVG' }).click());
    const text = svg.bytes.toString('utf8');
    assert.ok(text.includes(`>${title}<`) || text.includes(title.split(' ')[0]!), `${svg.name}: title`);
    assert.ok(text.includes('>2008<') && text.includes('>2009<'), `${svg.name}: legend`);
    assert.ok(text.includes(lang === 'fi' ? 'Lähteet:' : 'Källor:'), `${svg.name}: source line`);
    assert.match(text, lang === 'fi' ? /Aineisto koottu \d+\.\d+\.\d{4}/ : /Materialet sammanställt \d+\.\d+\.\d{4}/);
    // Everything inside the picture: open it on a page of its own and compare each text's box with the picture's.
    const probe = await context.newPage();
    await probe.setContent(text);
    const outside = await probe.evaluate(() => {
      const root = document.querySelector('svg')!;
      const box = root.getBoundingClientRect();
      return [...root.querySelectorAll('text')]
        .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
        .filter(
          ({ r }) =>
            r.width > 0 &&
            (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1),
        )
        .map(({ t }) => t);
    });
    if (TAKE_SCREENSHOTS) await probe.screenshot({ path: join(OUT, `${svg.name}.png`) });
    await probe.close();
    assert.deepEqual(outside, [], `${svg.name}: text outside the picture`);
    const png = await downloaded(page, () => group.getByRole('button', { name: 'PNG' }).click());
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(png.bytes.readUInt32BE(16) >= 2 * 520, `${png.name}: width ${png.bytes.readUInt32BE(16)}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('an address with values the dashboard does not know says what it ignored, in the page language, and is rewritten', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const cases = [
    {
      path: 'map/?layer=nosuch&theme=nosuch,plan-2008-1',
      text: /Osoitteen osia ei käytetty\. Näitä arvoja ei tunnistettu, joten sivu näytetään ilman niitä: layer=nosuch, theme=nosuch/,
      dismiss: 'Sulje ilmoitus',
      rewritten: /\/map\/\?theme=plan-2008-1$/,
    },
    {
      path: 'sv/projects/?year=2010&admin=lahti,ingen',
      text: /Delar av adressen användes inte\. Följande värden kändes inte igen, så sidan visas utan dem: year=2010, admin=ingen/,
      dismiss: 'Stäng meddelandet',
      rewritten: /\/sv\/projects\/\?admin=lahti$/,
    },
  ];
  for (const c of cases) {
    await open(page, c.path);
    const notice = page.getByTestId('ignored-notice');
    await notice.waitFor();
    // Inside a live region (role=status) that was on the page before the notice came: screen readers announce it.
    assert.equal(await notice.evaluate((n) => n.parentElement?.getAttribute('role')), 'status');
    assert.match((await notice.innerText()).replace(/\s+/g, ' '), c.text);
    await page.waitForFunction((re) => new RegExp(re).test(window.location.href), c.rewritten.source);
    await notice.getByRole('button', { name: c.dismiss }).click();
    await notice.waitFor({ state: 'detached' });
  }
  // A valid address says nothing.
  await open(page, 'map/?layer=cost');
  assert.equal(await page.getByTestId('ignored-notice').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** A part of a downloaded XLSX (a zip), as text. */
const xlsxPart = (name: string, part: string) =>
  execFileSync('unzip', ['-p', join(OUT, name), part], { encoding: 'utf8' });

for (const lang of ['fi', 'sv'] as const) {
  test(`data page (${lang}): with filters active it offers the filtered projects, and says which downloads are the full data`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    const prefix = lang === 'fi' ? '' : 'sv/';
    await open(page, `${prefix}data/`);
    assert.match(
      await page.getByTestId('filtered-downloads').innerText(),
      lang === 'fi' ? /ovat koko aineisto/ : /är hela materialet/,
    );
    assert.ok(
      await page
        .getByRole('heading', { name: lang === 'fi' ? 'Taulukot (koko aineisto)' : 'Tabeller (hela materialet)' })
        .isVisible(),
    );

    await open(page, `${prefix}data/?year=2008&theme=plan-2008-2`);
    const section = page.getByTestId('filtered-downloads');
    assert.match(
      (await section.innerText()).replace(/\s+/g, ' '),
      lang === 'fi'
        ? /noudattavat valittuja suodattimia \(Suunnitelmavuosi: 2008; Teema: Lasten, nuorten ja perheiden palvelut\): 4 \/ 47 hanketta/
        : /följer de valda filtren \(Planår: 2008; Tema: Tjänster för barn, unga och familjer\): 4 av 47 projekt/,
    );
    const csv = await downloaded(page, () =>
      section
        .getByRole('button', {
          name: lang === 'fi' ? 'Suodatetut hankkeet (Excel-CSV)' : 'Filtrerade projekt (Excel-CSV)',
        })
        .click(),
    );
    const lines = textOf(csv.bytes).split('\r\n').filter(Boolean);
    assert.equal(lines.length, 1 + 4, 'header and the 4 filtered projects');
    assert.ok(
      lines.some((l) =>
        l.startsWith(
          lang === 'fi' ? '2008-proomu-hanke;Proomu-hanke;suomi;' : '2008-proomu-hanke;Proomu-hanke;finska;',
        ),
      ),
    );

    const xlsx = await downloaded(page, () =>
      section
        .getByRole('button', {
          name: lang === 'fi' ? 'Suodatetut hankkeet (XLSX-työkirja)' : 'Filtrerade projekt (XLSX-arbetsbok)',
        })
        .click(),
    );
    assert.equal(xlsx.name, `kaste-vali-suomi-suodatettu-${lang}.xlsx`);
    const styles = xlsxPart(xlsx.name, 'xl/styles.xml');
    assert.ok(styles.includes('formatCode="#,##0 &quot;€&quot;"'), 'a euro number format');
    const strings = xlsxPart(xlsx.name, 'xl/sharedStrings.xml');
    for (const word of lang === 'fi' ? ['ilmoitettu', 'suomi', 'kustannus (€)'] : ['angiven', 'finska', 'kostnad (€)'])
      assert.ok(strings.includes(word), `"${word}" in the workbook`);
    assert.ok(!/>stated</.test(strings), 'no English code');
    // The cost of Proomu-hanke is a number cell with a style (the euro format), not text.
    assert.match(xlsxPart(xlsx.name, 'xl/worksheets/sheet1.xml'), /<c r="L\d+" s="\d+"(?: t="n")?><v>180100<\/v><\/c>/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
