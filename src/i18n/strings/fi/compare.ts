/** Finnish strings of the comparison view; sv/compare.ts and en/compare.ts have the same keys. */
export default {
  heading: 'Vertailu {from}–{to}',
  intro:
    'Miten vuoden {from} {fromCount} painopistealuetta muuttuivat vuoden {to} {toCount} teemaksi, ja miten molemmat asettuvat Kaste-ohjelman seitsemälle kansalliselle osa-alueelle. Vastaavuudet ovat kuratoituja, ja jokaisella on perustelu.',
  flowTitle: 'Painopisteet 2005–2006, {from} ja {to}',
  flowSummary:
    'Vuoden {from} alueista {continued} jatkuu samannimisenä, {renamed} uudella nimellä ja {dropped} päättyy; vuonna {to} tulee {new, plural, one {# uusi teema} other {# uutta teemaa}}.',
  'col.pohjanmaa-2005-2006': 'Pohjanmaa 2005–2006',
  'col.plan': 'Väli-Suomi {year}',
  'col.national': 'Kaste, kansallinen',
  'change.continued': 'jatkuu',
  'change.renamed': 'uusi nimi',
  'change.dropped': 'päättyy',
  'change.new': 'uusi',
  legendContinued: 'Yhtenäinen viiva: teema jatkuu samannimisenä',
  legendRenamed: 'Katkoviiva: teema jatkuu uudella nimellä',
  earlierNote:
    'Pohjanmaan 2005–2006 painopisteillä ei ole lähteissä suoraa jatkoa vuoden {from} alueisiin; ne liittyvät muihin kansallisten osa-alueiden kautta (taulukko alla).',
  reason: 'Perustelu',
  nationalTitle: 'Alueelliset teemat kansallisilla osa-alueilla',
  nationalSummary:
    'Seitsemästä kansallisesta osa-alueesta {coveredFrom} on vuoden {from} ja {coveredTo} vuoden {to} suunnitelmassa.',
  perThemeTitle: 'Hankkeita teemoittain {from} ja {to}',
  perThemeSummary: 'Vuonna {from} hankkeita on {nFrom} {fromCount} alueella, vuonna {to} {nTo} {toCount} teemalla.',
  perNationalTitle: 'Hankkeita kansallisilla osa-alueilla',
  perNationalSummary:
    '{leaders, plural, one {Eniten hankkeita vuonna {to} on osa-alueella {top} ({count, plural, one {# hanke} other {# hanketta}}).} other {Eniten hankkeita vuonna {to} on osa-alueilla {top}, kullakin {count, plural, one {# hanke} other {# hanketta}}.}} Hanke voi osua useaan osa-alueeseen.',
  provincesTitle: 'Hankkeita maakunnittain {from} ja {to}',
  provincesSummary: 'Hanke lasketaan jokaiseen maakuntaan, jossa se toimii.',
  adminsTitle: 'Hallinnoijat vuosina {from} ja {to}',
  adminsSummary:
    '{both, plural, one {# hallinnoija on} other {# hallinnoijaa on}} mukana molempina vuosina, {onlyFromCount} vain {from} ja {onlyToCount} vain {to}.',
  both: 'Molempina vuosina',
  onlyFrom: 'Vain {from}',
  onlyTo: 'Vain {to}',
  continuingTitle: 'Jatkuvat hankkeet',
  continuingSummary:
    '{count, plural, one {# vuoden {from} suunnitelman hanke jatkuu} other {# vuoden {from} suunnitelman hanketta jatkuu}} vuoden {to} suunnitelmassa.',
  continuingOther:
    'Lisäksi {count, plural, one {# suunnitelmien ulkopuolinen hanke jatkuu} other {# suunnitelmien ulkopuolista hanketta jatkuu}} vuoden {to} suunnitelmassa.',
  colFrom: 'Hanke',
  colTo: 'Jatkohanke',
  colAdmins: 'Hallinnoija',
  colCostFrom: 'Kustannukset {from}',
  colTheme: 'Teema',
  colYear: 'Vuosi',
  colProvince: 'Maakunta',
  colNational: 'Kansallinen osa-alue',
  colChange: 'Muutos',
  colGroup: 'Ryhmä',
  colCount: 'Määrä',
  colNames: 'Hallinnoijat',
  projects: '{count, plural, one {# hanke} other {# hanketta}}',
  yearsLegend: 'Verrattavat vuodet',
  fromLabel: 'Aiempi vuosi',
  toLabel: 'Myöhempi vuosi',
  none: '—',
};
