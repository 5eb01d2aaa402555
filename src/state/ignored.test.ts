import { describe, expect, it } from 'vitest';
import { ignoredParts } from './ignored';
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
      ignoredParts('?layer=nosuch&year=2008,2010&sort=-colour&theme=Plan 2008&cost=maybe&geo=globe', known),
    ).toEqual([
      { param: 'layer', value: 'nosuch' },
      { param: 'year', value: '2010' },
      { param: 'sort', value: '-colour' },
      { param: 'theme', value: 'Plan 2008' },
      { param: 'cost', value: 'maybe' },
      { param: 'geo', value: 'globe' },
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

  it('leaves ids alone whose file did not load: they cannot be judged', () => {
    expect(ignoredParts('?theme=nosuch', { ...known, themes: undefined })).toEqual([]);
  });
});
