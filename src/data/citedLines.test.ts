import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { citedLines, sourceAnchor } from './citedLines';
import { guardedDataset } from './fetchData';

describe('citedLines', () => {
  const dataset = realDataset();
  const cited = citedLines(dataset);
  const anchors = new Set(cited.map((c) => c.anchor));

  it('names a document’s line range by one anchor', () => {
    expect(sourceAnchor({ document: 'minutes-2008', lineStart: 160, lineEnd: 162 })).toBe('lines-minutes-2008-160-162');
  });

  it('lists every range the data cites once, the projects’, notes’, events’ and documents’ mentions among them', () => {
    expect(anchors.size).toBe(cited.length);
    const mentions = dataset.sources.flatMap((d) => [...(d.mentions ?? []), ...(d.figures ?? [])]);
    expect(mentions.length).toBeGreaterThan(0);
    for (const s of [
      ...dataset.projects.flatMap((p) => p.sources),
      ...dataset.quality.flatMap((q) => q.sources),
      ...dataset.events.map((e) => e.source),
      ...mentions.map((m) => m.source),
    ])
      expect(anchors).toContain(sourceAnchor(s));
  });

  it('keeps the excerpts the data holds for a range, and adds none', () => {
    const first = dataset.projects[0]!.sources[0]!;
    const line = cited.find((c) => c.anchor === sourceAnchor(first))!;
    expect(line.source).toEqual({ document: first.document, lineStart: first.lineStart, lineEnd: first.lineEnd });
    expect(line.excerpts).toContain(first.excerpt);
    const json = JSON.stringify(dataset);
    for (const c of cited) for (const e of c.excerpts) expect(json).toContain(JSON.stringify(e));
    expect(cited.some((c) => c.excerpts.length === 0)).toBe(true);
  });

  it('goes in the order of the documents, then their lines', () => {
    const rank = (id: string) => dataset.sources.findIndex((d) => d.id === id);
    for (let i = 1; i < cited.length; i++) {
      const [a, b] = [cited[i - 1]!.source, cited[i]!.source];
      expect(rank(a.document) < rank(b.document) || (a.document === b.document && a.lineStart <= b.lineStart)).toBe(
        true,
      );
    }
  });

  it('leaves out a file that did not load, and lists the others’ lines', () => {
    const { events, ...rest } = dataset;
    const partial = guardedDataset(rest, [{ file: 'events.json', problem: { kind: 'http', status: 404 } }]);
    const lines = citedLines(partial).map((c) => c.anchor);
    expect(lines).toContain(sourceAnchor(dataset.projects[0]!.sources[0]!));
    expect(lines.length).toBeLessThanOrEqual(cited.length);
    expect(events.length).toBeGreaterThan(0);
  });
});
