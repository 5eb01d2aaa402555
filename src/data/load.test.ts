import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataFetch, realDataset } from '../../test/unit/fixtures';
import { loadDataset } from './fetchData';
import { filesOf, validateDataset } from './load';

describe('loading the data files', () => {
  it('reads the document facts beside the tables', async () => {
    const result = await loadDataset('/', dataFetch());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dataset.programme.regions).toHaveLength(5);
    expect(result.dataset.events.length).toBeGreaterThan(20);
    expect(result.dataset.details.map((d) => d.projectId)).toContain('vaasan-perhekeskus');
    expect(result.dataset.report.developerGroups).toHaveLength(4);
  });

  it('names each file that does not arrive or is not JSON, and keeps the others', async () => {
    const result = await loadDataset('/', dataFetch({ 'regions.json': 404, 'events.json': '{"cut' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { file: 'regions.json', problem: { kind: 'http', status: 404 } },
      { file: 'events.json', problem: { kind: 'json', message: expect.any(String) } },
    ]);
    expect(result.partial.projects).toHaveLength(realDataset().projects.length);
  });
});

describe('validating the data files', () => {
  it('accepts the published files', () => {
    expect(validateDataset(filesOf(realDataset())).ok).toBe(true);
  });

  it("names events.json when an event carries a date in the documents' own format", () => {
    const events = JSON.parse(readFileSync('public/data/events.json', 'utf8'));
    events[0].start = '3.10.2008';
    const result = validateDataset({ ...filesOf(realDataset()), 'events.json': events });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        file: 'events.json',
        problem: { kind: 'schema', message: expect.stringMatching(/^0\.start: expected YYYY, YYYY-MM or YYYY-MM-DD/) },
      },
    ]);
    expect(result.partial.details).toBeDefined();
  });
});
