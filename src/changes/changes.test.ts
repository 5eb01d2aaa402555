import { describe, expect, it } from 'vitest';
import { loadReleaseHistory } from '../data/releaseHistory';
import { dataFetch } from '../../test/unit/fixtures';
import { groupChanges, newestFirst } from './changes';

describe('data changelog', () => {
  it('groups a release’s changes: projects, notes, sources, files', () => {
    expect(
      groupChanges([
        { kind: 'file-changed', id: 'sources.json' },
        { kind: 'note-added', id: 'n', noteKind: 'missing-cost' },
        { kind: 'cost-changed', id: 'p', name: 'P', from: 1, to: 2 },
      ]).map(([g, list]) => [g, list.length]),
    ).toEqual([
      ['projects', 1],
      ['notes', 1],
      ['files', 1],
    ]);
  });

  it('lists the committed releases newest first, the last one built as current', async () => {
    const { releases } = await loadReleaseHistory('/', dataFetch());
    const shown = newestFirst(releases);
    expect(shown[0]!.version).toBe(releases.at(-1)!.version);
    expect(shown.filter((r) => r.current)).toHaveLength(1);
    expect(shown.at(-1)!.changes).toEqual([]);
  });
});
