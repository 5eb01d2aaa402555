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
    kfOther: '+ {count, plural, one {# muu hanke} other {# muuta hanketta}} suunnitelmien ulkopuolelta',
    filteredNote: 'Suodattimet rajaavat kaavioita ({count, plural, one {# suodatin} other {# suodatinta}} valittuna).',
    areaTitle: 'Kustannukset painopistealueittain 2008',
    areaSummary: 'Vuoden 2008 tunnetut kustannukset ovat yhteensä {total}. {leaders, plural, one {Suurin painopistealue on {top} ({topAmount}, {topShare}).} other {Suurimmat painopistealueet ovat {top}, kukin {topAmount} ({topShare}).}}',
    areaMissing: 'Kustannustieto puuttuu {withoutCost} hankkeelta.',
    areaSplit: 'Pylväiden jako',
    splitProject: 'hankkeittain',
    splitAdministrator: 'hallinnoijittain',
    areaTick: '{amount} · {share}',
    noCostCount: '{count} ilman kustannusta',
    areaNone: 'Ei vuoden 2008 hankkeita valituilla suodattimilla.',
    adminTitle: 'Kustannukset hallinnoijittain 2008',
    adminSummary: '{leaders, plural, one {Eniten kustannuksia hallinnoi {top} ({topAmount})} other {Eniten kustannuksia hallinnoivat {top}, kukin {topAmount}}}; hallinnoijia on yhteensä {count}.',
    provinceTitle: 'Kustannukset maakunnittain (hallinnoijan kotikunnan mukaan)',
    provinceSummary: '{leaders, plural, one {Eniten kustannuksia on maakunnassa {top} ({topAmount})} other {Eniten kustannuksia on maakunnissa {top}, kussakin {topAmount}}}; maakuntia on yhteensä {count}.',
    sharedNote: 'Usean hallinnoijan hankkeen kustannus jaetaan tasan hallinnoijien kesken, koska lähde antaa vain hankkeen kokonaissumman.',
    colArea: 'Painopistealue',
    colAdministrator: 'Hallinnoija',
    colProvince: 'Maakunta',
    colSegment: 'Osa',
    colAmount: 'Kustannukset',
    colShare: 'Osuus',
    colProjects: 'Hankkeita',
    colWithoutCost: 'Ilman kustannusta',
    colUncertain: 'Epävarma hallinnoija',
    total: 'Yhteensä',
    uncertainMark: '(?) = epävarma hallinnoija',
    empty: 'Ei tietoja valituilla suodattimilla.',
    unknownAdmin: 'Hallinnoija ei tiedossa',
    chartKeys: 'Nuolinäppäimet liikkuvat pylväästä toiseen ja näyttävät arvon.',
  },
  sv: {
    heading: 'Översikt',
    intro: 'Kostnaderna i 2008 års Kaste-plan per prioriterat område, huvudman och landskap. Diagrammen följer samma filter som projekttabellen; klicka på en stapel för att filtrera.',
    kfStated: 'Kostnader 2008, dokumentets summarad',
    kfSummed: 'Kostnader 2008, summan av raderna',
    kfDifference: 'Skillnad {diff}',
    kfDifferenceLink: 'Se motstridigheterna under Källor och kvalitet',
    kfProjects: 'Projekt i planerna',
    kfProjectsValue: '{y2008} (2008) · {y2009} (2009)',
    kfAdmins: 'Huvudmän 2008',
    kfAdminsValue: '{stated} angivna · {counted} räknade ur raderna',
    kfWithoutCost: 'Projekt 2008 utan kostnad',
    kfWithoutCostValue: '{count} / {total}',
    kfOther: '+ {count, plural, one {# annat projekt} other {# andra projekt}} utanför planerna',
    filteredNote: 'Diagrammen är filtrerade ({count, plural, one {# filter valt} other {# filter valda}}).',
    areaTitle: 'Kostnader per prioriterat område 2008',
    areaSummary: 'De kända kostnaderna 2008 är sammanlagt {total}. {leaders, plural, one {Det största området är {top} ({topAmount}, {topShare}).} other {De största områdena är {top}, med {topAmount} ({topShare}) vardera.}}',
    areaMissing: 'Kostnad saknas för {withoutCost} projekt.',
    areaSplit: 'Dela upp staplarna',
    splitProject: 'per projekt',
    splitAdministrator: 'per huvudman',
    areaTick: '{amount} · {share}',
    noCostCount: '{count} utan kostnad',
    areaNone: 'Inga projekt 2008 med de valda filtren.',
    adminTitle: 'Kostnader per huvudman 2008',
    adminSummary: '{leaders, plural, one {Störst kostnader har {top} som huvudman ({topAmount})} other {Störst kostnader har {top} som huvudmän, {topAmount} vardera}}; sammanlagt {count, plural, one {# huvudman} other {# huvudmän}}.',
    provinceTitle: 'Kostnader per landskap (enligt huvudmannens hemkommun)',
    provinceSummary: '{leaders, plural, one {Störst kostnader har landskapet {top} ({topAmount})} other {Störst kostnader har landskapen {top}, {topAmount} vardera}}; sammanlagt {count, plural, one {# landskap} other {# landskap}}.',
    sharedNote: 'Kostnaden för ett projekt med flera huvudmän delas jämnt mellan dem, eftersom källan bara anger projektets totalsumma.',
    colArea: 'Prioriterat område',
    colAdministrator: 'Huvudman',
    colProvince: 'Landskap',
    colSegment: 'Del',
    colAmount: 'Kostnader',
    colShare: 'Andel',
    colProjects: 'Projekt',
    colWithoutCost: 'Utan kostnad',
    colUncertain: 'Med osäker huvudman',
    total: 'Totalt',
    uncertainMark: '(?) = osäker huvudman',
    empty: 'Inga uppgifter med de valda filtren.',
    unknownAdmin: 'Okänd huvudman',
    chartKeys: 'Med piltangenterna flyttar du mellan staplarna och ser värdet.',
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
    kfOther: '+ {count, plural, one {# other project} other {# other projects}} outside the plans',
    filteredNote: 'Filters narrow the charts ({count, plural, one {# filter} other {# filters}} active).',
    areaTitle: 'Costs by priority area, 2008',
    areaSummary: 'Known 2008 costs total {total}. {leaders, plural, one {The largest area is {top} ({topAmount}, {topShare}).} other {The largest areas are {top}, {topAmount} ({topShare}) each.}}',
    areaMissing: '{withoutCost, plural, one {# project has} other {# projects have}} no cost.',
    areaSplit: 'Split bars',
    splitProject: 'by project',
    splitAdministrator: 'by administrator',
    areaTick: '{amount} · {share}',
    noCostCount: '{count} without a cost',
    areaNone: 'No 2008 projects with the chosen filters.',
    adminTitle: 'Costs by administrator, 2008',
    adminSummary: '{leaders, plural, one {{top} administers the most ({topAmount})} other {{top} administer the most, {topAmount} each}}; there {count, plural, one {is # administrator} other {are # administrators}}.',
    provinceTitle: 'Costs by province (of the administrator’s home municipality)',
    provinceSummary: '{leaders, plural, one {{top} has the most ({topAmount})} other {{top} have the most, {topAmount} each}}; there {count, plural, one {is # province} other {are # provinces}}.',
    sharedNote: 'A project with several administrators has its cost split evenly between them, because the source gives only the project’s total.',
    colArea: 'Priority area',
    colAdministrator: 'Administrator',
    colProvince: 'Province',
    colSegment: 'Part',
    colAmount: 'Costs',
    colShare: 'Share',
    colProjects: 'Projects',
    colWithoutCost: 'Without a cost',
    colUncertain: 'Uncertain administrator',
    total: 'Total',
    uncertainMark: '(?) = uncertain administrator',
    empty: 'No data with the chosen filters.',
    unknownAdmin: 'Administrator unknown',
    chartKeys: 'Arrow keys move between bars and show the value.',
  },
};
