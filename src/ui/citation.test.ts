import { describe, expect, it } from 'vitest';
import { citationText } from './citation';
import { stringsOf } from '../i18n';

const fi = stringsOf('fi').cite;
const sv = stringsOf('sv').cite;

const parts = {
  site: 'Kaste Väli-Suomi – Kehittämisrahoitus 2008–2015',
  page: 'Yleiskuva',
  figure: 'Kustannukset painopistealueittain',
  release: { version: 'beb3de5b8d3c', created: '2026-12-03T00:00:00Z' },
  viewed: '2026-12-24',
  url: 'https://example.org/kaste/?year=2008',
};

describe('citationText', () => {
  it('names the page, the figure, the release, the day viewed and the address with its filters', () => {
    expect(citationText(parts, { release: fi.citeRelease, viewed: fi.citeViewed }, 'fi')).toBe(
      'Kaste Väli-Suomi – Kehittämisrahoitus 2008–2015: Yleiskuva – Kustannukset painopistealueittain. ' +
        'Aineisto koottu 3.12.2026, versio beb3de5b8d3c. Viitattu 24.12.2026. https://example.org/kaste/?year=2008',
    );
  });

  it('writes Swedish, and leaves out what is not known (no figure, no release, no day)', () => {
    expect(
      citationText(
        { ...parts, page: 'Projekt', figure: null, release: null, viewed: null },
        { release: sv.citeRelease, viewed: sv.citeViewed },
        'sv',
      ),
    ).toBe('Kaste Väli-Suomi – Kehittämisrahoitus 2008–2015: Projekt. https://example.org/kaste/?year=2008');
    expect(citationText(parts, { release: sv.citeRelease, viewed: sv.citeViewed }, 'sv')).toContain(
      'Materialet sammanställt 3.12.2026, version beb3de5b8d3c. Läst 24.12.2026.',
    );
  });

  it('writes English dates the English way', () => {
    expect(
      citationText(parts, { release: 'Data compiled {date}, version {version}', viewed: 'Viewed {date}' }, 'en'),
    ).toContain('Data compiled 3 December 2026, version beb3de5b8d3c. Viewed 24 December 2026.');
  });
});
