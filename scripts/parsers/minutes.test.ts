import { describe, expect, it } from 'vitest';
import { parseMinutes, matchTheme } from './minutes.ts';
import type { SourceText } from '../lib/document.ts';

const doc = (text: string): SourceText => ({ file: 'minutes.txt', lines: text.split('\n') });

const excerpt = (extraRow = '') => `LIITTEET:
Liite 1.  KASTE-OHJELMAN TOTEUTUS
Vuonna 2008 Väli-Suomen alueella pyritään kohdentamaan kehittämistyötä. Painopistealueet ovat:

1. Hyvinvoinnin ja terveyden edistäminen

2. Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen.
Rahoitusta haetaan seuraaviin kehittämishankkeisiin:

\tHanke
\tHallinnoija
\tKustannukset

\tHyvinvoinnin ja terveyden edistäminen
\t
\t

\tHyvinvoiva Väli-Suomi
\tLahti
\t3\u00a0000 000

\tSairauksien ehkäisy
\tPSHP
\t
${extraRow}
\tPalvelurakenne, hoito- ja palveluprosessit
\t
\t

\tPitkäaikaisasunnottomuuden poistaminen
\tTampere
\t

\tYhteensä 3 hanketta
\t9 eri hallinnoijaa
\t9\u00a0528\u00a0150 euroa


Vuoden 2009 osalta kehittämistyö kohdennetaan seuraaviin teemoihin:

1. Aikuissosiaalityö

\tHanke
\tHallinnoija

\tAikuissosiaalityö
\t

\tAikuissosiaalityön kehittämisyksikkö Etelä-Pohjanmaalla
\t?

\tOsallisuus, aktiivisuus ja kuntoutuminen (Kanta-Häme)
\t

Liite 2. REMONTTIIN KYTKEYTYVÄT
LASTENSUOJELU (2009–2011)
Työ tehtiin erillisissä hankkeissa (Sijaishuolto Etelä-Pohjanmaalla, Kaksikielinen kehittämisyksikkö) ja jatkuu.
VARHAISKASVATUS (2009–2011)
PERHEHANKKEET (2009–2011)
Etelä-Pohjanmaa :”Parempaa Perheelle II”  - Järviseudun yhteishanke 2009-2011
Pohjanmaa: Perhekeskusmallin jalkauttaminen (2009–2011)
Keski-Pohjanmaa
`;

const OPTS = { familyProjectProvinces: ['Etelä-Pohjanmaa', 'Pohjanmaa', 'Keski-Pohjanmaa'] };
const parse = (text: string) => parseMinutes(doc(text), OPTS);

describe('parseMinutes', () => {
  it('reads themes, rows under their headings, costs and the total row', () => {
    const d = parse(excerpt());
    expect(d.themes.map((t) => [t.year, t.order, t.name])).toEqual([
      [2008, 1, 'Hyvinvoinnin ja terveyden edistäminen'],
      [2008, 2, 'Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen'],
      [2009, 1, 'Aikuissosiaalityö'],
    ]);
    expect(d.rows.map((r) => [r.year, r.themeOrder, r.name, r.administratorRaw, r.cost?.amountEur ?? null])).toEqual([
      [2008, 1, 'Hyvinvoiva Väli-Suomi', 'Lahti', 3000000],
      [2008, 1, 'Sairauksien ehkäisy', 'PSHP', null],
      [2008, 2, 'Pitkäaikaisasunnottomuuden poistaminen', 'Tampere', null],
      [2009, 1, 'Aikuissosiaalityön kehittämisyksikkö Etelä-Pohjanmaalla', '?', null],
      [2009, 1, 'Osallisuus, aktiivisuus ja kuntoutuminen (Kanta-Häme)', '', null],
    ]);
    expect(d.totals).toEqual([
      expect.objectContaining({ year: 2008, projects: 3, administrators: 9, amountEur: 9528150, lineStart: 34 }),
    ]);
    expect(d.rows[0]).toMatchObject({ lineStart: 18, lineEnd: 20 });
    expect(d.laterProjects).toEqual([
      expect.objectContaining({
        provinceName: 'Etelä-Pohjanmaa',
        name: 'Parempaa Perheelle II - Järviseudun yhteishanke',
        start: '2009',
        end: '2011',
      }),
      expect.objectContaining({
        provinceName: 'Pohjanmaa',
        name: 'Perhekeskusmallin jalkauttaminen',
        start: '2009',
        end: '2011',
      }),
    ]);
    expect(d.appendix2.map((a) => [a.name, a.start, a.end, a.predecessors.map((p) => p.name)])).toEqual([
      ['LASTENSUOJELU', '2009', '2011', ['Sijaishuolto Etelä-Pohjanmaalla', 'Kaksikielinen kehittämisyksikkö']],
      ['VARHAISKASVATUS', '2009', '2011', []],
      ['PERHEHANKKEET', '2009', '2011', []],
    ]);
    expect(d.notes).toEqual([
      {
        kind: 'theme-heading-variant',
        line: 26,
        values: { written: 'Palvelurakenne, hoito- ja palveluprosessit', planYear: 2008, order: 2 },
      },
    ]);
  });

  it('gives one more project for one more row, with no code change', () => {
    const more = parse(excerpt('\n\tProomu-hanke\n\tHeinola\n\t180 100\n'));
    expect(more.rows).toHaveLength(6);
    expect(more.rows.find((r) => r.name === 'Proomu-hanke')).toMatchObject({
      themeOrder: 1,
      cost: { amountEur: 180100, line: 28, written: '180 100' },
    });
  });

  it('rejects an amount that is not a number, naming file and line', () => {
    const bad = excerpt().replace('3\u00a0000 000', '3 000 00O');
    expect(() => parse(bad)).toThrow('minutes.txt:20: unreadable amount "3 000 00O"');
  });

  it('rejects a row with a missing cell', () => {
    const bad = excerpt().replace('\tSairauksien ehkäisy\n\tPSHP\n\t\n', '\tSairauksien ehkäisy\n\tPSHP\n');
    expect(() => parse(bad)).toThrow(/minutes\.txt:22: unreadable table row: expected 3 cells/);
  });

  it('rejects a Liite 2 section without its period', () => {
    expect(() => parse(excerpt().replace('VARHAISKASVATUS (2009–2011)', 'VARHAISKASVATUS'))).toThrow(
      /^minutes\.txt:\d+: Liite 2 section "VARHAISKASVATUS" has no period/,
    );
  });

  it('rejects a first heading that names no listed theme', () => {
    const bad = excerpt().replace(
      '\tHyvinvoinnin ja terveyden edistäminen\n\t\n\t\n',
      '\tMatkailun edistäminen\n\t\n\t\n',
    );
    expect(() => parse(bad)).toThrow(
      'minutes.txt:14: theme heading "Matkailun edistäminen" matches none of the 2008 themes',
    );
  });
});

describe('matchTheme', () => {
  const themes = [
    { year: 2008, order: 1, name: 'Lasten, nuorten ja perheiden palvelut', line: 1 },
    { year: 2008, order: 2, name: 'Ikääntyvien palvelut', line: 2 },
    { year: 2008, order: 3, name: 'Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen', line: 3 },
  ];
  it('matches an inflected or shortened heading by word stems', () => {
    expect(matchTheme('Palvelurakenne, hoito- ja palveluprosessit', themes)?.theme.order).toBe(3);
    expect(matchTheme('Ikääntyvien palvelut', themes)?.theme.order).toBe(2);
  });
  it('does not take a project name for a heading', () => {
    expect(matchTheme('Sastamalan päihdetyön toimintamallin implementointihanke', themes)).toBeNull();
    expect(matchTheme('Osallisuus, aktiivisuus ja kuntoutuminen (Kanta-Häme)', themes)).toBeNull();
  });
});
