import { describe, expect, it } from 'vitest';
import { resolveMunicipality } from './municipalityNames.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';

const names = [
  'Tampere',
  'Orivesi',
  'Virrat',
  'Kristiinankaupunki',
  'Jokioinen',
  'Lahti',
  'Laihia',
  'Iitti',
  'Kauhava',
  'Kauhajoki',
  'Isokyrö',
  'Isojoki',
  'Hämeenkyrö',
  'Hämeenkoski',
  'Mustasaari',
];
const refs: MunicipalityRef[] = names.map((nameFi, i) => ({
  code: String(100 + i),
  nameFi,
  nameSv: nameFi === 'Mustasaari' ? 'Korsholm' : nameFi,
  provinceFi: 'Pirkanmaa',
  lon: 24,
  lat: 61,
  line: i + 2,
}));

const read = (w: string, genitive = true) =>
  resolveMunicipality(w, refs, { Isonkyrön: 'Isokyrö' }, genitive)?.ref.nameFi ?? null;

describe('resolveMunicipality', () => {
  it('reads Finnish and Swedish names as written', () => {
    expect(read('Tampere', false)).toBe('Tampere');
    expect(read('Korsholm', false)).toBe('Mustasaari');
  });
  it.each([
    ['Tampereen', 'Tampere'],
    ['Oriveden', 'Orivesi'],
    ['Virtain', 'Virrat'],
    ['Kristiinankaupungin', 'Kristiinankaupunki'],
    ['Jokioisten', 'Jokioinen'],
    ['Lahden', 'Lahti'],
    ['Laihian', 'Laihia'],
    ['Iitin', 'Iitti'],
    ['Kauhavan', 'Kauhava'],
    ['Kauhajoen', 'Kauhajoki'],
    ['Hämeenkosken', 'Hämeenkoski'],
    ['Hämeenkyrön', 'Hämeenkyrö'],
  ])('reads the genitive %s as %s', (w, expected) => expect(read(w)).toBe(expected));
  it('uses the curated variant for an irregular compound genitive', () => {
    expect(read('Isonkyrön')).toBe('Isokyrö');
  });
  it('does not guess genitives unless asked, nor names it cannot tell apart', () => {
    expect(read('Tampereen', false)).toBeNull();
    expect(read('Isonjoen')).toBeNull();
    expect(read('Helsingin')).toBeNull();
  });
});
