import type { Key } from '../messages';

/** Swedish strings of `compareMessages` (keys as in ../messages.ts). */
export default {
  heading: 'Jämförelse 2008–2009',
  intro:
    'Hur de fyra prioriterade områdena 2008 blev de sex temana 2009, och hur båda förhåller sig till KASTE-programmets sju nationella temaområden. Kopplingarna har gjorts manuellt, och var och en har en motivering.',
  flowTitle: 'Prioriteringar 2005–2006, 2008 och 2009',
  flowSummary:
    'Av områdena 2008 fortsätter {continued} med samma namn, {renamed} med nytt namn och {dropped} upphör; 2009 tillkommer {new, plural, one {# nytt tema} other {# nya teman}}.',
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
  earlierNote:
    'Österbottens prioriteringar 2005–2006 har i källorna ingen direkt fortsättning bland områdena 2008; de kopplas till dem via de nationella temaområdena (se tabellen nedan).',
  reason: 'Motivering',
  nationalTitle: 'Regionala teman och nationella temaområden',
  nationalSummary:
    'Av de sju nationella temaområdena finns {covered2008} i planen 2008 och {covered2009} i planen 2009.',
  perThemeTitle: 'Projekt per tema 2008 och 2009',
  perThemeSummary: 'År 2008 finns {y2008} projekt inom fyra områden, år 2009 {y2009} inom sex teman.',
  perNationalTitle: 'Projekt per nationellt temaområde',
  perNationalSummary:
    '{leaders, plural, one {Flest projekt 2009 har temaområdet {top} ({count} projekt).} other {Flest projekt 2009 har temaområdena {top}, {count} projekt vardera.}} Ett projekt kan höra till flera temaområden.',
  provincesTitle: 'Projekt per landskap 2008 och 2009',
  provincesSummary: 'Ett projekt räknas i varje landskap där det verkar.',
  adminsTitle: 'Huvudmän 2008 och 2009',
  adminsSummary:
    '{both, plural, one {# huvudman är} other {# huvudmän är}} med båda åren, {only2008} bara 2008 och {only2009} bara 2009.',
  both: 'Båda åren',
  only2008: 'Bara 2008',
  only2009: 'Bara 2009',
  continuingTitle: 'Projekt som fortsätter',
  continuingSummary: '{count} projekt i 2008 års plan fortsätter i 2009 års plan.',
  continuingOther: 'Dessutom fortsätter {count} projekt utanför planerna i 2009 års plan.',
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
} satisfies Record<Key, string>;
