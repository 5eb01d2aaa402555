import type { Catalogue } from '../i18n';

type Key =
  | 'heading'
  | 'intro'
  | 'goalsHeading'
  | 'meansHeading'
  | 'indicators.one'
  | 'indicators.other'
  | 'themesHeading'
  | 'themesIntro'
  | 'colNational'
  | 'colRegional'
  | 'noRegional'
  | 'scheme.pohjanmaa-2005-2006'
  | 'scheme.plan-2008'
  | 'scheme.plan-2009'
  | 'regionsHeading'
  | 'regionsIntro'
  | 'ownRegion'
  | 'ownProject'
  | 'status.decision'
  | 'status.application'
  | 'notSameAs'
  | 'prioritiesHeading'
  | 'allProvinces'
  | 'noProjects'
  | 'empty'
  | 'source';

/** The national context view's strings. */
export const contextMessages: Catalogue<Key> = {
  fi: {
    heading: 'Kansallinen Kaste-ohjelma',
    intro: 'Sosiaali- ja terveysministeriön esityksen mukaan: ohjelman kansalliset tavoitteet ja keinot, alueen teemat kansallisten teema-alueiden rinnalla sekä viiden Kaste-alueen lasten ja perheiden hankkeet.',
    goalsHeading: 'Tavoitteet',
    meansHeading: 'Keinot',
    'indicators.one': '{count} indikaattori',
    'indicators.other': '{count} indikaattoria',
    themesHeading: 'Kansalliset teema-alueet ja alueen teemat',
    themesIntro: 'Väli-Suomen suunnitelmien teemat sen kansallisen teema-alueen kohdalla, johon ne kuuluvat.',
    colNational: 'Kansallinen teema-alue',
    colRegional: 'Alueen teemat',
    noRegional: 'ei alueen teemaa',
    'scheme.pohjanmaa-2005-2006': 'Pohjanmaa 2005–2006',
    'scheme.plan-2008': 'Suunnitelma 2008',
    'scheme.plan-2009': 'Suunnitelma 2009',
    regionsHeading: 'Lasten ja perheiden Kaste-hankkeet alueittain',
    regionsIntro: 'Ministeriön esityksen mukaan: valtionavustuspäätöksen saaneet hankkeet ja vielä hakemusvaiheessa olevat.',
    ownRegion: 'tämän kojelaudan alue',
    ownProject: 'Väli-Suomen oma hanke',
    'status.decision': 'valtionavustuspäätös',
    'status.application': 'valtionavustushakemus',
    notSameAs: 'Eri hanke kuin samanniminen:',
    prioritiesHeading: 'Painopisteet maakunnittain',
    allProvinces: 'kaikki maakunnat',
    noProjects: 'Esitys ei nimeä alueen hankkeita.',
    empty: 'Aineistossa ei ole vielä ministeriön esityksen tietoja.',
    source: 'Lähde',
  },
  sv: {
    heading: 'Det nationella Kaste-programmet',
    intro: 'Enligt social- och hälsovårdsministeriets presentation: programmets nationella mål och medel, regionens teman bredvid de nationella temaområdena och barn- och familjeprojekten i de fem Kaste-regionerna.',
    goalsHeading: 'Mål',
    meansHeading: 'Medel',
    'indicators.one': '{count} indikator',
    'indicators.other': '{count} indikatorer',
    themesHeading: 'Nationella temaområden och regionens teman',
    themesIntro: 'Temana i Väli-Suomis planer, placerade under det nationella temaområde som de hör till.',
    colNational: 'Nationellt temaområde',
    colRegional: 'Regionens teman',
    noRegional: 'inget regionalt tema',
    'scheme.pohjanmaa-2005-2006': 'Österbotten 2005–2006',
    'scheme.plan-2008': 'Planen 2008',
    'scheme.plan-2009': 'Planen 2009',
    regionsHeading: 'Kaste-projekt för barn och familjer per region',
    regionsIntro: 'Enligt ministeriets presentation: projekt som har fått beslut om statsunderstöd och projekt som ännu är på ansökningsstadiet.',
    ownRegion: 'regionen i denna översikt',
    ownProject: 'Väli-Suomis eget projekt',
    'status.decision': 'beslut om statsunderstöd',
    'status.application': 'ansökan om statsunderstöd',
    notSameAs: 'Ett annat projekt än det med samma namn:',
    prioritiesHeading: 'Prioriteringar per landskap',
    allProvinces: 'alla landskap',
    noProjects: 'Presentationen nämner inga projekt för regionen.',
    empty: 'Materialet innehåller ännu inga uppgifter ur ministeriets presentation.',
    source: 'Källa',
  },
  en: {
    heading: 'The national Kaste programme',
    intro: "From the Ministry of Social Affairs and Health's presentation: the programme's national goals and means, the region's themes beside the national theme areas, and the child-and-family projects of the five Kaste regions.",
    goalsHeading: 'Goals',
    meansHeading: 'Means',
    'indicators.one': '{count} indicator',
    'indicators.other': '{count} indicators',
    themesHeading: "National theme areas and the region's themes",
    themesIntro: "The themes of Väli-Suomi's plans beside the national theme area they belong to.",
    colNational: 'National theme area',
    colRegional: "The region's themes",
    noRegional: 'no regional theme',
    'scheme.pohjanmaa-2005-2006': 'Pohjanmaa 2005–2006',
    'scheme.plan-2008': 'Plan 2008',
    'scheme.plan-2009': 'Plan 2009',
    regionsHeading: 'Child-and-family Kaste projects by region',
    regionsIntro: "From the ministry's presentation: projects with a state-grant decision and those still at the application stage.",
    ownRegion: "this dashboard's region",
    ownProject: "Väli-Suomi's own project",
    'status.decision': 'state-grant decision',
    'status.application': 'state-grant application',
    notSameAs: 'A different project from the one of the same name:',
    prioritiesHeading: 'Priorities by province',
    allProvinces: 'all provinces',
    noProjects: 'The presentation names no projects for this region.',
    empty: "The data holds nothing from the ministry's presentation yet.",
    source: 'Source',
  },
};
