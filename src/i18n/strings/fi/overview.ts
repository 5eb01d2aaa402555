import type { Key } from '../messages';

/** Finnish strings of `chartMessages` (keys as in ../messages.ts). */
export default {
  heading: 'Yleiskuva',
  intro:
    'Vuoden 2008 Kaste-suunnitelman kustannukset painopistealueittain, hallinnoijittain ja maakunnittain. Kaaviot noudattavat samoja suodattimia kuin hanketaulukko.',
  introAction: 'Valitse pylväs, niin hankkeet rajautuvat sen mukaan.',
  kfHeading: 'Tunnusluvut',
  kfStated: 'Vuoden 2008 kustannukset, asiakirjan yhteensä-rivi',
  kfSummed: 'Vuoden 2008 kustannukset, rivien summa',
  kfDifference: 'Ero {diff}',
  kfDifferenceLink: 'Katso ristiriidat lähteissä',
  kfProjects: 'Hankkeita suunnitelmissa',
  kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
  kfAdmins: 'Hallinnoijia 2008',
  kfAdminsValue: '{stated} ilmoitettu · {counted} laskettu riveistä',
  kfWithoutCost: 'Vuoden 2008 hankkeita ilman kustannustietoa',
  kfWithoutCostValue: '{count} / {total}',
  kfOther: '+ {count, plural, one {# muu hanke} other {# muuta hanketta}} suunnitelmien ulkopuolelta',
  filteredNote: 'Suodattimet rajaavat kaavioita ({count, plural, one {# suodatin} other {# suodatinta}} valittuna).',
  provinceFilterNote:
    'Maakuntasuodatin valitsee hankkeet, jotka toimivat maakunnassa {provinces}; kaaviot ryhmittelevät niiden kustannukset hallinnoijan ja sen kotipaikan mukaan, joten niissä voi näkyä muitakin maakuntia.',
  areaTitle: 'Kustannukset painopistealueittain 2008',
  areaSummary:
    'Vuoden 2008 tunnetut kustannukset ovat yhteensä {total}. {leaders, plural, one {Suurin painopistealue on {top} ({topAmount}, {topShare}).} other {Suurimmat painopistealueet ovat {top}, kukin {topAmount} ({topShare}).}}',
  areaMissing: 'Kustannustieto puuttuu {withoutCost} hankkeelta.',
  noCostSummary: 'Valituilla hankkeilla ei ole kustannustietoja.',
  areaSplit: 'Pylväiden jako',
  splitProject: 'hankkeittain',
  splitAdministrator: 'hallinnoijittain',
  areaTick: '{amount} · {share}',
  noCostCount: '{count} ilman kustannustietoa',
  areaNone: 'Ei vuoden 2008 hankkeita valituilla suodattimilla.',
  costsOnly2008:
    'Valituilla suodattimilla ei ole vuoden 2008 hankkeita. Vain vuoden 2008 suunnitelma kertoo hankkeiden kustannukset; vuoden 2009 suunnitelmassa ei ole summia.',
  areaFilteredOut: 'rajattu pois suodattimilla',
  adminTitle: 'Kustannukset hallinnoijittain 2008',
  adminSummary:
    '{leaders, plural, one {Eniten kustannuksia hallinnoi {top} ({topAmount})} other {Eniten kustannuksia hallinnoivat {top}, kukin {topAmount}}}; hallinnoijia on yhteensä {count}.',
  provinceTitle: 'Kustannukset maakunnittain (hallinnoijan kotipaikan mukaan)',
  provinceSummary:
    '{leaders, plural, one {Eniten kustannuksia on maakunnassa {top} ({topAmount})} other {Eniten kustannuksia on maakunnissa {top}, kussakin {topAmount}}}; maakuntia on yhteensä {count}.',
  sharedNote:
    'Usean hallinnoijan hankkeen kustannus jaetaan tasan hallinnoijien kesken, koska lähde antaa vain hankkeen kokonaissumman.',
  colArea: 'Painopistealue',
  colAdministrator: 'Hallinnoija',
  colProvince: 'Maakunta',
  colSegment: 'Osa',
  colAmount: 'Kustannukset',
  colShare: 'Osuus',
  colProjects: 'Hankkeita',
  colWithoutCost: 'Ilman kustannustietoa',
  colUncertain: 'Epävarma hallinnoija',
  total: 'Yhteensä',
  uncertainMark: '(?) = epävarma hallinnoija',
  segmentLegend: 'Pylväiden osat värin mukaan (järjestyksessä vasemmalta oikealle)',
  unknownAdmin: 'Hallinnoija ei tiedossa',
  chartKeys: 'Nuolinäppäimet liikkuvat pylväästä toiseen ja näyttävät arvon.',
} satisfies Record<Key, string>;
