import { beforeAll, describe, expect, it } from 'vitest';
import { buildProjectRows, type ProjectRow } from '../data/rows';
import { foldForSearch } from '../i18n/format';
import { realDataset } from '../../test/unit/fixtures';
import { selectFilteredRows } from './selectors';
import { EMPTY_FILTERS } from './types';
import { searchMatches } from './searchMatch';

let rows: ProjectRow[];
beforeAll(() => {
  rows = buildProjectRows(realDataset());
});
const found = (q: string) => selectFilteredRows(rows, { ...EMPTY_FILTERS, q });
const row = (name: string) => rows.find((r) => r.project.name.startsWith(name))!;

describe('searchMatches', () => {
  it('names the home municipality a search found, in the reader’s language', () => {
    const mainiemi = row('Mainiemen päihdetyön');
    expect(found('hameenlinna')).toContain(mainiemi);
    expect(searchMatches(mainiemi, 'hameenlinna', 'fi')).toEqual([{ field: 'home', name: 'Hämeenlinna' }]);
    expect(searchMatches(mainiemi, 'hameenlinna', 'sv')).toEqual([{ field: 'home', name: 'Tavastehus' }]);
    expect(searchMatches(mainiemi, 'Tavastehus', 'fi')).toEqual([{ field: 'home', name: 'Hämeenlinna' }]);
  });

  it('gives every row the search lists a reason unless its own name has the word', () => {
    for (const q of ['hameenlinna', 'vasa', 'ikääntyvien', 'birkaland'])
      for (const r of found(q))
        expect(
          searchMatches(r, q, 'fi').length > 0 || foldForSearch(r.project.name).includes(foldForSearch(q)),
          `${q}: ${r.project.name}`,
        ).toBe(true);
  });

  it('names an administrator once, not again as its home municipality', () => {
    const pohjanmaa = row('Pohjanmaa-hanke');
    expect(searchMatches(pohjanmaa, 'vaasa', 'sv')).toEqual([
      { field: 'administrator', name: 'Vasa sjukvårdsdistrikt' },
      { field: 'home', name: 'Vasa' },
    ]);
    const umbrella = row('Ikäihmisten palvelujen');
    expect(searchMatches(umbrella, 'hameenlinna', 'fi')).toEqual([{ field: 'administrator', name: 'Hämeenlinna' }]);
  });

  it('names the theme and province, one reason per word, nothing for a word in the name or an empty search', () => {
    const culture = row('Ikäihmisten kulttuurikaari');
    expect(searchMatches(culture, 'ikääntyvien pirkanmaa', 'fi')).toEqual([
      { field: 'theme', name: 'Ikääntyvien palvelut' },
      { field: 'province', name: 'Pirkanmaa' },
    ]);
    expect(searchMatches(culture, 'kulttuurikaari', 'fi')).toEqual([]);
    expect(searchMatches(culture, '  ', 'fi')).toEqual([]);
  });
});
