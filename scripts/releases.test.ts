import { describe, expect, it } from 'vitest';
import { changesBetween, snapshotOf, withRelease } from './releases.ts';

const data = (over: Partial<Parameters<typeof snapshotOf>[0]> = {}) => ({
  projects: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
  ],
  funding: {
    costs: [
      { projectId: 'a', amountEur: 100 },
      { projectId: 'a', amountEur: 50 },
    ],
  },
  quality: [{ id: 'n1', kind: 'total-mismatch' }],
  sources: [{ id: 'doc', sha256: 'x'.repeat(64) }],
  ...over,
});
const files = [{ path: 'projects.json', hash: 'sha256:1' }];

describe('release history', () => {
  it('sums a project’s costs and leaves a project without one at null', () => {
    expect(snapshotOf(data(), files).projects).toEqual({
      a: { name: 'Alpha', costEur: 150 },
      b: { name: 'Beta', costEur: null },
    });
  });

  it('names every change between two releases as facts', () => {
    const before = snapshotOf(data(), files);
    const after = snapshotOf(
      data({
        projects: [
          { id: 'a', name: 'Alpha 2' },
          { id: 'c', name: 'Gamma' },
        ],
        funding: { costs: [{ projectId: 'a', amountEur: 120 }] },
        quality: [{ id: 'n2', kind: 'missing-cost' }],
        sources: [{ id: 'doc', sha256: 'y'.repeat(64) }],
      }),
      [{ path: 'projects.json', hash: 'sha256:2' }],
    );
    expect(changesBetween(before, after)).toEqual([
      { kind: 'project-renamed', id: 'a', from: 'Alpha', to: 'Alpha 2' },
      { kind: 'cost-changed', id: 'a', name: 'Alpha 2', from: 150, to: 120 },
      { kind: 'project-removed', id: 'b', name: 'Beta' },
      { kind: 'project-added', id: 'c', name: 'Gamma' },
      { kind: 'note-removed', id: 'n1', noteKind: 'total-mismatch' },
      { kind: 'note-added', id: 'n2', noteKind: 'missing-cost' },
      { kind: 'source-changed', id: 'doc', from: 'x'.repeat(64), to: 'y'.repeat(64) },
      { kind: 'file-changed', id: 'projects.json' },
    ]);
  });

  it('does not count a digest recorded for the first time as a changed document', () => {
    const before = snapshotOf(data({ sources: [{ id: 'doc' }] }), files);
    expect(changesBetween(before, snapshotOf(data(), files))).toEqual([]);
  });

  const stored = { files: 2, bytes: 300, addedBytes: 100 };

  it('appends a release only when the version is new', () => {
    const v1 = { version: 'v1', created: '2026-11-24T00:00:00Z', stored };
    const first = withRelease(null, v1, snapshotOf(data(), files));
    expect(first.releases).toEqual([
      {
        version: 'v1',
        created: '2026-11-24',
        counts: { projects: 2, costs: 1, notes: 1, sources: 1 },
        stored,
        changes: [],
      },
    ]);
    expect(withRelease(first, { ...v1, stored: { ...stored, addedBytes: 0 } }, first.snapshot)).toEqual(first);
    const next = withRelease(
      first,
      { version: 'v2', created: '2026-12-03T00:00:00Z', stored },
      snapshotOf(data({ quality: [] }), files),
    );
    expect(next.releases.map((r) => r.version)).toEqual(['v1', 'v2']);
    expect(next.releases[1]!.changes).toEqual([{ kind: 'note-removed', id: 'n1', noteKind: 'total-mismatch' }]);
  });

  it('records the files of a rebuilt release that had none stored', () => {
    const lost = withRelease(
      null,
      { version: 'v1', created: '2026-11-24T00:00:00Z', stored },
      snapshotOf(data(), files),
    );
    lost.releases[0]!.stored = null;
    const rebuilt = withRelease(lost, { version: 'v1', created: '2026-11-24T00:00:00Z', stored }, lost.snapshot);
    expect(rebuilt.releases[0]!.stored).toEqual(stored);
  });
});
