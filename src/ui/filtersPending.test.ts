import { describe, expect, it } from 'vitest';
import { encodeQuery } from '../state/url';
import { facet, FACET_KEYS } from '../state/facets';
import { DEFAULT_URL_STATE, type UrlState } from '../state/types';
import { FILTER_PARAMS, hasFilterParams } from './filtersPending';

const settingsOnly: UrlState = {
  ...DEFAULT_URL_STATE,
  sort: { id: 'cost', desc: true },
  hiddenColumns: ['sources'],
  map: { geometry: 'boundaries', layer: 'lasse', ytaYear: 2014, projectYear: '2008', zoomProvince: 'pirkanmaa' },
  chart: { split: 'administrator', compare: { from: 2008, to: 2010 } },
};

describe('hasFilterParams', () => {
  it('names every parameter of the facet table, the cost range and the search, and no other', () => {
    const written = [...FACET_KEYS.map((key) => facet(key).param), 'min', 'max', 'q'];
    expect([...FILTER_PARAMS].sort()).toEqual(written.sort());
  });

  it('is false for an address with settings but no filter, or an empty one', () => {
    expect(encodeQuery(settingsOnly)).not.toBe('');
    expect(hasFilterParams(encodeQuery(settingsOnly))).toBe(false);
    expect(hasFilterParams('?q=%20')).toBe(false);
    expect(hasFilterParams('')).toBe(false);
  });

  it.each(FILTER_PARAMS)('is true for %s alone', (key) => {
    expect(hasFilterParams(`?${key}=x`)).toBe(true);
  });
});
