import { after, before } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

export const BASE_URL = process.env.E2E_URL ?? 'http://127.0.0.1:4173/kaste-dashboard/';
/**
 * Whether the build has the real municipal borders (`npm run data:geo`). Without them (a fork whose download
 * failed, no ../shared/geo) the site deploys with the tile map, and the border checks say they were left out.
 */
export const HAS_BOUNDARIES = existsSync(join(process.cwd(), 'dist/data/boundaries-2013.json'));
export const NO_BOUNDARIES_REASON =
  'no dist/data/boundaries-2013.json: run npm run data:geo (or have ../shared/geo) to test the real borders';

/** The site's base path, e.g. `/kaste-dashboard/`. */
export const BASE_PATH = new URL(BASE_URL).pathname;
export const SCREENSHOTS = join(process.cwd(), 'test-output/screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** One browser for a spec file: launched before its first test, closed after its last. */
export function sharedBrowser(): { browser: Browser } {
  const holder = {} as { browser: Browser };
  before(async () => {
    holder.browser = await launch();
  });
  after(async () => {
    await holder.browser.close();
  });
  return holder;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and requests to another origin seen so far. */
  problems: string[];
}

/**
 * A console warning of the app's own: e2e contexts block service workers (only offline.spec.ts allows them), so the
 * harness's notice of that and the app's note that offline use is unavailable are expected.
 */
export const appWarning = (m: ConsoleMessage) =>
  m.type() === 'warning' && !/Service Worker registration blocked|The site will not work offline/.test(m.text());

/**
 * A page whose every console error, exception, failed or foreign request is recorded for the test to assert on.
 * Service workers are blocked unless `options` allow them: the tests inject faults with page.route, which a
 * service worker answering from its cache would bypass (offline.spec.ts allows them).
 */
export async function watchedPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const origin = new URL(BASE_URL).origin;
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is the browser cancelling a request because the test navigated on, not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      problems.push(`foreign request: ${url}`);
  });
  return { context, page, problems };
}

/**
 * Each language once and each width once, Finnish at a desktop's width and Swedish at a phone's: for checks whose
 * outcome depends on the language and on the width, but not on the two together. The full cross product ran the
 * suite's slowest tests twice for no fault only one of its pairs could show; layout checks keep the product.
 */
export const LANG_WIDTHS = [
  ['fi', 1366],
  ['sv', 390],
] as const;
/** The width LANG_WIDTHS pairs with a language. */
export const PAIRED_WIDTH: Record<'fi' | 'sv', number> = Object.fromEntries(LANG_WIDTHS) as Record<'fi' | 'sv', number>;

/** WCAG 2.1 A and AA, what EN 301 549 asks of a public-sector site. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * An axe check of the page: axe.run in the page itself, reporting every node of each violation and only a count of
 * the rest. (Axe's default for Playwright runs each frame apart and finishes in a blank page of its own, for
 * pages with cross-origin frames, which these pages do not have: twice the time for the same violations.)
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/** Pictures to look at are taken only when asked for (E2E_SCREENSHOTS=1): they assert nothing and take a render each. */
export const TAKE_SCREENSHOTS = Boolean(process.env.E2E_SCREENSHOTS);

/** The whole page (or one element) as test-output/screenshots/<name>.png, when TAKE_SCREENSHOTS. */
export async function screenshot(target: Page | Locator, name: string) {
  if (!TAKE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await ('goto' in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}

/**
 * Opens a page of the site (a path below the base, query included) and waits until the app has taken over the
 * prerendered page and every lazily loaded part it asked for (the view's chunk, a chart chunk, the border file: each
 * shows a placeholder marked data-loading until it arrives) is there.
 */
export async function open(page: Page, path = '') {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('html[data-ready]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
}

/** The address a page names (print header, report links) for `path` below the base, once the app has taken over. */
export function pageAddress(page: Page, path = new URL(page.url()).pathname.slice(BASE_PATH.length)): string {
  return `${BASE_URL}${path}`;
}

/** The path of a view's page below the base (Finnish at the root, `sv/` and `en/` prefixes, `''` the start page), then the query. */
export function pagePath(view: string, lang = 'fi', query = ''): string {
  return `${lang === 'fi' ? '' : `${lang}/`}${view === 'overview' ? '' : `${view}/`}${query}`;
}

/**
 * Brings the interactive chart in for a figure's static drawing, as a reader with a mouse does: the pointer over
 * the drawing loads Recharts, which takes its place (ui/BarChart); then the pointer over the first bar shows its
 * tooltip.
 */
export async function takeOverChart(figure: Locator) {
  const drawing = figure.locator('.chart-canvas');
  await drawing.hover({ position: { x: 5, y: 5 } });
  const surface = drawing.locator('svg.recharts-surface');
  await surface.waitFor();
  await drawing.locator('.recharts-bar-rectangle path').first().hover();
  const tooltip = drawing.locator('.recharts-tooltip-wrapper .chart-tooltip');
  await tooltip.waitFor();
  return { surface, tooltip };
}
