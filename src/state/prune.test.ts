import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeLocation } from './url';
import { pruneUnknownIds, type KnownIds } from './prune';

const known: KnownIds = {
  themes: new Set(['plan-2008-1', 'plan-2009-5']),
  admins: new Set(['phsotey']),
  provinces: new Set(['paijat-hame', 'pirkanmaa']),
  municipalities: new Set(['398', '837']),
  projects: new Set(['2008-proomu-hanke']),
};

describe('pruneUnknownIds', () => {
  it('drops unknown themes, administrators, provinces, municipalities, project and zoom, keeping the known ones', () => {
    const s = decodeUrlState(
      '?view=projects&theme=nosuch,plan-2008-1&admin=nobody,phsotey&province=atlantis&kunta=999,398&project=no-such-project&zoom=atlantis&year=2008&q=lasse',
    );
    const pruned = pruneUnknownIds(s, known);
    expect(encodeLocation(pruned, '/')).toBe('/projects/?year=2008&theme=plan-2008-1&admin=phsotey&kunta=398&q=lasse');
  });

  it('keeps a known project and zoom province', () => {
    const s = decodeUrlState('?project=2008-proomu-hanke&zoom=pirkanmaa&view=map');
    expect(pruneUnknownIds(s, known)).toBe(s);
  });

  it('returns the same object when every id is known, so callers can tell nothing changed', () => {
    const s = decodeUrlState('?theme=plan-2009-5&province=paijat-hame,pirkanmaa&kunta=837');
    expect(pruneUnknownIds(s, known)).toBe(s);
  });

  it('leaves the ids of a file that did not load untouched', () => {
    const s = decodeUrlState('?theme=nosuch&admin=nobody&project=whatever');
    const pruned = pruneUnknownIds(s, { admins: known.admins });
    expect(pruned.filters.themes).toEqual(['nosuch']);
    expect(pruned.filters.admins).toEqual([]);
    expect(pruned.selectedProjectId).toBe('whatever');
  });
});
