import type { Key } from '../messages';

/** Finnish strings of `contextMessages` (keys as in ../messages.ts). */
export default {
  heading: 'Kansallinen Kaste-ohjelma',
  intro:
    'Sosiaali- ja terveysministeriön esityksen mukaan: ohjelman kansalliset tavoitteet ja keinot, alueen teemat kansallisten teema-alueiden rinnalla sekä viiden Kaste-alueen lasten ja perheiden hankkeet.',
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
  regionsIntro:
    'Ministeriön esityksen mukaan: valtionavustuspäätöksen saaneet hankkeet ja vielä hakemusvaiheessa olevat.',
  ownRegion: 'tämän kojelaudan alue',
  ownProject: 'Väli-Suomen oma hanke',
  'status.decision': 'valtionavustuspäätös',
  'status.application': 'valtionavustushakemus',
  notSameAs: 'Eri hanke kuin samanniminen:',
  projectPeriod: 'Hankekausi',
  projectAreas: 'Alueet',
  prioritiesHeading: 'Painopisteet maakunnittain',
  allProvinces: 'kaikki maakunnat',
  noProjects: 'Esitys ei nimeä alueen hankkeita.',
  empty: 'Aineistossa ei ole vielä ministeriön esityksen tietoja.',
  source: 'Lähde',
} satisfies Record<Key, string>;
