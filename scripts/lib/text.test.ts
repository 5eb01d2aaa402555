import { describe, expect, it } from 'vitest';
import { detectLanguage, slugify, titleKey } from './text.ts';

describe('slugify', () => {
  it('drops diacritics and punctuation and cuts at a word boundary', () => {
    expect(slugify('Päijät-Hämeen dementiahoidon kehittämisyksikkö')).toBe('paijat-hameen-dementiahoidon-kehittamisyksikko');
    expect(slugify('Äldrecentrum Österbotten – utvecklingsenhet inom äldreomsorgen', 41)).toBe('aldrecentrum-osterbotten-utvecklingsenhet');
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
    ['Vanhuspalvelujen koordinointi Närpiössä ja yhteistoiminta-alueella: Välbefinnande och livskvalitet för alla åldersgrupper', 'fi'],
    ['Proomu-hanke', 'fi'],
  ])('%s is %s', (name, lang) => expect(detectLanguage(name)).toBe(lang));
});
