import type { LoadResult } from './load';
import type { Cost, Dataset, Project } from './schema';
import { adoptFacetIndex, facetIndexBuilder, type FacetIndex } from '../state/facetIndex';
import {
  adoptRows,
  joinRow,
  lookups,
  rowContext,
  rowParts,
  type DatasetRows,
  type Lookups,
  type ProjectRow,
  type RowParts,
} from './rows';

/**
 * How the data worker hands a validated dataset to the page: as many small JSON messages, never one big one.
 * One structured clone of 100 000 projects is a single main-thread task of seconds; a message here is a string
 * (copied, not walked) that the page parses in its own task, so the page stays responsive while the data arrives.
 * The project chunks carry each row's computed parts (search text, costs, municipalities, successors), so the
 * page only joins them to the objects (data/rows.ts joinRow); the facet index comes built.
 */
export type DatasetMessage =
  /** Everything but the projects and the costs, and how many of those follow. */
  | { type: 'head'; json: string; projects: number; costs: number }
  /** `[Project[], RowParts[]]`, consecutive projects in the file's order. */
  | { type: 'projects'; json: string }
  /** `Cost[]`, consecutive costs in the file's order. */
  | { type: 'costs'; json: string }
  /** The rows' facet index (state/facetIndex.ts), last: its posting lists are transferred, not copied. */
  | { type: 'index'; index: FacetIndex };

/** The buffers a message hands over instead of copying. */
export const transferables = (message: DatasetMessage): Transferable[] =>
  message.type === 'index'
    ? Object.values(message.index.postings).flatMap((m) => [...m.values()].map((list) => list.buffer))
    : [];

/**
 * What the data worker answers: a failed load whole (it is small, and the error panel needs it), a dataset in
 * chunks, or that it broke (the page then loads on its own thread).
 */
export type WorkerMessage =
  DatasetMessage | { type: 'failed'; result: LoadResult } | { type: 'crashed'; message: string };

/** Rows per message: about 0.75 MB of JSON, parsed and joined on the page in a few tens of milliseconds. */
export const CHUNK_ROWS = 1000;
const CHUNK_COSTS = 2500;

/** The messages for one dataset, in the order the assembler expects them. */
export function* datasetMessages(dataset: Dataset, chunk = CHUNK_ROWS): Generator<DatasetMessage> {
  const { projects, funding } = dataset;
  const head: Dataset = { ...dataset, projects: [], funding: { ...funding, costs: [] } };
  yield { type: 'head', json: JSON.stringify(head), projects: projects.length, costs: funding.costs.length };
  const context = rowContext(dataset);
  const index = facetIndexBuilder();
  for (let i = 0; i < projects.length; i += chunk) {
    const slice = projects.slice(i, i + chunk);
    const parts = slice.map((p) => rowParts(p, context));
    parts.forEach((part, j) => index.add(part, slice[j]!));
    yield { type: 'projects', json: JSON.stringify([slice, parts]) };
  }
  const costChunk = chunk * (CHUNK_COSTS / CHUNK_ROWS);
  for (let i = 0; i < funding.costs.length; i += costChunk)
    yield { type: 'costs', json: JSON.stringify(funding.costs.slice(i, i + costChunk)) };
  yield { type: 'index', index: index.build() };
}

/**
 * Collects a dataset's messages on the page. `add` does one message's share of the work (parse it, join its rows)
 * and returns the dataset once the last has arrived; its rows and facet index are then registered for rowsOf()
 * and the selectors.
 */
export function datasetAssembler() {
  let head: Dataset | null = null;
  let expected = { projects: 0, costs: 0 };
  let l: Lookups | null = null;
  let index: FacetIndex | null = null;
  const projects: Project[] = [];
  const costs: Cost[] = [];
  const rows: ProjectRow[] = [];
  const projectById = new Map<string, Project>();
  const rowById = new Map<string, ProjectRow>();

  const complete = (): { dataset: Dataset; rows: DatasetRows } | null => {
    if (!head || !index || projects.length < expected.projects || costs.length < expected.costs) return null;
    adoptFacetIndex(rows, index);
    const dataset: Dataset = { ...head, projects, funding: { ...head.funding, costs } };
    const entry: DatasetRows = { rows, rowById, lookups: l! };
    adoptRows(dataset, entry);
    return { dataset, rows: entry };
  };

  return {
    add(message: DatasetMessage) {
      if (message.type === 'head') {
        head = JSON.parse(message.json) as Dataset;
        expected = { projects: message.projects, costs: message.costs };
        l = lookups(head, projectById);
      } else if (message.type === 'projects') {
        if (!l) throw new Error('project chunk before the dataset head');
        const [slice, parts] = JSON.parse(message.json) as [Project[], RowParts[]];
        slice.forEach((project, i) => {
          const row = joinRow(project, parts[i]!, l!);
          projects.push(project);
          rows.push(row);
          projectById.set(project.id, project);
          rowById.set(project.id, row);
        });
      } else if (message.type === 'costs') {
        for (const cost of JSON.parse(message.json) as Cost[]) costs.push(cost);
      } else {
        index = message.index;
      }
      return complete();
    },
  };
}
