import type { Key } from '../messages';

/** Finnish strings of `compareMessages` (keys as in ../messages.ts). */
export default {
  heading: 'Vertailu 2008–2009',
  intro:
    'Miten vuoden 2008 neljä painopistealuetta muuttuivat vuoden 2009 kuudeksi teemaksi, ja miten molemmat asettuvat KASTE-ohjelman seitsemälle kansalliselle osa-alueelle. Vastaavuudet ovat kuratoituja, ja jokaisella on perustelu.',
  flowTitle: 'Painopisteet 2005–2006, 2008 ja 2009',
  flowSummary:
    'Vuoden 2008 alueista {continued} jatkuu samannimisenä, {renamed} uudella nimellä ja {dropped} päättyy; vuonna 2009 tulee {new, plural, one {# uusi teema} other {# uutta teemaa}}.',
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
  earlierNote:
    'Pohjanmaan 2005–2006 painopisteillä ei ole lähteissä suoraa jatkoa vuoden 2008 alueisiin; ne liittyvät muihin kansallisten osa-alueiden kautta (taulukko alla).',
  reason: 'Perustelu',
  nationalTitle: 'Alueelliset teemat kansallisilla osa-alueilla',
  nationalSummary:
    'Seitsemästä kansallisesta osa-alueesta {covered2008} on vuoden 2008 ja {covered2009} vuoden 2009 suunnitelmassa.',
  perThemeTitle: 'Hankkeita teemoittain 2008 ja 2009',
  perThemeSummary: 'Vuonna 2008 hankkeita on {y2008} neljällä alueella, vuonna 2009 {y2009} kuudella teemalla.',
  perNationalTitle: 'Hankkeita kansallisilla osa-alueilla',
  perNationalSummary:
    '{leaders, plural, one {Eniten hankkeita vuonna 2009 on osa-alueella {top} ({count, plural, one {# hanke} other {# hanketta}}).} other {Eniten hankkeita vuonna 2009 on osa-alueilla {top}, kullakin {count, plural, one {# hanke} other {# hanketta}}.}} Hanke voi osua useaan osa-alueeseen.',
  provincesTitle: 'Hankkeita maakunnittain 2008 ja 2009',
  provincesSummary: 'Hanke lasketaan jokaiseen maakuntaan, jossa se toimii.',
  adminsTitle: 'Hallinnoijat vuosina 2008 ja 2009',
  adminsSummary:
    '{both, plural, one {# hallinnoija on} other {# hallinnoijaa on}} mukana molempina vuosina, {only2008} vain 2008 ja {only2009} vain 2009.',
  both: 'Molempina vuosina',
  only2008: 'Vain 2008',
  only2009: 'Vain 2009',
  continuingTitle: 'Jatkuvat hankkeet',
  continuingSummary:
    '{count, plural, one {# vuoden 2008 suunnitelman hanke jatkuu} other {# vuoden 2008 suunnitelman hanketta jatkuu}} vuoden 2009 suunnitelmassa.',
  continuingOther:
    'Lisäksi {count, plural, one {# suunnitelmien ulkopuolinen hanke jatkuu} other {# suunnitelmien ulkopuolista hanketta jatkuu}} vuoden 2009 suunnitelmassa.',
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
} satisfies Record<Key, string>;
