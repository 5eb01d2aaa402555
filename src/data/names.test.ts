import { describe, expect, it } from 'vitest';
import { localPhrase } from './names';

describe('localPhrase', () => {
  const translation = { sv: 'Gemensamt ansvar', en: 'Shared responsibility' };

  it('gives the curated translation on a Swedish or English page, unmarked', () => {
    expect(localPhrase('Yhteinen vastuu', translation, 'sv')).toEqual({ text: 'Gemensamt ansvar', lang: undefined });
    expect(localPhrase('Yhteinen vastuu', translation, 'en')).toEqual({
      text: 'Shared responsibility',
      lang: undefined,
    });
  });

  it('keeps an untranslated phrase Finnish and marks it so outside Finnish pages', () => {
    expect(localPhrase('Kutsuttu asiantuntijaryhmä', undefined, 'sv')).toEqual({
      text: 'Kutsuttu asiantuntijaryhmä',
      lang: 'fi',
    });
    expect(localPhrase('Kutsuttu asiantuntijaryhmä', undefined, 'fi')).toEqual({
      text: 'Kutsuttu asiantuntijaryhmä',
      lang: undefined,
    });
  });

  it('marks no language on a phrase without a letter, which no voice pronounces as Finnish', () => {
    expect(localPhrase('9-12/2007', undefined, 'sv')).toEqual({ text: '9-12/2007', lang: undefined });
    expect(localPhrase('2008', undefined, 'en')).toEqual({ text: '2008', lang: undefined });
  });
});
