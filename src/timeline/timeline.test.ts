import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { withFacts } from '../../test/unit/factsFixture';
import { buildTimeline, yearPosition } from './timeline';

const d = withFacts(realDataset());
const all = new Set(d.projects.map((p) => p.id));

describe('yearPosition', () => {
  it('places a year, a month and a day at their start or end', () => {
    expect(yearPosition('2008', 'start')).toBe(2008);
    expect(yearPosition('2008', 'end')).toBe(2009);
    expect(yearPosition('2007-09', 'start')).toBeCloseTo(2007 + 8 / 12);
    expect(yearPosition('2007-12', 'end')).toBe(2008);
    expect(yearPosition('2007-09-01', 'start')).toBeCloseTo(2007 + 8 / 12);
    expect(yearPosition('2009-10-31', 'end')).toBeCloseTo(2009 + 10 / 12);
  });
});

describe('buildTimeline', () => {
  it('lists the phases, the dated projects by start with their linked projects, and the events', () => {
    const { items, undatedProjects } = buildTimeline(d, all);
    expect(items.map((i) => `${i.lane}:${i.projectId ?? i.name}`)).toEqual([
      'phase:Testikausi 2012–2015',
      'project:2009-pohjanmaa-hanke',
      'project:vaasan-perhekeskus',
      'linked:vaasan-perhekeskus',
      'project:2008-pitkaaikaisasunnottomuuden-vahentaminen-lahdessa',
      'project:2009-parempaa-perheelle-ii-jarviseudun-ja-kuusiokuntien',
      'project:2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen',
      'project:lasse-lastensuojelutarpeen-selvityksen',
      'linked:lasse-lastensuojelutarpeen-selvityksen',
      'linked:lasse-lastensuojelutarpeen-selvityksen',
      // The place and time the document gives are part of what the event shows.
      'event:Testiseminaari, Seinäjoki, 12.00',
      'event:lasse-lastensuojelutarpeen-selvityksen',
    ]);
    // The Vaasa centre's successor is a dated project of its own, so it is not repeated as a linked row.
    expect(items.filter((i) => i.lane === 'linked').map((i) => i.name)).toEqual([
      'Testiedeltäjä',
      'Testirinnakkainen 2015–2017',
      'Testirinnakkainen ilman kautta',
    ]);
    expect(undatedProjects).toBe(d.projects.length - 6);
  });

  it('marks an untranslated title Finnish apart from its translated place, and a wholly Finnish name as a whole', () => {
    const event = (place: string | null, placeTranslation?: { sv: string; en: string }) =>
      buildTimeline(
        { ...d, events: [{ ...d.events[0]!, place, ...(placeTranslation && { placeTranslation }) }] },
        all,
        'sv',
      ).items.find((i) => i.lane === 'event')!;
    const vasa = event('Vaasa', { sv: 'Vasa', en: 'Vaasa' });
    expect([vasa.name, vasa.lang, vasa.rest]).toEqual(['Testiseminaari', 'fi', ', Vasa, 12.00']);
    const untranslated = event('Seinäjoki');
    expect([untranslated.name, untranslated.lang, untranslated.rest]).toEqual([
      'Testiseminaari, Seinäjoki, 12.00',
      'fi',
      '',
    ]);
  });

  it('follows the filters: a project filtered out takes its linked projects and events with it', () => {
    const { items, undatedProjects } = buildTimeline(d, new Set(['vaasan-perhekeskus', '2008-proomu-hanke']));
    expect(items.map((i) => i.key)).toEqual([
      'phase-kaste-testi',
      'project-vaasan-perhekeskus',
      'linked-vaasan-perhekeskus-0',
      'linked-vaasan-perhekeskus-1',
      'event-testi-seminaari',
    ]);
    expect(undatedProjects).toBe(1);
  });

  it("gives a name left as written the dashboard's rendering, and an event named by a project its place in the page's language", () => {
    const real = realDataset();
    const { items } = buildTimeline(real, new Set(real.projects.map((p) => p.id)), 'sv');
    const projects = items.filter((i) => i.lane === 'project' && i.lang === 'fi');
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.filter((i) => !i.rendering)).toEqual([]);
    const mediator = items.find((i) => i.lane === 'event' && i.name === 'Välittäjä 2009')!;
    expect(mediator).toMatchObject({ lang: 'fi', rest: ', Vasa', rendering: 'Förmedlaren 2009' });
  });
});
