import { expect, it } from 'vitest';
import { readSource } from '../lib/document.ts';
import { parseProgrammeSlides } from './presentation.ts';
import { REGIONAL_PROJECT_STARTS } from '../curation.ts';
import { seedsDir, withSources } from '../../test/unit/sources.ts';

const real = () => readSource(seedsDir, '001_5e72e1e76d65b102.txt');

withSources('the ministry slides', () => {
  it('reads the three goals with their indicator counts and the three means', () => {
    const s = parseProgrammeSlides(
      real(),
      REGIONAL_PROJECT_STARTS.map((x) => x.startsWith),
    );
    expect(s.goals.map((g) => [g.name, g.indicatorCount])).toEqual([
      ['Osallisuus lisääntyy ja syrjäytyminen vähenee', 5],
      ['Hyvinvointi ja terveys lisääntyvät, hyvinvointija terveyserot kaventuvat', 6],
      ['Palvelujen laatu, vaikuttavuus ja saatavuus paranevat, alueelliset erot kapenevat', 8],
    ]);
    expect(s.means.map((x) => x.name)).toEqual([
      'Ehkäistään ennalta ja puututaan varhain',
      'Varmistetaan henkilöstön riittävyys ja osaaminen',
      'Luodaan eheä palvelukokonaisuus',
    ]);
    expect(s.goalsLine).toBe(16);
  });

  it('names the five Kaste regions and ties each child-and-family project to one, with its grant status', () => {
    const s = parseProgrammeSlides(
      real(),
      REGIONAL_PROJECT_STARTS.map((x) => x.startsWith),
    );
    expect(s.regions).toEqual(['Itä- ja Keski-Suomi', 'Länsi-Suomi', 'Pohjois-Suomi', 'Etelä-Suomi', 'Väli-Suomi']);
    expect(s.projects.map((p) => [p.name.split(' ')[0], p.grantStatus, p.regionName])).toEqual([
      ['Lasten', 'decision', 'Itä- ja Keski-Suomi'],
      ['Remontti', 'decision', 'Länsi-Suomi'],
      ['Tukeva', 'decision', 'Pohjois-Suomi'],
      ['Etelä-Suomen', 'application', 'Etelä-Suomi'],
      ['Väli-Suomen', 'application', 'Väli-Suomi'],
      ['Selevä', 'application', null],
      ['Pohjois-Suomen', 'application', 'Pohjois-Suomi'],
    ]);
    expect(s.projects[1]).toMatchObject({ regionLine: 24 });
  });

  it("reads Väli-Suomi's priorities and where they apply", () => {
    const s = parseProgrammeSlides(
      real(),
      REGIONAL_PROJECT_STARTS.map((x) => x.startsWith),
    );
    expect(s.ownPriorities.map((p) => [p.name, p.allProvinces])).toEqual([
      ['Perhepalveluverkostot', true],
      ['Erityinen tuki peruspalveluissa', false],
      [
        'Erityistä osaamista vaativien palvelujen tehostaminen ja erityispalvelujen (tarpeen) kasvun vähentäminen',
        false,
      ],
    ]);
    expect(s.ownPriorities[1]!.where).toMatch(/^Etelä- Pohjanmaalla,Pohjanmaalla ja Päijät- Hämeessä/);
  });

  it('fails with the file and line when a bullet the curation expects is missing', () => {
    expect(() => parseProgrammeSlides(real(), ['Ei tällaista hanketta'])).toThrow(
      /001_5e72e1e76d65b102\.txt:20: no project starting "Ei tällaista hanketta"/,
    );
  });

  it('fails naming the file when the goals slide is gone', () => {
    const src = real();
    const lines = src.lines.map((l) => l.replace(/indikaattoria/g, 'mittaria'));
    expect(() => parseProgrammeSlides({ ...src, lines }, [])).toThrow(
      /001_5e72e1e76d65b102\.txt:\d+: cannot find the goals/,
    );
  });
});
