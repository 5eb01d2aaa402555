import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { buildProjectRows, rowsOf } from './rows';
import type { Dataset } from './schema';
import { datasetAssembler, datasetMessages, type DatasetMessage } from './transfer';

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
      const messages = [...datasetMessages(dataset, chunk)];
      const projectMessages = messages.filter((m) => m.type === 'projects');
      expect(projectMessages).toHaveLength(Math.ceil(dataset.projects.length / chunk));
      expect(messages[0]!.type).toBe('head');
      const assembled = assemble(messages)!;
      expect(assembled.dataset).toEqual(dataset);
      expect(assembled.rows.rows).toEqual(buildProjectRows(dataset));
      // The rows reference the assembled objects, and every view gets these rows instead of building its own.
      expect(assembled.rows.rows[5]!.project).toBe(assembled.dataset.projects[5]);
      expect(rowsOf(assembled.dataset)).toBe(assembled.rows);
      expect(assembled.rows.rowById.get(dataset.projects.at(-1)!.id)).toBe(assembled.rows.rows.at(-1));
      expect(assembled.rows.lookups.projects.size).toBe(dataset.projects.length);
    });
  }

  it('completes a dataset without projects or costs with its head', () => {
    const real = realDataset();
    const empty: Dataset = { ...real, projects: [], funding: { ...real.funding, costs: [] } };
    const messages = [...datasetMessages(empty)];
    expect(messages.map((m) => m.type)).toEqual(['head']);
    expect(assemble(messages)!.dataset).toEqual(empty);
  });

  it('refuses a project chunk that arrives before the head', () => {
    const [, projects] = [...datasetMessages(realDataset(), 10)];
    expect(() => datasetAssembler().add(projects!)).toThrow(/before the dataset head/);
  });
});
