import { describe, expect, it } from 'vitest';
import { findMunicipality } from './findMunicipality';
import { realDataset } from '../../test/unit/fixtures';

const all = realDataset().regions.municipalities;

describe('findMunicipality', () => {
  it('finds a municipality by its Finnish or Swedish name, ignoring case and diacritics', () => {
    expect(findMunicipality(all, 'Vasa')?.code).toBe('905');
    expect(findMunicipality(all, 'vaasa')?.code).toBe('905');
    expect(findMunicipality(all, 'Korsholm')?.name.fi).toBe('Mustasaari');
    expect(findMunicipality(all, 'hameenlinna')?.name.sv).toBe('Tavastehus');
  });
  it('takes a prefix, then a part of a name', () => {
    expect(findMunicipality(all, 'Tavaste')?.name.fi).toBe('Hämeenlinna');
    expect(findMunicipality(all, 'stad')).not.toBeNull();
  });
  it('returns null for nothing or no match', () => {
    expect(findMunicipality(all, '  ')).toBeNull();
    expect(findMunicipality(all, 'Rovaniemi')).toBeNull();
  });
});
