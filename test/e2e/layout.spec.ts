import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, pagePath, screenshot, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();

for (const [lang, reason] of [
  ['fi', 'Hakusana löytyi: kotikunta: Hämeenlinna'],
  ['sv', 'Sökordet hittades: hemkommun: Tavastehus'],
] as const)
  test(`a search result says what matched when the project's name does not (${lang})`, async () => {
    const { context, page, problems } = await watchedPage(shared.browser);
    await open(page, pagePath('projects', lang, '?q=hameenlinna'));
    const row = page.locator('table.projects-table tbody tr', { hasText: 'Mainiemen päihdetyön kehittämisyksikkö' });
    await row.waitFor();
    // What a screen reader hears; the words before the colon are visually hidden.
    assert.equal(await row.locator('.search-match').textContent(), reason);
    // A project whose name has the word needs no reason.
    const named = page.locator('table.projects-table tbody tr', { hasText: 'Hämeenlinnan seudun' });
    assert.equal(await named.locator('.search-match').count(), 0);
    await screenshot(page, `search-match-${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
