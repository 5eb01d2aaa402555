import type { Strings } from '../types';

/** Swedish strings of the national programme view (keys as in ../fi/context.ts). */
export default {
  heading: 'Det nationella Kaste-programmet',
  intro:
    'Enligt social- och hälsovårdsministeriets presentation: programmets nationella mål och medel, temana i Väli-Suomi bredvid de nationella temaområdena och barn- och familjeprojekten i de fem Kaste-regionerna.',
  goalsHeading: 'Mål',
  meansHeading: 'Medel',
  'indicators.one': '{count} indikator',
  'indicators.other': '{count} indikatorer',
  themesHeading: 'Nationella temaområden och temana i Väli-Suomi',
  themesIntro: 'Temana i planerna för Väli-Suomi, placerade under det nationella temaområde som de hör till.',
  colNational: 'Nationellt temaområde',
  colRegional: 'Temana i Väli-Suomi',
  noRegional: 'inget tema i Väli-Suomi',
  'scheme.pohjanmaa-2005-2006': 'SONet BOTNIA 2005–2006',
  'scheme.plan-2008': 'Planen 2008',
  'scheme.plan-2009': 'Planen 2009',
  regionsHeading: 'Kaste-projekt för barn och familjer per Kaste-region',
  regionsIntro:
    'Enligt ministeriets presentation: projekt som har fått beslut om statsunderstöd och projekt som ännu är på ansökningsstadiet.',
  ownRegion: 'Kaste-regionen på den här instrumentpanelen',
  ownProject: 'Kaste-regionens eget projekt',
  'status.decision': 'beslut om statsunderstöd',
  'status.application': 'ansökan om statsunderstöd',
  notSameAs: 'Ett annat projekt än de med liknande namn:',
  projectPeriod: 'Projekttid',
  projectAreas: 'Områden',
  prioritiesHeading: 'Prioriteringar per landskap',
  allProvinces: 'alla landskap',
  noProjects: 'Presentationen nämner inga projekt för denna Kaste-region.',
  empty: 'Materialet innehåller ännu inga uppgifter ur ministeriets presentation.',
  source: 'Källa',
  eventsHeading: 'Styrning och händelser',
  eventsIntro:
    'Daterade möten, seminarier och planer i presentationen och i dokumenten som bifogats efter den. En dag eller månad som presentationen inte anger år för visas utan år.',
  'part.sub-project': 'Delprojekt',
  'part.successor': 'Fortsättningsprojekt',
} satisfies Strings<'context'>;
