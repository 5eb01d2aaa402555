import type { Strings } from '../types';

/** Swedish strings of the comparison view (keys as in ../fi/compare.ts). */
export default {
  heading: 'Jämförelse {from}–{to}',
  intro:
    'Hur de {fromCount} prioriterade områdena {from} blev de {toCount} temana {to}, och hur båda förhåller sig till Kaste-programmets sju nationella temaområden. Kopplingarna har gjorts manuellt, och var och en har en motivering.',
  flowTitle: 'Prioriteringar 2005–2006, {from} och {to}',
  flowSummary:
    'Av områdena {from} fortsätter {continued, spelled} med samma namn, {renamed, spelled} med nytt namn och {dropped, spelled} upphör; {to} tillkommer {new, plural, one {{new, spelled} nytt tema} other {{new, spelled} nya teman}}.',
  'col.pohjanmaa-2005-2006': 'SONet BOTNIA 2005–2006',
  'col.plan': 'Väli-Suomi {year}',
  'col.national': 'Kaste, nationellt',
  'change.continued': 'fortsätter',
  'change.renamed': 'nytt namn',
  'change.dropped': 'upphör',
  'change.new': 'nytt',
  legendContinued: 'Heldragen linje: temat fortsätter med samma namn',
  legendRenamed: 'Streckad linje: temat fortsätter med nytt namn',
  earlierNote:
    'De österbottniska landskapens prioriteringar 2005–2006 (SONet BOTNIA) har i källorna ingen direkt fortsättning bland områdena {from}; de kopplas till dem via de nationella temaområdena (se tabellen nedan).',
  reason: 'Motivering',
  nationalTitle: 'Regionala teman och nationella temaområden',
  nationalSummary:
    'Av de sju nationella temaområdena finns {coveredFrom, spelled} i planen {from} och {coveredTo, spelled} i planen {to}.',
  perThemeTitle: 'Projekt per tema {from} och {to}',
  perThemeSummary: 'År {from} finns {nFrom} projekt inom {fromCount} områden, år {to} {nTo} inom {toCount} teman.',
  perNationalTitle: 'Projekt per nationellt temaområde',
  perNationalSummary:
    '{leaders, plural, one {Flest projekt {to} har temaområdet {top} ({count} projekt).} other {Flest projekt {to} har temaområdena {top}, {count} projekt vardera.}} Ett projekt kan höra till flera temaområden.',
  provincesTitle: 'Projekt per landskap {from} och {to}',
  provincesSummary: 'Ett projekt räknas i varje landskap där det verkar.',
  adminsTitle: 'Huvudmän {from} och {to}',
  adminsSummary:
    '{both, plural, one {# huvudman är} other {# huvudmän är}} med båda åren, {onlyFromCount} bara {from} och {onlyToCount} bara {to}.',
  both: 'Båda åren',
  onlyFrom: 'Bara {from}',
  onlyTo: 'Bara {to}',
  continuingTitle: 'Projekt som fortsätter',
  continuingSummary: '{count} projekt i {from} års plan fortsätter i {to} års plan.',
  continuingOther: 'Dessutom fortsätter {count} projekt utanför planerna i {to} års plan.',
  colFrom: 'Projekt',
  colTo: 'Fortsättningsprojekt',
  colAdmins: 'Huvudman',
  colCostFrom: 'Kostnader {from}',
  colTheme: 'Tema',
  colYear: 'År',
  colProvince: 'Landskap',
  colNational: 'Nationellt temaområde',
  colChange: 'Förändring',
  colGroup: 'Grupp',
  colCount: 'Antal',
  colNames: 'Huvudmän',
  projects: '{count} projekt',
  yearsLegend: 'Jämförda år',
  fromLabel: 'Tidigare år',
  toLabel: 'Senare år',
  none: '—',
} satisfies Strings<'compare'>;
