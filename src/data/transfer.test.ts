import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { buildProjectRows, rowsOf } from './rows';
import type { Dataset } from './schema';
import { buildFacetIndex, facetIndexOf, type FacetIndex } from '../state/facetIndex';
import { datasetAssembler, datasetMessages, transferables, type DatasetMessage } from './transfer';

/** Through a structured clone that moves the transferred buffers, as postMessage does. */
const posted = (messages: DatasetMessage[]) => messages.map((m) => structuredClone(m, { transfer: transferables(m) }));

function assemble(messages: DatasetMessage[]) {
  const assembler = datasetAssembler();
  const results = messages.map((m) => assembler.add(m));
  // Only the last message completes the dataset.
  expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
  return results.at(-1)!;
}

describe('the dataset in chunks', () => {
  for (const [name, dataset, chunk] of [
    ['the real dataset', realDataset(), 10],
    ['a synthetic dataset of 3 000 projects', syntheticDataset(realDataset(), 3000), 400],
  ] as Array<[string, Dataset, number]>) {
    it(`assembles ${name} and its rows exactly as one-shot loading builds them`, () => {
      const messages = posted([...datasetMessages(dataset, chunk)]);
      const projectMessages = messages.filter((m) => m.type === 'projects');
      expect(projectMessages).toHaveLength(Math.ceil(dataset.projects.length / chunk));
      expect(messages[0]!.type).toBe('head');
      expect(messages.at(-1)!.type).toBe('index');
      const assembled = assemble(messages)!;
      expect(assembled.dataset).toEqual(dataset);
      expect(assembled.rows.rows).toEqual(buildProjectRows(dataset));
      // The rows reference the assembled objects, and every view gets these rows instead of building its own.
      expect(assembled.rows.rows[5]!.project).toBe(assembled.dataset.projects[5]);
      expect(rowsOf(assembled.dataset)).toBe(assembled.rows);
      expect(assembled.rows.rowById.get(dataset.projects.at(-1)!.id)).toBe(assembled.rows.rows.at(-1));
      expect(assembled.rows.lookups.projects.size).toBe(dataset.projects.length);
      // The worker's facet index serves the selectors for these rows.
      const last = messages.at(-1)!;
      expect(last.type === 'index' && facetIndexOf(assembled.rows.rows)).toBe(last.type === 'index' && last.index);
      const plain = (index: FacetIndex) =>
        Object.values(index.postings).map((m) => [...m].map(([v, list]) => [v, [...list]]));
      expect(plain(facetIndexOf(assembled.rows.rows))).toEqual(plain(buildFacetIndex(assembled.rows.rows)));
      expect(facetIndexOf(assembled.rows.rows).size).toBe(dataset.projects.length);
    });
  }

  it('completes a dataset without projects or costs with its head and its (empty) index', () => {
    const real = realDataset();
    const empty: Dataset = { ...real, projects: [], funding: { ...real.funding, costs: [] } };
    const messages = [...datasetMessages(empty)];
    expect(messages.map((m) => m.type)).toEqual(['head', 'index']);
    expect(assemble(messages)!.dataset).toEqual(empty);
  });

  it('refuses a project chunk that arrives before the head', () => {
    const [, projects] = [...datasetMessages(realDataset(), 10)];
    expect(() => datasetAssembler().add(projects!)).toThrow(/before the dataset head/);
  });
});
