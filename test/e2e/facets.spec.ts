import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, sharedBrowser, watchedPage } from './browser.ts';

const shared = sharedBrowser();
const normal = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ').trim();

test('?centre= filters to the projects in the competence centre’s provinces, in Finnish and in Swedish', async () => {
  const { context, page, problems } = await watchedPage(shared.browser);
  const cases = [
    {
      path: 'projects/?centre=verso',
      summary: '10 / 47 hanketta',
      provinces: /Päijät-Häme/,
      facet: 'Osaamiskeskus',
      chip: 'Poista suodatin Osaamiskeskus: Verso',
      value: 'Verso',
    },
    {
      path: 'sv/projects/?year=2009&centre=pikassos',
      summary: '10 av 47 projekt',
      provinces: /Birkaland|Egentliga Tavastland/,
      facet: 'Kompetenscentrum',
      chip: 'Ta bort filtret Kompetenscentrum: Pikassos',
      value: 'Pikassos',
    },
  ];
  for (const c of cases) {
    await open(page, c.path);
    assert.ok(normal(await page.getByTestId('summary').textContent()).startsWith(c.summary), c.path);
    const provinces = await page.locator('table.projects-table td[data-column="provinces"]').allTextContents();
    assert.equal(provinces.length, Number(c.summary.split(' ')[0]), c.path);
    for (const p of provinces) assert.match(p, c.provinces, c.path);
    await page.getByRole('button', { name: c.chip }).waitFor();
    const box = page.getByRole('group', { name: c.facet, exact: true }).getByRole('checkbox', { name: c.value });
    assert.equal(await box.isChecked(), true, c.path);
    // A known centre stays in the address.
    assert.equal(new URL(page.url()).search, c.path.slice(c.path.indexOf('?')));
  }
  assert.deepEqual(problems, []);
  await context.close();
});
