import { describe, expect, it } from 'vitest';
import { rowsOf } from '../data/rows';
import { realDataset } from '../../test/unit/fixtures';
import { EMPTY_FILTERS } from '../state/types';
import { filterLabels } from './filterLabels';

describe('filterLabels', () => {
  it('names a competence centre on its chip in every language', () => {
    const { lookups } = rowsOf(realDataset());
    const filters = { ...EMPTY_FILTERS, centres: ['sonet-botnia'] };
    const label = (lang: 'fi' | 'sv' | 'en') => filterLabels(filters, lang, lookups).map((f) => f.label);
    expect(label('fi')).toEqual(['Osaamiskeskus: SONet BOTNIA']);
    expect(label('sv')).toEqual(['Kompetenscentrum: SONet BOTNIA']);
    expect(label('en')).toEqual(['Competence centre: SONet BOTNIA']);
  });

  it('says single-choice facets in their own words, in the panel’s order', () => {
    const { lookups } = rowsOf(realDataset());
    const filters = { ...EMPTY_FILTERS, evidence: 'stated' as const, cost: 'known' as const, years: ['2008'], q: 'x' };
    expect(filterLabels(filters, 'fi', lookups).map((f) => f.label)).toEqual([
      'Suunnitelmavuosi: 2008',
      'Kustannus tiedossa',
      'Vain asiakirjassa mainitut tiedot',
      '”x”',
    ]);
  });
});
