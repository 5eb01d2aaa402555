import { describe, expect, it } from 'vitest';
import { ignoredParts, summariseIgnored } from './ignored';
import type { KnownIds } from './prune';

const known: KnownIds = {
  themes: new Set(['plan-2008-1', 'plan-2009-2']),
  admins: new Set(['lahti']),
  provinces: new Set(['pirkanmaa']),
  municipalities: new Set(['398']),
  projects: new Set(['2008-proomu-hanke']),
};

describe('ignoredParts', () => {
  it('names each value the data does not know, keeping the ones it does', () => {
    expect(ignoredParts('?theme=nosuch,plan-2008-1,other&admin=lahti', known)).toEqual([
      { param: 'theme', value: 'nosuch' },
      { param: 'theme', value: 'other' },
    ]);
    expect(ignoredParts('?project=2008-gone&zoom=lappi&kunta=398,999', known)).toEqual([
      { param: 'project', value: '2008-gone' },
      { param: 'zoom', value: 'lappi' },
      { param: 'kunta', value: '999' },
    ]);
  });

  it('names values the address cannot hold: an unknown layer, year, sort or malformed id, as written', () => {
    expect(
      ignoredParts(
        '?layer=nosuch&year=2008,2010&sort=-colour&theme=Plan 2008&cost=maybe&geo=globe&evidence=proven',
        known,
      ),
    ).toEqual([
      { param: 'layer', value: 'nosuch' },
      { param: 'year', value: '2010' },
      { param: 'sort', value: '-colour' },
      { param: 'theme', value: 'Plan 2008' },
      { param: 'cost', value: 'maybe' },
      { param: 'geo', value: 'globe' },
      { param: 'evidence', value: 'proven' },
    ]);
  });

  it('reports a repeated parameter, whose later copies are not read', () => {
    expect(ignoredParts('?layer=cost&layer=lasse', known)).toEqual([{ param: 'layer', value: 'lasse' }]);
  });

  it('ignores an amount that is not whole euros, or a maximum below the minimum, but reads 0100 as 100', () => {
    expect(ignoredParts('?min=100,5&max=1e6', known)).toEqual([
      { param: 'min', value: '100,5' },
      { param: 'max', value: '1e6' },
    ]);
    expect(ignoredParts('?min=5000&max=100', known)).toEqual([{ param: 'max', value: '100' }]);
    expect(ignoredParts('?min=0100', known)).toEqual([]);
  });

  it('reports nothing for a valid address, defaults written out, empty values or parameters it does not define', () => {
    expect(
      ignoredParts(
        '?year=2009&theme=plan-2009-2&layer=province&geo=tiles&yta=2014&split=administrator&sort=-cost&hide=period&q=äldre',
        known,
      ),
    ).toEqual([]);
    expect(ignoredParts('?theme=&layer=&utm_source=mail', known)).toEqual([]);
  });

  it("names an old link's view or language that it cannot read, not one it can", () => {
    expect(ignoredParts('?view=nosuch&lang=de&layer=cost', known)).toEqual([
      { param: 'view', value: 'nosuch' },
      { param: 'lang', value: 'de' },
    ]);
    expect(ignoredParts('?view=map&lang=sv', known)).toEqual([]);
  });

  it('leaves ids alone whose file did not load: they cannot be judged', () => {
    expect(ignoredParts('?theme=nosuch', { ...known, themes: undefined })).toEqual([]);
  });
});

describe('summariseIgnored', () => {
  it('cuts a long value with an ellipsis and keeps short ones as they are', () => {
    const { shown, more } = summariseIgnored(
      [
        { param: 'theme', value: 'a'.repeat(100_000) },
        { param: 'layer', value: 'nosuch' },
      ],
      8,
      40,
    );
    expect(shown).toEqual([
      { param: 'theme', value: `${'a'.repeat(39)}…` },
      { param: 'layer', value: 'nosuch' },
    ]);
    expect(more).toBe(0);
  });

  it('lists at most the first few distinct parts and counts the rest', () => {
    const parts = Array.from({ length: 300 }, (_, i) => ({ param: 'year', value: String(3000 + i) }));
    const { shown, more } = summariseIgnored([...parts, ...parts], 8);
    expect(shown.map((p) => p.value)).toEqual(['3000', '3001', '3002', '3003', '3004', '3005', '3006', '3007']);
    expect(more).toBe(292);
  });

  it('does not cut a character written as two UTF-16 units in half', () => {
    const { shown } = summariseIgnored([{ param: 'theme', value: `abc${'😀'.repeat(10)}` }], 8, 5);
    expect(shown[0]!.value).toBe('abc…');
  });
});
