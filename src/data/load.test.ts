import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataFetch, realDataset } from '../../test/unit/fixtures';
import {
  DATA_FILE_NAMES,
  fetchDataFiles,
  isBuiltRelease,
  loadDataset,
  parseDataFiles,
  type FetchedFiles,
} from './fetchData';
import type { Publication } from './publicationSchema';
import { filesOf, validateDataset, validateLoaded } from './load';

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

describe('whether the fetched files are the release a page was built from', () => {
  const published = Object.fromEntries(
    DATA_FILE_NAMES.map((f) => [f, { text: readFileSync(`public/data/${f}`, 'utf8') }]),
  ) as FetchedFiles;
  const publication = JSON.parse(readFileSync('public/data/datapackage.json', 'utf8')) as Publication;

  it('is when the package names the release and every file has the size it states', () => {
    expect(isBuiltRelease(published, publication, publication.version)).toBe(true);
  });

  it('is not for another release, a missing package or release, or a file that did not arrive', () => {
    expect(isBuiltRelease(published, publication, '000000000000')).toBe(false);
    expect(isBuiltRelease(published, null, publication.version)).toBe(false);
    expect(isBuiltRelease(published, publication, undefined)).toBe(false);
    const missing = { ...published, 'regions.json': { error: { kind: 'http' as const, status: 404 } } };
    expect(isBuiltRelease(missing, publication, publication.version)).toBe(false);
  });

  it('is not when a file was replaced by one of another size, counted in bytes, not characters', () => {
    const edited = published['funding.json'];
    if (!('text' in edited)) throw new Error('funding.json');
    const longer = { text: edited.text.replace('"', '"ä') };
    expect(longer.text.length - edited.text.length).toBe(1);
    expect(isBuiltRelease({ ...published, 'funding.json': longer }, publication, publication.version)).toBe(false);
    const swapped = { ...published, 'events.json': published['report.json'], 'report.json': published['events.json'] };
    expect(isBuiltRelease(swapped, publication, publication.version)).toBe(false);
  });
});

describe('checking files the page was not built from', () => {
  it('passes the published files as they are', async () => {
    const result = validateLoaded(await loadDataset('/', dataFetch()));
    expect(result.ok).toBe(true);
  });

  it('names a file whose amounts are strings, which would show as NaN, and keeps the others', async () => {
    const funding = readFileSync('public/data/funding.json', 'utf8').replace(/: (\d+)/g, ': "$1"');
    const result = validateLoaded(await loadDataset('/', dataFetch({ 'funding.json': funding })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { file: 'funding.json', problem: { kind: 'schema', message: expect.stringMatching(/number/) } },
    ]);
    expect(result.partial.funding).toBeUndefined();
    expect(result.partial.projects).toHaveLength(realDataset().projects.length);
  });

  it("keeps the parse's own problems, in the files' order, beside the schema's", async () => {
    const files = await fetchDataFiles('/', dataFetch({ 'regions.json': 404, 'projects.json': '[{"id":"x"}]' }));
    const result = validateLoaded(parseDataFiles(files));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.file, e.problem.kind])).toEqual([
      ['projects.json', 'schema'],
      ['regions.json', 'http'],
    ]);
  });
});
