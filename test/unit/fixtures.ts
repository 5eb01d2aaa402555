import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/schema';
import { DATA_FILE_NAMES, DATA_KEYS } from '../../src/data/fetchData';

const read = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8'));

let dataset: Dataset | undefined;

/** The committed dataset, as the app loads it: read once per test file and shared (treat it as read-only). */
export function realDataset(): Dataset {
  dataset ??= Object.fromEntries(DATA_FILE_NAMES.map((file) => [DATA_KEYS[file], read(file)])) as unknown as Dataset;
  return dataset;
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

/**
 * The real dataset with a third plan year, 2010, as a next version of the minutes would add one: the 2009 themes
 * again (each continuing its 2009 namesake) and copies of three 2009 projects.
 */
export function datasetWithPlan2010(): Dataset {
  const d = structuredClone(realDataset());
  const themes2009 = d.themes.filter((t) => t.scheme === 'plan-2009');
  d.themes.push(
    ...themes2009.map((t) => ({
      ...t,
      id: `plan-2010-${t.order}`,
      scheme: 'plan-2010' as const,
      predecessorIds: [t.id],
    })),
  );
  const copies = d.projects.filter((p) => p.planYear === 2009).slice(0, 3);
  d.projects.push(
    ...copies.map((p) => ({
      ...p,
      id: p.id.replace(/^2009-/, '2010-'),
      planYear: 2010,
      themeId: p.themeId!.replace('plan-2009', 'plan-2010'),
      continues: [],
    })),
  );
  return d;
}
