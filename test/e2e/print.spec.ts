import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TAKE_SCREENSHOTS, open as openPage, pageAddress, sharedBrowser, watchedPage, LANG_WIDTHS } from './browser.ts';

/**
 * Every view printed to an A4 PDF as Chromium prints it (in test-output/print/, with a PNG of each page when
 * E2E_SCREENSHOTS is set: look at them), and the PDF's text checked: the print header, no controls, every column of
 * the projects table.
 */
const shared = sharedBrowser();
const OUT = join(process.cwd(), 'test-output/print');

function requirePoppler() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftotext/pdftoppm not found: install Debian poppler-utils (.ci/run does)');
  }
}

const normal = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');

interface Printed {
  text: string;
  pages: number;
  /** The text of each page (pdftotext ends each with a form feed). */
  pageTexts: string[];
}

/**
 * Prints the page to PDF and returns the PDF's text (pages joined) and page count; with TAKE_SCREENSHOTS also one PNG
 * per page.
 */
async function print(page: Page, name: string): Promise<Printed> {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) || f === `${name}.pdf`)) rmSync(join(OUT, f));
  const pdf = join(OUT, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  if (TAKE_SCREENSHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, name)]);
  const text = normal(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  // pdftotext ends every page with a form feed.
  const pageTexts = text.split('\f').slice(0, -1);
  return { text, pages: pageTexts.length, pageTexts };
}

async function open(page: Page, path: string) {
  await openPage(page, path);
  // The header's release line comes from datapackage.json.
  await page.waitForFunction(() => !document.querySelector('main .loading'));
  await page
    .getByTestId('print-header')
    .getByText(/versio|version/)
    .waitFor({ state: 'attached' });
}

function assertHeader(
  p: Printed,
  { title, filters, address, lang }: { title: string; filters?: string; address: string; lang: 'fi' | 'sv' },
) {
  assert.ok(p.text.includes(title), `print header title "${title}"`);
  if (filters) assert.ok(p.text.includes(filters), `filters in words "${filters}"`);
  assert.match(
    p.text,
    lang === 'fi'
      ? /Aineisto koottu \d+\.\d+\.\d{4}, versio [0-9a-f]{12}/
      : /Materialet sammanställt \d+\.\d+\.\d{4}, version [0-9a-f]{12}/,
  );
  assert.ok(p.text.includes(lang === 'fi' ? 'Lähteet: ' : 'Källor: '), 'source line');
  // A long address wraps in the header; its start and its query must be there.
  assert.ok(p.text.replace(/\s+/g, '').includes(address.replace(/\s+/g, '')), `address ${address}`);
  // (The accessibility statement names the "show as table" button in its text, so that one is not looked for.)
  const controls =
    lang === 'fi'
      ? ['Tulosta', 'Kopioi linkki', 'English', 'Siirry sisältöön', 'Lataa:']
      : ['Skriv ut', 'Kopiera länk', 'English', 'Ladda ner:'];
  for (const control of controls) {
    assert.ok(!p.text.includes(control), `control "${control}" hidden on paper`);
  }
  assert.ok(p.pages >= 1 && p.pages <= 12, `page count ${p.pages}`);
}

test('print: every view as A4 PDF with its header and no controls', async () => {
  requirePoppler();
  const { context, page, problems } = await watchedPage(shared.browser);
  const views: Array<[string, string, string]> = [
    ['overview', '', 'Kaste Väli-Suomi – Yleiskuva'],
    ['compare', 'compare/', 'Kaste Väli-Suomi – Vertailu 2008–2009'],
    ['map', 'map/?layer=projects', 'Kaste Väli-Suomi – Kartta'],
    ['sources', 'sources/', 'Kaste Väli-Suomi – Lähteet ja laatu'],
    ['accessibility', 'accessibility/', 'Kaste Väli-Suomi – Saavutettavuusseloste'],
    ['data', 'data/', 'Kaste Väli-Suomi – Avoin data'],
  ];
  for (const [name, query, title] of views) {
    await open(page, query);
    const printed = await print(page, `fi-${name}`);
    assertHeader(printed, {
      title,
      address: pageAddress(page, query),
      lang: 'fi',
      filters: ['overview', 'compare', 'map'].includes(name) ? 'Suodattimet: ei valittuja' : undefined,
    });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('print: the projects table prints every row and every column, with the filters in words (fi and sv)', async () => {
  requirePoppler();
  const { context, page, problems } = await watchedPage(shared.browser);
  for (const lang of ['fi', 'sv'] as const) {
    const query = `${lang === 'sv' ? 'sv/' : ''}projects/?year=2008`;
    await open(page, query);
    const headings = await page.locator('table.projects-table thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const copy = th.cloneNode(true) as HTMLElement;
        // Not what the header says on screen: the sort arrow and the text shown instead of the button without JavaScript.
        copy.querySelectorAll('[aria-hidden="true"], noscript').forEach((e) => e.remove());
        return (copy.textContent ?? '').trim();
      }),
    );
    assert.ok(headings.length >= 7, `columns: ${headings.join(', ')}`);
    const printed = await print(page, `${lang}-projects`);
    assertHeader(printed, {
      title: lang === 'fi' ? 'Kaste Väli-Suomi – Hankkeet' : '– Projekt',
      filters: lang === 'fi' ? 'Suodattimet: Suunnitelmavuosi: 2008' : 'Filter: Planår: 2008',
      address: pageAddress(page, query),
      lang,
    });
    for (const h of headings) assert.ok(printed.text.includes(h), `column heading "${h}" on paper`);
    // The last columns (cost, source) are the ones a screen-wide table loses at the paper's edge.
    assert.ok(printed.text.includes('180 100 €'), 'cost column');
    // Each source cell names its document, not only the lines (the layout text wraps the cell over lines).
    const [doc, lines] = lang === 'fi' ? [/Pöytäkirja/g, /rivit/g] : [/Protokoll/g, /rader/g];
    assert.equal(printed.text.match(doc)?.length, 14, 'the document in each of the 14 source cells');
    assert.equal(printed.text.match(lines)?.length, 14, 'the lines in each of the 14 source cells');
    // A page the table continues on repeats its whole header, not only the column without a sort button.
    const continued = printed.pageTexts.slice(1).filter((text) => new RegExp(doc.source).test(text));
    assert.ok(continued.length > 0, 'the table continues on a second page');
    for (const text of continued) for (const h of headings) assert.ok(text.includes(h), `"${h}" repeated on paper`);
    // Paper cannot sort.
    assert.ok(!/Sarakeotsikolla voi lajitella|Sortera genom att klicka/.test(printed.text), 'no sorting hint on paper');
    assert.ok(printed.text.includes('Proomu-hanke'));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("print: a project's detail prints with the project named in the header", async () => {
  requirePoppler();
  const { context, page, problems } = await watchedPage(shared.browser);
  const query = 'projects/2008-proomu-hanke/';
  await open(page, query);
  const printed = await print(page, 'fi-project-detail');
  assertHeader(printed, { title: 'Kaste Väli-Suomi – Hankkeet', address: pageAddress(page, query), lang: 'fi' });
  assert.ok(printed.text.includes('Hanke: Proomu-hanke'));
  assert.ok(!printed.text.includes('Sulje'), 'close button hidden');
  assert.deepEqual(problems, []);
  await context.close();
});

test('print: Swedish comparison and a phone-width overview', async () => {
  requirePoppler();
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'sv/compare/');
  const compare = await print(page, 'sv-compare');
  assertHeader(compare, {
    title: '– Jämförelse 2008–2009',
    address: pageAddress(page, 'sv/compare/'),
    lang: 'sv',
    filters: 'Filter: inga valda',
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'sv/');
  const phone = await print(page, 'sv-overview-phone');
  assertHeader(phone, { title: '– Översikt', address: pageAddress(page, 'sv/'), lang: 'sv' });
  assert.deepEqual(problems, []);
  await context.close();
});

/** Each chart's title, and a label its drawing prints, on the overview. */
const OVERVIEW_CHARTS: Record<'fi' | 'sv', Array<[title: string, label: string]>> = {
  fi: [
    ['Kustannukset painopistealueittain 2008', 'Ikääntyvien palvelut'],
    ['Kustannukset hallinnoijittain 2008', 'Vaasan sairaanhoitopiiri'],
    ['Kustannukset maakunnittain', 'Kanta-Häme'],
  ],
  sv: [
    ['Kostnader per prioriterat område 2008', 'Tjänster för äldre'],
    ['Kostnader per huvudman 2008', 'Vasa sjukvårdsdistrikt'],
    ['Kostnader per landskap', 'Egentliga Tavastland'],
  ],
};

for (const [lang, width] of LANG_WIDTHS) {
  test(`print (${lang}, ${width} px): the overview keeps each chart's title with its drawing, the key figures whole with their notes, and names the colours`, async () => {
    requirePoppler();
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width, height: 900 } });
    await open(page, lang === 'fi' ? '' : 'sv/');
    const printed = await print(page, `${lang}-overview-${width}`);
    assertHeader(printed, {
      title: lang === 'fi' ? 'Kaste Väli-Suomi – Yleiskuva' : '– Översikt',
      address: pageAddress(page, lang === 'fi' ? '' : 'sv/'),
      lang,
    });
    // The key figures with their quality notes (and, in Swedish, the notes' renderings of the Finnish they quote)
    // come first; the charts follow, three pages in all.
    assert.ok(printed.pages <= 3, `pages: ${printed.pages}`);
    const [first, second] = printed.pageTexts;
    assert.ok(first!.includes('9 528 150 €') && first!.includes('9 978 150 €'), 'both 2008 totals on page 1');
    assert.ok(`${first}${second}`.includes('3 / 14'), 'the key figures on pages 1–2');
    assert.match(`${first}${second}`.replace(/\s+/g, ' '), lang === 'fi' ? /hankkeet ovat esimerkkejä/ : /är exempel/);
    // A chart's title, summary and counting rule go to the page its drawing is on.
    for (const [title, label] of OVERVIEW_CHARTS[lang]) {
      const at = printed.pageTexts.findIndex((t) => t.includes(title));
      assert.ok(at >= 0, `${title} printed`);
      const after = printed.pageTexts[at]!.slice(printed.pageTexts[at]!.indexOf(title));
      assert.ok(after.includes(label), `${title}: its drawing ("${label}") on the same page, ${at + 1}`);
      assert.match(after, /0 €/, `${title}: its axis on page ${at + 1}`);
    }
    // The colour legend of the stacked bars, each part named with its cost.
    assert.ok(printed.text.includes(lang === 'fi' ? 'Pylväiden osat värin mukaan' : 'Staplarnas delar efter färg'));
    assert.match(printed.text.replace(/\s+/g, ' '), /Hyvinvoiva Väli-Suomi[^:]*: 3 000 000 €/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`print (${lang}, ${width} px): the projects and sources pages fit the A4 width`, async () => {
    requirePoppler();
    const { context, page, problems } = await watchedPage(shared.browser, { viewport: { width, height: 900 } });
    for (const view of ['projects', 'sources']) {
      const path = `${lang === 'fi' ? '' : 'sv/'}${view}/`;
      await open(page, path);
      await print(page, `${lang}-${view}-width-${width}`);
      // Laid out as on paper: A4 less its 12 mm margins is 703 CSS px; nothing may reach past it (Chromium would
      // shrink the whole sheet, or cut the table at the edge).
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 703, height: 1000 });
      const over = await page.evaluate(() => {
        const edge = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main table, main tr, main code')]
          .map((el) => Math.round(el.getBoundingClientRect().right - edge))
          .filter((past) => past > 0);
      });
      assert.deepEqual(over, [], `${path}: past the paper's edge by ${over.join(', ')} px`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 703, path);
      await page.emulateMedia({ media: null });
      await page.setViewportSize({ width, height: 900 });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
