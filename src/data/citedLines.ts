import { DataFileUnavailable } from './fetchData';
import type { Dataset, SourceRef } from './schema';

/** A line or range of lines of a source document the data cites, with every excerpt of it the data holds. */
export interface CitedLines {
  anchor: string;
  source: SourceRef;
  excerpts: string[];
}

/**
 * The sources page's anchor of a document's line range: one per document and range, stable across builds.
 * @example sourceAnchor({ document: 'minutes-2008', lineStart: 160, lineEnd: 162 }) // 'lines-minutes-2008-160-162'
 */
export const sourceAnchor = (s: Pick<SourceRef, 'document' | 'lineStart' | 'lineEnd'>): string =>
  `lines-${s.document}-${s.lineStart}-${s.lineEnd}`;

const isSourceRef = (value: object): value is SourceRef =>
  'document' in value &&
  typeof value.document === 'string' &&
  'lineStart' in value &&
  typeof value.lineStart === 'number' &&
  'lineEnd' in value &&
  typeof value.lineEnd === 'number';

/**
 * Every line range any value of the data cites (projects, costs, themes, regions, notes, events, …), once, in the
 * order of the documents and their lines, with the distinct excerpts the data already carries for it (none, when
 * the value was read from the line without quoting it). Nothing of a document's text is added. A data file that
 * failed to load (guardedDataset) is left out.
 */
export function citedLines(dataset: Dataset): CitedLines[] {
  const byAnchor = new Map<string, CitedLines>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    if (isSourceRef(value)) {
      const anchor = sourceAnchor(value);
      const cited = byAnchor.get(anchor) ?? {
        anchor,
        source: { document: value.document, lineStart: value.lineStart, lineEnd: value.lineEnd },
        excerpts: [],
      };
      byAnchor.set(anchor, cited);
      if (value.excerpt && !cited.excerpts.includes(value.excerpt)) cited.excerpts.push(value.excerpt);
    }
    Object.values(value).forEach(visit);
  };
  for (const key of Object.keys(dataset) as Array<keyof Dataset>) {
    try {
      // Of the documents themselves only the previews, mentions and figures they list cite lines.
      if (key === 'sources') {
        visit(dataset.sources.map((d) => [d.previews ?? [], d.mentions ?? [], d.figures ?? []]));
        continue;
      }
      visit(dataset[key]);
    } catch (error) {
      // A file that did not load cites nothing here; the views that need it say so.
      if (!(error instanceof DataFileUnavailable)) throw error;
    }
  }
  const { sources } = dataset;
  const order = new Map(sources.map((d, i) => [d.id, i]));
  const rank = (s: SourceRef) => order.get(s.document) ?? sources.length;
  return [...byAnchor.values()].sort(
    (a, b) =>
      rank(a.source) - rank(b.source) ||
      a.source.document.localeCompare(b.source.document) ||
      a.source.lineStart - b.source.lineStart ||
      a.source.lineEnd - b.source.lineEnd,
  );
}
