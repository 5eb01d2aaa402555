import { describe, expect, it } from 'vitest';
import type { Project, Theme } from '../../src/data/schema.ts';
import { restrictNationalThemes } from './themes.ts';

const source = { document: 'minutes-2008', lineStart: 81, lineEnd: 81 } as const;
const theme = (id: string, scheme: Theme['scheme'], fi: string, nationalThemeIds: string[] = []): Theme => ({
  id,
  scheme,
  order: 1,
  name: { fi, sv: fi, en: fi },
  nationalThemeIds,
  nationalMappingReason: null,
  predecessorIds: [],
  predecessorReason: null,
  source,
});
const project = (id: string, name: string, themeId: string) => ({ id, name, themeId }) as Project;

const themes = () => [
  theme('national-6', 'national', 'Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit'),
  theme('national-7', 'national', 'Pitkäaikaisasunnottomuus'),
  theme('plan-2008-4', 'plan-2008', 'Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen', [
    'national-6',
    'national-7',
  ]),
];

describe('national themes that only some of a theme’s projects work in', () => {
  it('records the projects whose name has the curated stem, for that national theme only', () => {
    const t = themes();
    restrictNationalThemes(t, [
      project('lahti', 'Pitkäaikaisasunnottomuuden vähentäminen Lahdessa 2008 – 2011', 'plan-2008-4'),
      project('tampere', 'Pitkäaikaisasunnottomuuden poistaminen', 'plan-2008-4'),
      // Another form of the word, as an edited plan might write it.
      project('turku', 'Asunnottomien tuki', 'plan-2008-4'),
      project('phsotey', 'Palveluprosessien uudistaminen Päijät-Hämeessä', 'plan-2008-4'),
    ]);
    expect(t[2]!.nationalProjectIds).toEqual({ 'national-7': ['lahti', 'tampere', 'turku'] });
    expect(t[0]!.nationalProjectIds).toBeUndefined();
  });

  it('stops the build, naming the document line and the curation entry, when no project of the theme has the stem', () => {
    expect(() =>
      restrictNationalThemes(themes(), [
        project('phsotey', 'Palveluprosessien uudistaminen Päijät-Hämeessä', 'plan-2008-4'),
        project('other', 'Asunnottomuuden poistaminen', 'plan-2008-1'),
      ]),
    ).toThrow(/^000_34c4f4e8cbac8681.txt:81: no project under the theme .* "asunnot" .*nationalOnlyFor/);
  });
});
