import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/schema';
import { useAppStore } from '../../src/state/store';
import { DEFAULT_URL_STATE } from '../../src/state/types';

const read = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8'));

let dataset: Dataset | undefined;

/** The committed dataset, as the app loads it: read once per test file and shared (treat it as read-only). */
export function realDataset(): Dataset {
  dataset ??= {
    projects: read('projects.json'),
    funding: read('funding.json'),
    themes: read('themes.json'),
    regions: read('regions.json'),
    sources: read('sources.json'),
    quality: read('quality.json'),
    programme: read('programme.json'),
    events: read('events.json'),
    details: read('details.json'),
    report: read('report.json'),
  };
  return dataset;
}

export function resetStore() {
  useAppStore.setState({ ...DEFAULT_URL_STATE, colorScheme: 'system' });
}

/** A fetch that serves public/data, with per-file overrides (a body string or an HTTP status). */
export function dataFetch(overrides: Record<string, string | number> = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const file = String(input).split('/').pop()!;
    const o = overrides[file];
    if (typeof o === 'number') return new Response('not found', { status: o, statusText: 'Not Found' });
    return new Response(o ?? readFileSync(`public/data/${file}`, 'utf8'), { status: 200 });
  }) as typeof fetch;
}
