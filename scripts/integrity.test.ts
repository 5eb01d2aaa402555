import { describe, expect, it } from 'vitest';
import { realDataset } from '../test/unit/fixtures.ts';
import { integrityErrors } from './integrity.ts';

describe('integrityErrors', () => {
  it('finds the committed data consistent', () => expect(integrityErrors(realDataset())).toEqual([]));

  it('reports a duplicated quality id and a note naming an unknown place, each at its document line', () => {
    const d = realDataset();
    const note = d.quality.find((q) => q.kind === 'lasse-in-matrix-not-list')!;
    d.quality.push(structuredClone(note), { ...structuredClone(note), id: 'other', values: { municipality: '999' } });
    const at = `${d.sources.find((s) => s.id === note.sources[0]!.document)!.file}:${note.sources[0]!.lineStart}`;
    expect(integrityErrors(d)).toEqual([
      `${at}: quality ${note.id}: id not unique`,
      `${at}: quality other: unknown municipality 999`,
    ]);
  });
});
