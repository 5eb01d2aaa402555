import { describe, expect, it } from 'vitest';
import { contactDetailIn, detectLanguage, slugify, titleKey } from './text.ts';

describe('slugify', () => {
  it('drops diacritics and punctuation and cuts at a word boundary', () => {
    expect(slugify('Päijät-Hämeen dementiahoidon kehittämisyksikkö')).toBe(
      'paijat-hameen-dementiahoidon-kehittamisyksikko',
    );
    expect(slugify('Äldrecentrum Österbotten – utvecklingsenhet inom äldreomsorgen', 41)).toBe(
      'aldrecentrum-osterbotten-utvecklingsenhet',
    );
  });
});

describe('titleKey', () => {
  it('equates titles that differ in quotes, dashes and case', () => {
    expect(titleKey('”Parempaa perheelle II” Järviseudun ja Kuusiokuntien yhteishanke')).toBe(
      titleKey('Parempaa Perheelle II - Järviseudun ja Kuusiokuntien yhteishanke'),
    );
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Österbottens utvecklingsenhet inom barnskyddet', 'sv'],
    ['Utvecklande av regional närservice inom rusmedelsvård för kommunerna Korsholm, Oravais och Vörå-Maxmo', 'sv'],
    [
      'Vanhuspalvelujen koordinointi Närpiössä ja yhteistoiminta-alueella: Välbefinnande och livskvalitet för alla åldersgrupper',
      'fi',
    ],
    ['Proomu-hanke', 'fi'],
  ])('%s is %s', (name, lang) => expect(detectLanguage(name)).toBe(lang));
});

describe('contactDetailIn', () => {
  it('finds phone numbers and e-mail addresses', () => {
    expect(contactDetailIn('hankekoordinaattori (puh. 040 123 4567)')).toBe('puh. 040 123 4567');
    expect(contactDetailIn('soita 040 123 4567')).toBe('040 123 4567');
    expect(contactDetailIn('tel +358 40 1234567')).toBe('tel +358 40 1234567');
    expect(contactDetailIn('ohjaaja matti.meikalainen@vaasa.fi.')).toBe('matti.meikalainen@vaasa.fi');
  });
  it('leaves dates, ages, periods and section numbers alone', () => {
    for (const text of [
      '1.9.2007 – 31.10.2009',
      'tukea 0-18 ikävuoteen',
      '9-12/2007',
      '(22.11.2005, 139 §)',
      'Pikku Saga -projektissa 1.9.2004 -31.5.2006',
    ]) {
      expect(contactDetailIn(text)).toBeNull();
    }
  });
});
