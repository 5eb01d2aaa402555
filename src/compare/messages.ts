import type { Catalogue } from '../i18n';

type Key =
  | 'heading'
  | 'intro'
  | 'flowTitle'
  | 'flowSummary'
  | 'col.pohjanmaa-2005-2006'
  | 'col.plan-2008'
  | 'col.plan-2009'
  | 'col.national'
  | 'change.continued'
  | 'change.renamed'
  | 'change.dropped'
  | 'change.new'
  | 'legendContinued'
  | 'legendRenamed'
  | 'earlierNote'
  | 'reason'
  | 'nationalTitle'
  | 'nationalSummary'
  | 'perThemeTitle'
  | 'perThemeSummary'
  | 'perNationalTitle'
  | 'perNationalSummary'
  | 'provincesTitle'
  | 'provincesSummary'
  | 'adminsTitle'
  | 'adminsSummary'
  | 'both'
  | 'only2008'
  | 'only2009'
  | 'continuingTitle'
  | 'continuingSummary'
  | 'colFrom'
  | 'colTo'
  | 'colAdmins'
  | 'colCost2008'
  | 'colTheme'
  | 'colYear'
  | 'colProvince'
  | 'colNational'
  | 'colChange'
  | 'colGroup'
  | 'colCount'
  | 'colNames'
  | 'projects'
  | 'none';

export const compareMessages: Catalogue<Key> = {
  fi: {
    heading: 'Vertailu 2008–2009',
    intro: 'Miten vuoden 2008 neljä painopistealuetta muuttuivat vuoden 2009 kuudeksi teemaksi, ja miten molemmat asettuvat KASTE-ohjelman seitsemälle kansalliselle osa-alueelle. Vastaavuudet ovat kuratoituja, ja jokaisella on perustelu.',
    flowTitle: 'Painopisteet 2005–2006, 2008 ja 2009',
    flowSummary: 'Vuoden 2008 alueista {continued} jatkuu samannimisenä, {renamed} uudella nimellä ja {dropped} päättyy; vuonna 2009 tulee {new, plural, one {# uusi teema} other {# uutta teemaa}}.',
    'col.pohjanmaa-2005-2006': 'Pohjanmaa 2005–2006',
    'col.plan-2008': 'Väli-Suomi 2008',
    'col.plan-2009': 'Väli-Suomi 2009',
    'col.national': 'KASTE, kansallinen',
    'change.continued': 'jatkuu',
    'change.renamed': 'uusi nimi',
    'change.dropped': 'päättyy',
    'change.new': 'uusi',
    legendContinued: 'Yhtenäinen viiva: teema jatkuu samannimisenä',
    legendRenamed: 'Katkoviiva: teema jatkuu uudella nimellä',
    earlierNote: 'Pohjanmaan 2005–2006 painopisteillä ei ole lähteissä suoraa jatkoa vuoden 2008 alueisiin; ne liittyvät muihin kansallisten osa-alueiden kautta (taulukko alla).',
    reason: 'Perustelu',
    nationalTitle: 'Alueelliset teemat kansallisilla osa-alueilla',
    nationalSummary: 'Seitsemästä kansallisesta osa-alueesta {covered2008} on vuoden 2008 ja {covered2009} vuoden 2009 suunnitelmassa.',
    perThemeTitle: 'Hankkeita teemoittain 2008 ja 2009',
    perThemeSummary: 'Vuonna 2008 hankkeita on {y2008} neljällä alueella, vuonna 2009 {y2009} kuudella teemalla.',
    perNationalTitle: 'Hankkeita kansallisilla osa-alueilla',
    perNationalSummary: '{leaders, plural, one {Eniten hankkeita vuonna 2009 on osa-alueella {top} ({count, plural, one {# hanke} other {# hanketta}}).} other {Eniten hankkeita vuonna 2009 on osa-alueilla {top}, kullakin {count, plural, one {# hanke} other {# hanketta}}.}} Hanke voi osua useaan osa-alueeseen.',
    provincesTitle: 'Hankkeita maakunnittain 2008 ja 2009',
    provincesSummary: 'Hanke lasketaan jokaiseen maakuntaan, jossa se toimii.',
    adminsTitle: 'Hallinnoijat vuosina 2008 ja 2009',
    adminsSummary: '{both, plural, one {# hallinnoija on} other {# hallinnoijaa on}} mukana molempina vuosina, {only2008} vain 2008 ja {only2009} vain 2009.',
    both: 'Molempina vuosina',
    only2008: 'Vain 2008',
    only2009: 'Vain 2009',
    continuingTitle: 'Jatkuvat hankkeet',
    continuingSummary: '{count} hankkeella on jatkohanke.',
    colFrom: 'Hanke',
    colTo: 'Jatkohanke',
    colAdmins: 'Hallinnoija',
    colCost2008: 'Kustannukset 2008',
    colTheme: 'Teema',
    colYear: 'Vuosi',
    colProvince: 'Maakunta',
    colNational: 'Kansallinen osa-alue',
    colChange: 'Muutos',
    colGroup: 'Ryhmä',
    colCount: 'Määrä',
    colNames: 'Hallinnoijat',
    projects: '{count, plural, one {# hanke} other {# hanketta}}',
    none: '—',
  },
  sv: {
    heading: 'Jämförelse 2008–2009',
    intro: 'Hur de fyra prioriterade områdena 2008 blev de sex temana 2009, och hur båda förhåller sig till KASTE-programmets sju nationella temaområden. Kopplingarna har gjorts manuellt, och var och en har en motivering.',
    flowTitle: 'Prioriteringar 2005–2006, 2008 och 2009',
    flowSummary: 'Av områdena 2008 fortsätter {continued} med samma namn, {renamed} med nytt namn och {dropped} upphör; 2009 tillkommer {new, plural, one {# nytt tema} other {# nya teman}}.',
    'col.pohjanmaa-2005-2006': 'Österbotten 2005–2006',
    'col.plan-2008': 'Väli-Suomi 2008',
    'col.plan-2009': 'Väli-Suomi 2009',
    'col.national': 'KASTE, nationellt',
    'change.continued': 'fortsätter',
    'change.renamed': 'nytt namn',
    'change.dropped': 'upphör',
    'change.new': 'nytt',
    legendContinued: 'Heldragen linje: temat fortsätter med samma namn',
    legendRenamed: 'Streckad linje: temat fortsätter med nytt namn',
    earlierNote: 'Österbottens prioriteringar 2005–2006 har i källorna ingen direkt fortsättning bland områdena 2008; de kopplas till dem via de nationella temaområdena (se tabellen nedan).',
    reason: 'Motivering',
    nationalTitle: 'Regionala teman och nationella temaområden',
    nationalSummary: 'Av de sju nationella temaområdena finns {covered2008} i planen 2008 och {covered2009} i planen 2009.',
    perThemeTitle: 'Projekt per tema 2008 och 2009',
    perThemeSummary: 'År 2008 finns {y2008} projekt inom fyra områden, år 2009 {y2009} inom sex teman.',
    perNationalTitle: 'Projekt per nationellt temaområde',
    perNationalSummary: '{leaders, plural, one {Flest projekt 2009 har temaområdet {top} ({count} projekt).} other {Flest projekt 2009 har temaområdena {top}, {count} projekt vardera.}} Ett projekt kan höra till flera temaområden.',
    provincesTitle: 'Projekt per landskap 2008 och 2009',
    provincesSummary: 'Ett projekt räknas i varje landskap där det verkar.',
    adminsTitle: 'Huvudmän 2008 och 2009',
    adminsSummary: '{both, plural, one {# huvudman är} other {# huvudmän är}} med båda åren, {only2008} bara 2008 och {only2009} bara 2009.',
    both: 'Båda åren',
    only2008: 'Bara 2008',
    only2009: 'Bara 2009',
    continuingTitle: 'Projekt som fortsätter',
    continuingSummary: '{count} projekt har ett fortsättningsprojekt.',
    colFrom: 'Projekt',
    colTo: 'Fortsättningsprojekt',
    colAdmins: 'Huvudman',
    colCost2008: 'Kostnader 2008',
    colTheme: 'Tema',
    colYear: 'År',
    colProvince: 'Landskap',
    colNational: 'Nationellt temaområde',
    colChange: 'Förändring',
    colGroup: 'Grupp',
    colCount: 'Antal',
    colNames: 'Huvudmän',
    projects: '{count} projekt',
    none: '—',
  },
  en: {
    heading: 'Comparison 2008–2009',
    intro: 'How the four 2008 priority areas became the six 2009 themes, and how both sit on the seven national KASTE theme areas. The correspondences are curated, each with a stated reason.',
    flowTitle: 'Priorities 2005–2006, 2008 and 2009',
    flowSummary: 'Of the 2008 areas, {continued} {continued, plural, one {continues} other {continue}} under the same name, {renamed} under a new name and {dropped} {dropped, plural, one {ends} other {end}}; 2009 adds {new, plural, one {# new theme} other {# new themes}}.',
    'col.pohjanmaa-2005-2006': 'Pohjanmaa 2005–2006',
    'col.plan-2008': 'Väli-Suomi 2008',
    'col.plan-2009': 'Väli-Suomi 2009',
    'col.national': 'KASTE, national',
    'change.continued': 'continued',
    'change.renamed': 'renamed',
    'change.dropped': 'dropped',
    'change.new': 'new',
    legendContinued: 'Solid line: the theme continues under the same name',
    legendRenamed: 'Dashed line: the theme continues under a new name',
    earlierNote: 'The 2005–2006 Pohjanmaa priorities have no direct successor among the 2008 areas in the sources; they relate to them through the national theme areas (table below).',
    reason: 'Reason',
    nationalTitle: 'Regional themes on the national theme areas',
    nationalSummary: 'Of the seven national theme areas, {covered2008} appear in the 2008 plan and {covered2009} in the 2009 plan.',
    perThemeTitle: 'Projects per theme, 2008 and 2009',
    perThemeSummary: 'In 2008 there {y2008, plural, one {is # project} other {are # projects}} in four areas; in 2009, {y2009} in six themes.',
    perNationalTitle: 'Projects per national theme area',
    perNationalSummary: '{leaders, plural, one {In 2009 the most projects are in {top} ({count, plural, one {# project} other {# projects}}).} other {In 2009 the most projects are in {top}, {count, plural, one {# project} other {# projects}} each.}} A project can count in several areas.',
    provincesTitle: 'Projects per province, 2008 and 2009',
    provincesSummary: 'A project counts in every province it works in.',
    adminsTitle: 'Administrators in 2008 and 2009',
    adminsSummary: '{both, plural, one {# administrator is} other {# administrators are}} active in both years, {only2008} only in 2008 and {only2009} only in 2009.',
    both: 'Both years',
    only2008: 'Only 2008',
    only2009: 'Only 2009',
    continuingTitle: 'Continuing projects',
    continuingSummary: '{count, plural, one {# project has} other {# projects have}} a successor.',
    colFrom: 'Project',
    colTo: 'Successor',
    colAdmins: 'Administrator',
    colCost2008: 'Costs 2008',
    colTheme: 'Theme',
    colYear: 'Year',
    colProvince: 'Province',
    colNational: 'National theme area',
    colChange: 'Change',
    colGroup: 'Group',
    colCount: 'Count',
    colNames: 'Administrators',
    projects: '{count, plural, one {# project} other {# projects}}',
    none: '—',
  },
};
