import type { Dataset, Event, KasteRegion, RegionalProject, Theme } from '../data/schema';

export interface NationalThemeRow {
  theme: Theme;
  /** The regional plans' themes that map onto this national theme area, per scheme in plan order. */
  regional: Theme[];
}

/**
 * The seven national theme areas with the regional themes (2005–2006 priorities, 2008 areas, 2009 themes) that map
 * onto them, in the national order.
 */
export function nationalThemeRows(themes: Theme[]): NationalThemeRow[] {
  const schemeOrder = ['pohjanmaa-2005-2006', 'plan-2008', 'plan-2009'];
  const regional = themes
    .filter((t) => t.scheme !== 'national')
    .sort((a, b) => schemeOrder.indexOf(a.scheme) - schemeOrder.indexOf(b.scheme) || a.order - b.order);
  return themes
    .filter((t) => t.scheme === 'national')
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({ theme, regional: regional.filter((r) => r.nationalThemeIds.includes(theme.id)) }));
}

export interface RegionGroup {
  region: KasteRegion;
  /** Väli-Suomi: the region this dashboard covers, holding the ministry's `ownProjectId`. */
  own: boolean;
  projects: Array<RegionalProject & { own: boolean }>;
}

/** The child-and-family projects of the five Kaste regions, grouped by region, Väli-Suomi's own project marked. */
export function regionGroups(programme: Dataset['programme']): RegionGroup[] {
  const ownRegion = programme.regionalProjects.find((p) => p.id === programme.ownProjectId)?.regionId ?? null;
  return programme.regions.map((region) => ({
    region,
    own: region.id === ownRegion,
    projects: programme.regionalProjects
      .filter((p) => p.regionId === region.id)
      .map((p) => ({ ...p, own: p.id === programme.ownProjectId })),
  }));
}

/**
 * What the ministry's presentation and the teasers after it date, for no project of the plans: steering meetings,
 * plans due, seminars. Dated ones first in date order, then those without a year, as the data orders them.
 */
export function presentationEvents(events: Event[]): Event[] {
  return events.filter((e) => e.source.document === 'stm-presentation' && e.projectId === null);
}
