import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BASE_URL = process.env.E2E_URL ?? 'http://127.0.0.1:4173/kaste-dashboard/';
export const SCREENSHOTS = join(process.cwd(), 'test-output/screenshots');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
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

/** A page whose every console error, exception, failed or foreign request is recorded for the test to assert on. */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const origin = new URL(BASE_URL).origin;
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is the browser cancelling a request because the test navigated on, not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`foreign request: ${url}`);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Waits until the view has painted its heading and every lazily loaded part: the data, the view's chunk, the
 * chart chunk and the border file each show a placeholder marked data-loading until they arrive.
 */
export async function viewReady(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
}
