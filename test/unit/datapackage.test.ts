// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
// The Frictionless reference implementation: its bundled Data Package and Table Schema profiles (JSON Schema,
// draft-04) are the specification's own.
import { Package } from 'datapackage';
import { Table } from 'tableschema';

const dir = 'public/data';
const read = (name: string) => readFileSync(`${dir}/${name}`);
const descriptor = JSON.parse(read('datapackage.json').toString('utf8'));

describe('datapackage.json', () => {
  it('validates against the Data Package profile, with a Table Schema for every CSV resource', async () => {
    const pkg = await Package.load(descriptor, { basePath: dir });
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const tabular = pkg.resources.filter((r: { tabular: boolean }) => r.tabular);
    expect(tabular.map((r: { name: string }) => r.name)).toEqual([
      'projects-csv',
      'costs-csv',
      'shares-csv',
      'municipalities-csv',
      'quality-csv',
      'events-csv',
    ]);
  });

  it('the validator catches a broken descriptor (so the check above means something)', async () => {
    const broken = {
      ...descriptor,
      resources: [{ ...descriptor.resources[0], name: 'Not A Name' }],
      licenses: [{ name: 'CC BY 4.0' }],
    };
    const pkg = await Package.load(broken, { basePath: dir });
    expect(pkg.valid).toBe(false);
    expect(pkg.errors.length).toBeGreaterThanOrEqual(2);
  });

  it('reads every CSV resource with its Table Schema: the values cast to the declared types', async () => {
    // Every CSV starts with a UTF-8 BOM (for Excel); the reference reader needs to be told, as Python's frictionless is not.
    const read = async (name: string) => {
      const r = descriptor.resources.find((x: { name: string }) => x.name === name);
      const table = await Table.load(`${dir}/${r.path}`, { schema: r.schema, bom: true });
      return (await table.read({ keyed: true })) as Array<Record<string, unknown>>;
    };
    const projects = await read('projects-csv');
    expect(projects).toHaveLength(47);
    expect(projects.find((r) => r.id === '2008-proomu-hanke')).toMatchObject({
      name: 'Proomu-hanke',
      plan_year: 2008,
      cost_eur: 180100,
      administrators: 'Heinola',
      source: 'minutes-2008:108-110',
    });
    const municipalities = await read('municipalities-csv');
    expect(municipalities).toHaveLength(88);
    expect(municipalities.find((m) => m.code === '499')).toMatchObject({ name_fi: 'Mustasaari', name_sv: 'Korsholm' });
    expect((await read('costs-csv')).find((c) => c.row === 'stated-total')).toMatchObject({
      plan_year: 2008,
      amount_eur: 9528150,
    });
    for (const name of ['shares-csv', 'quality-csv', 'events-csv']) await read(name);
  });

  it('names the licence, every source document, the build date and every published file with its size and hash', () => {
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    const sources = JSON.parse(read('sources.json').toString('utf8')) as Array<{ id: string; title: string }>;
    expect(descriptor.sources).toHaveLength(sources.length);
    for (const s of sources)
      expect(descriptor.sources.map((x: { title: string }) => x.title).join('\n')).toContain(s.title);
    expect(descriptor.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'projects.json',
        'funding.json',
        'regions.json',
        'schema.json',
        'projects.csv',
        'events.csv',
      ]),
    );
    for (const r of descriptor.resources as Array<{
      path: string;
      bytes: number;
      hash: string;
      titles: Record<string, string>;
      descriptions: Record<string, string>;
    }>) {
      const bytes = read(r.path);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(Object.keys(r.titles).sort()).toEqual(['en', 'fi', 'sv']);
      expect(Object.values(r.descriptions).every((d) => d.length > 10)).toBe(true);
    }
    for (const r of descriptor.resources.filter((x: { format: string }) => x.format === 'csv')) {
      for (const f of r.schema.fields)
        expect(Object.keys(f.titles).sort(), `${r.name}.${f.name}`).toEqual(['en', 'fi', 'sv']);
    }
  });

  it('publishes English CSV with a BOM, the field names as header and formulas neutralised', () => {
    const csv = read('projects.csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      descriptor.resources
        .find((r: { name: string }) => r.name === 'projects-csv')
        .schema.fields.map((f: { name: string }) => f.name)
        .join(','),
    );
    expect(text.split('\r\n').filter((line) => /(^|,)[=+\-@]/.test(line))).toEqual([]);
  });
});
