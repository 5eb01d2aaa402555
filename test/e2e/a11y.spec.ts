import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { HAS_BOUNDARIES, WCAG_TAGS, axe, open, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();

/** Every view at a desktop's width, a few of them in Swedish. */
const DESKTOP: string[] = [
  '?theme=plan-2008-2',
  'projects/2008-proomu-hanke/?year=2008&province=paijat-hame',
  'sv/projects/lasse-lastensuojelutarpeen-selvityksen/',
  'compare/?year=2009&project=2009-pohjanmaa-hanke',
  'map/?layer=projects&kunta=837',
  ...(HAS_BOUNDARIES ? ['map/?geo=boundaries&layer=cost&project=2008-proomu-hanke'] : []),
  'timeline/',
  'context/',
  'sv/context/',
  'data/',
  'sources/',
  'sv/',
  'accessibility/',
  'glossary/',
  'sv/changes/',
];
/**
 * On a phone, where tables and the map scroll sideways and the filters collapse: every view in Swedish too, for the
 * longer Swedish words that could make a page scroll sideways.
 */
const PHONE: string[] = [
  ...DESKTOP,
  'sv/projects/',
  'sv/compare/',
  'sv/map/',
  'sv/sources/',
  'sv/accessibility/',
  'sv/glossary/',
  'changes/',
];

/** `only`: just these axe rules; all of WCAG 2.1 A and AA otherwise, but those in `disable`. */
async function scan(page: Page, label: string, rules?: { only?: readonly string[]; disable?: readonly string[] }) {
  const builder = rules?.only ? axe(page).withRules([...rules.only]) : axe(page).withTags(WCAG_TAGS);
  const result = await builder.disableRules([...(rules?.disable ?? [])]).analyze();
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.violations.filter((v) => !blocking.includes(v));
  for (const v of minor) console.log(`# axe ${label}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.help}`);
  const describe = blocking.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  assert.deepEqual(describe, [], `${label}: serious or critical axe violations`);
}

/** The dark scheme changes colours, not structure: what can differ is contrast. */
const DARK = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Whether a width media rule that holds at this viewport gives an element of the page its own colours. Contrast is
 * by far the costliest axe rule on a long page; the desktop walk checks every page's colours, so the phone walk
 * checks them again only where the narrow layout has colours of its own.
 */
function widthColoursApply(page: Page): Promise<boolean> {
  // One loop, no inner functions: the test runner's transform names functions with a helper the page lacks.
  return page.evaluate(() => {
    const colour = /(^|-)color$|^opacity$|^fill$|^background-image$/;
    const stack: [CSSRule, boolean][] = [];
    for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) stack.push([rule, false]);
    while (stack.length > 0) {
      const [rule, narrow] = stack.pop()!;
      let inner = narrow;
      if (rule instanceof CSSMediaRule) {
        if (!matchMedia(rule.conditionText).matches) continue;
        inner = narrow || /width/.test(rule.conditionText);
      }
      if (rule instanceof CSSStyleRule && narrow && [...rule.style].some((p) => colour.test(p))) {
        try {
          if (document.querySelector(rule.selectorText)) return true;
        } catch {
          return true;
        }
      }
      if (rule instanceof CSSGroupingRule) for (const child of rule.cssRules) stack.push([child, inner]);
    }
    return false;
  });
}

const SETTINGS = [
  { label: '1280 px, light and dark', options: {}, pages: DESKTOP, dark: true, phone: false },
  {
    label: '390 px',
    options: { viewport: { width: 390, height: 844 }, isMobile: true },
    pages: PHONE,
    dark: false,
    phone: true,
  },
] as const;

/**
 * A Finnish page the desktop walk scans and whose Swedish page (same address) the phone walk scans: the two have one
 * structure and one stylesheet, so on a phone axe checks the Swedish one (its Finnish names marked as such) and the
 * Finnish one only for scrolling sideways.
 */
const scannedInSwedish = (path: string, pages: readonly string[]) =>
  !path.startsWith('sv/') && DESKTOP.includes(path) && pages.includes(`sv/${path}`);

for (const { label, options, pages, dark, phone } of SETTINGS) {
  test(`axe finds no serious or critical violations in any view, and no view scrolls sideways (${label})`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser, { colorScheme: 'light', ...options });
    for (const path of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, path);
      await page.locator('main h1').first().waitFor();
      if (!phone || !scannedInSwedish(path, pages)) {
        const contrast = !phone || !DESKTOP.includes(path) || (await widthColoursApply(page));
        await scan(page, `${path} ${label}`, contrast ? undefined : { disable: ['color-contrast'] });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `${path} ${label}: the page scrolls sideways by ${overflow}px`);
      if (!dark) continue;
      // The same page in the other scheme: its colours follow prefers-color-scheme (light-dark() in app.css).
      await page.emulateMedia({ colorScheme: 'dark' });
      await scan(page, `${path} dark`, { only: DARK });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('keyboard only: skip link, filters, sorting and the detail panel work with Tab, Enter and Space', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, 'projects/');
  await page.getByTestId('summary').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Siirry sisältöön');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');
  // Tab to the first facet checkbox (2008) and tick it with Space.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent ?? '',
    );
    if (label.startsWith('2008')) break;
  }
  await page.keyboard.press('Space');
  // The first key a reader presses may be what brings the app in: its answer comes once it is there.
  await page
    .getByTestId('summary')
    .filter({ hasText: /^14 \// })
    .waitFor();
  // Reach the cost column's sort link and press Enter.
  const sort = page
    .getByRole('columnheader', { name: /Kustannus/ })
    .getByRole('link', { name: 'Kustannus', exact: true });
  await sort.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByRole('columnheader', { name: /Kustannus/ }).getAttribute('aria-sort'), 'descending');
  // Open the first project with Enter: focus moves to the detail panel's heading.
  await page.locator('table.projects-table tbody tr th a').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-title');
  assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /Hyvinvoiva Väli-Suomi/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: a chart’s table alternative and a municipality on the map', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  await open(page, '');
  const area = page.getByRole('figure', { name: 'Kustannukset painopistealueittain 2008' });
  await area.getByRole('button', { name: 'Näytä taulukkona' }).focus();
  await page.keyboard.press('Enter');
  await area.getByRole('table').waitFor();
  await area.getByRole('button', { name: 'Suodata: Ikääntyvien palvelut' }).focus();
  await page.keyboard.press('Space');
  assert.match((await page.getByTestId('filtered-summary').textContent()) ?? '', /^3 \/ 47/);
  await open(page, 'map/');
  const map = page.getByRole('group', { name: 'Kuntakartta: Maakunta' });
  await map.waitFor();
  // Tab from the zoom select into the map: the first municipality takes focus and shows its tooltip.
  await page.getByRole('combobox', { name: 'Rajaa maakuntaan' }).focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('municipality'))) break;
  }
  const code = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
  assert.ok(code, 'a municipality has focus');
  await page.getByRole('tooltip').waitFor();
  await page.keyboard.press('Enter');
  assert.equal(new URL(page.url()).searchParams.get('kunta'), code);
  assert.deepEqual(problems, []);
  await context.close();
});
