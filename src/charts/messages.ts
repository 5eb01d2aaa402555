import type { Catalogue } from '../i18n';

type Key =
  | 'heading'
  | 'intro'
  | 'kfStated'
  | 'kfSummed'
  | 'kfDifference'
  | 'kfDifferenceLink'
  | 'kfProjects'
  | 'kfProjectsValue'
  | 'kfAdmins'
  | 'kfAdminsValue'
  | 'kfWithoutCost'
  | 'kfWithoutCostValue'
  | 'kfOther'
  | 'filteredNote'
  | 'areaTitle'
  | 'areaSummary'
  | 'areaMissing'
  | 'areaSplit'
  | 'splitProject'
  | 'splitAdministrator'
  | 'areaTick'
  | 'noCostCount'
  | 'areaNone'
  | 'adminTitle'
  | 'adminSummary'
  | 'provinceTitle'
  | 'provinceSummary'
  | 'sharedNote'
  | 'colArea'
  | 'colAdministrator'
  | 'colProvince'
  | 'colSegment'
  | 'colAmount'
  | 'colShare'
  | 'colProjects'
  | 'colWithoutCost'
  | 'colUncertain'
  | 'total'
  | 'uncertainMark'
  | 'empty'
  | 'unknownAdmin'
  | 'chartKeys';

export const chartMessages: Catalogue<Key> = {
  fi: {
    heading: 'Yleiskuva',
    intro: 'Vuoden 2008 Kaste-suunnitelman kustannukset painopistealueittain, hallinnoijittain ja maakunnittain. Kaaviot noudattavat samoja suodattimia kuin hanketaulukko; pylvään napsautus suodattaa.',
    kfStated: 'Vuoden 2008 kustannukset, asiakirjan yhteensä-rivi',
    kfSummed: 'Vuoden 2008 kustannukset, rivien summa',
    kfDifference: 'Ero {diff}',
    kfDifferenceLink: 'Katso ristiriidat lähteissä',
    kfProjects: 'Hankkeita suunnitelmissa',
    kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
    kfAdmins: 'Hallinnoijia 2008',
    kfAdminsValue: '{stated} ilmoitettu · {counted} laskettu riveistä',
    kfWithoutCost: 'Vuoden 2008 hankkeita ilman kustannusta',
    kfWithoutCostValue: '{count} / {total}',
    kfOther: '+ {count} muuta hanketta suunnitelmien ulkopuolelta',
    filteredNote: 'Suodattimet rajaavat kaavioita ({count} aktiivista).',
    areaTitle: 'Kustannukset painopistealueittain 2008',
    areaSummary: 'Vuoden 2008 tunnetut kustannukset ovat yhteensä {total}. Suurin painopistealue on {top} ({topAmount}, {topShare}).',
    areaMissing: 'Kustannustieto puuttuu {withoutCost} hankkeelta.',
    areaSplit: 'Pylväiden jako',
    splitProject: 'hankkeittain',
    splitAdministrator: 'hallinnoijittain',
    areaTick: '{amount} · {share}',
    noCostCount: '{count} ilman kustannusta',
    areaNone: 'Ei vuoden 2008 hankkeita valituilla suodattimilla.',
    adminTitle: 'Kustannukset hallinnoijittain 2008',
    adminSummary: 'Eniten kustannuksia hallinnoi {top} ({topAmount}); hallinnoijia on {count}.',
    provinceTitle: 'Kustannukset maakunnittain (hallinnoijan kotikunnan mukaan)',
    provinceSummary: 'Eniten kustannuksia on maakunnassa {top} ({topAmount}); maakuntia on {count}.',
    sharedNote: 'Usean hallinnoijan hankkeen kustannus jaetaan tasan hallinnoijien kesken, koska lähde antaa vain hankkeen kokonaissumman.',
    colArea: 'Painopistealue',
    colAdministrator: 'Hallinnoija',
    colProvince: 'Maakunta',
    colSegment: 'Osa',
    colAmount: 'Kustannukset',
    colShare: 'Osuus',
    colProjects: 'Hankkeita',
    colWithoutCost: 'Ilman kustannusta',
    colUncertain: 'Epävarmoja',
    total: 'Yhteensä',
    uncertainMark: '(?) = epävarma hallinnoija',
    empty: 'Ei tietoja valituilla suodattimilla.',
    unknownAdmin: 'Hallinnoija ei tiedossa',
    chartKeys: 'Nuolinäppäimet liikkuvat pylväästä toiseen ja näyttävät arvon.',
  },
  sv: {
    heading: 'Översikt',
    intro: 'Kostnaderna i 2008 års Kaste-plan per prioriterat område, förvaltare och landskap. Diagrammen följer samma filter som projekttabellen; klicka på en stapel för att filtrera.',
    kfStated: 'Kostnader 2008, dokumentets summarad',
    kfSummed: 'Kostnader 2008, summan av raderna',
    kfDifference: 'Skillnad {diff}',
    kfDifferenceLink: 'Se avvikelserna under källor',
    kfProjects: 'Projekt i planerna',
    kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
    kfAdmins: 'Förvaltare 2008',
    kfAdminsValue: '{stated} uppgivna · {counted} räknade från raderna',
    kfWithoutCost: 'Projekt 2008 utan kostnad',
    kfWithoutCostValue: '{count} / {total}',
    kfOther: '+ {count} andra projekt utanför planerna',
    filteredNote: 'Filtren avgränsar diagrammen ({count} aktiva).',
    areaTitle: 'Kostnader per prioriterat område 2008',
    areaSummary: 'De kända kostnaderna 2008 är sammanlagt {total}. Största området är {top} ({topAmount}, {topShare}).',
    areaMissing: 'Kostnad saknas för {withoutCost} projekt.',
    areaSplit: 'Staplarna delas',
    splitProject: 'per projekt',
    splitAdministrator: 'per förvaltare',
    areaTick: '{amount} · {share}',
    noCostCount: '{count} utan kostnad',
    areaNone: 'Inga projekt 2008 med de valda filtren.',
    adminTitle: 'Kostnader per förvaltare 2008',
    adminSummary: 'Mest kostnader förvaltar {top} ({topAmount}); förvaltarna är {count}.',
    provinceTitle: 'Kostnader per landskap (enligt förvaltarens hemkommun)',
    provinceSummary: 'Mest kostnader har landskapet {top} ({topAmount}); landskapen är {count}.',
    sharedNote: 'Kostnaden för ett projekt med flera förvaltare delas jämnt mellan dem, eftersom källan bara anger projektets totalsumma.',
    colArea: 'Prioriterat område',
    colAdministrator: 'Förvaltare',
    colProvince: 'Landskap',
    colSegment: 'Del',
    colAmount: 'Kostnader',
    colShare: 'Andel',
    colProjects: 'Projekt',
    colWithoutCost: 'Utan kostnad',
    colUncertain: 'Osäkra',
    total: 'Totalt',
    uncertainMark: '(?) = osäker förvaltare',
    empty: 'Inga uppgifter med de valda filtren.',
    unknownAdmin: 'Förvaltaren okänd',
    chartKeys: 'Piltangenterna flyttar mellan staplarna och visar värdet.',
  },
  en: {
    heading: 'Overview',
    intro: 'Costs in the 2008 Kaste plan by priority area, administrator and province. The charts follow the same filters as the projects table; click a bar to filter.',
    kfStated: '2008 costs, the document’s total row',
    kfSummed: '2008 costs, sum of the rows',
    kfDifference: 'Difference {diff}',
    kfDifferenceLink: 'See the discrepancies under sources',
    kfProjects: 'Projects in the plans',
    kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
    kfAdmins: 'Administrators 2008',
    kfAdminsValue: '{stated} stated · {counted} counted from the rows',
    kfWithoutCost: '2008 projects without a cost',
    kfWithoutCostValue: '{count} / {total}',
    kfOther: '+ {count} other projects outside the plans',
    filteredNote: 'Filters narrow the charts ({count} active).',
    areaTitle: 'Costs by priority area, 2008',
    areaSummary: 'Known 2008 costs total {total}. The largest area is {top} ({topAmount}, {topShare}).',
    areaMissing: '{withoutCost} projects have no cost.',
    areaSplit: 'Split bars',
    splitProject: 'by project',
    splitAdministrator: 'by administrator',
    areaTick: '{amount} · {share}',
    noCostCount: '{count} without a cost',
    areaNone: 'No 2008 projects with the chosen filters.',
    adminTitle: 'Costs by administrator, 2008',
    adminSummary: '{top} administers the most ({topAmount}); there are {count} administrators.',
    provinceTitle: 'Costs by province (of the administrator’s home municipality)',
    provinceSummary: '{top} has the most ({topAmount}); there are {count} provinces.',
    sharedNote: 'A project with several administrators has its cost split evenly between them, because the source gives only the project’s total.',
    colArea: 'Priority area',
    colAdministrator: 'Administrator',
    colProvince: 'Province',
    colSegment: 'Part',
    colAmount: 'Costs',
    colShare: 'Share',
    colProjects: 'Projects',
    colWithoutCost: 'Without a cost',
    colUncertain: 'Uncertain',
    total: 'Total',
    uncertainMark: '(?) = uncertain administrator',
    empty: 'No data with the chosen filters.',
    unknownAdmin: 'Administrator unknown',
    chartKeys: 'Arrow keys move between bars and show the value.',
  },
};
