import type { Strings } from '../types';

/** English strings of the national programme view (keys as in ../fi/context.ts). */
export default {
  heading: 'The national Kaste programme',
  intro:
    "From the Ministry of Social Affairs and Health's presentation: the programme's national goals and means, Väli-Suomi's themes beside the national theme areas, and the child-and-family projects of the five Kaste areas.",
  goalsHeading: 'Goals',
  meansHeading: 'Means',
  'indicators.one': '{count} indicator',
  'indicators.other': '{count} indicators',
  themesHeading: "National theme areas and Väli-Suomi's themes",
  themesIntro: "The themes of Väli-Suomi's plans beside the national theme area they belong to.",
  colNational: 'National theme area',
  colRegional: "Väli-Suomi's themes",
  noRegional: 'no theme in Väli-Suomi',
  'scheme.pohjanmaa-2005-2006': 'Ostrobothnia (SONet BOTNIA) 2005–2006',
  'scheme.plan-2008': 'Plan 2008',
  'scheme.plan-2009': 'Plan 2009',
  regionsHeading: 'Child-and-family Kaste projects by Kaste area',
  regionsIntro:
    "From the ministry's presentation: projects with a state-grant decision and those still at the application stage.",
  ownRegion: "this dashboard's Kaste area",
  ownProject: "Väli-Suomi's own project",
  'status.decision': 'state-grant decision',
  'status.application': 'state-grant application',
  notSameAs: 'A different project from the two similarly named projects:',
  projectPeriod: 'Project period',
  projectAreas: 'Areas',
  prioritiesHeading: 'Priorities by region',
  allProvinces: 'all regions',
  noProjects: 'The presentation names no projects for this Kaste area.',
  empty: "The data holds nothing from the ministry's presentation yet.",
  source: 'Source',
  eventsHeading: 'Steering and events',
  eventsIntro:
    'Dated meetings, seminars and plans of the presentation and of the documents appended after it. A day or month the presentation gives without a year is shown without one.',
  'part.sub-project': 'Sub-project',
  'part.successor': 'Continuation project',
} satisfies Strings<'context'>;
