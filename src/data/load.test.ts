import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataFetch, realDataset } from '../../test/unit/fixtures';
import { builtFrom, dataDigest, DATA_FILE_NAMES, loadDataset } from './fetchData';
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

describe('the fingerprint of the data files a page was built from', () => {
  const published = Object.fromEntries(DATA_FILE_NAMES.map((f) => [f, readFileSync(`public/data/${f}`, 'utf8')]));
  const digest = (texts: Record<string, string | null>) => dataDigest((file) => texts[file] ?? null);

  it('is the same for the same texts and differs when one character of one file does', () => {
    expect(digest(published)).toMatch(/^[0-9a-f]+-[0-9a-f]{8}$/);
    expect(digest({ ...published })).toBe(digest(published));
    const edited = published['funding.json']!.replace(/\d/, (d) => String((Number(d) + 1) % 10));
    expect(digest({ ...published, 'funding.json': edited })).not.toBe(digest(published));
  });

  it('tells which file holds which text, and has none when a file did not arrive', () => {
    const swapped = {
      ...published,
      'events.json': published['report.json']!,
      'report.json': published['events.json']!,
    };
    expect(digest(swapped)).not.toBe(digest(published));
    expect(digest({ ...published, 'regions.json': null })).toBeNull();
  });

  it('tells the files of a fingerprint from others, of the same length or not', () => {
    const textOf = (texts: Record<string, string | null>) => (file: string) => texts[file] ?? null;
    const fingerprint = digest(published);
    expect(builtFrom(textOf(published), fingerprint)).toBe(true);
    const sameLength = published['funding.json']!.replace(/\d/, (d) => String((Number(d) + 1) % 10));
    expect(builtFrom(textOf({ ...published, 'funding.json': sameLength }), fingerprint)).toBe(false);
    expect(builtFrom(textOf({ ...published, 'funding.json': `${published['funding.json']} ` }), fingerprint)).toBe(
      false,
    );
    expect(builtFrom(textOf({ ...published, 'funding.json': null }), fingerprint)).toBe(false);
    expect(builtFrom(textOf(published), undefined)).toBe(false);
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
