/** Finnish strings of “how this number is made” (ExplainNumber); sv/explain.ts and en/explain.ts have the same keys. */
export default {
  open: 'Näin luku muodostuu',
  'rule.full': 'Laskentasääntö: jokaisen hankkeen koko kustannus kerran.',
  'rule.split-equally': 'Laskentasääntö: usean hallinnoijan hankkeen kustannus jaettu tasan hallinnoijien kesken.',
  'rule.administrator-home':
    'Laskentasääntö: kustannus jaettu tasan hallinnoijien kesken ja osat hallinnoijan kotipaikan maakunnalle.',
  'rule.stated': 'Luku sellaisenaan asiakirjasta.',
  'rule.count': 'Lukumäärä: {count, plural, one {# rivi} other {# riviä}}.',
  colRow: 'Rivi ja lähde',
  colValue: 'Arvo',
  total: 'Yhteensä',
  share: 'Osuus: {part} / {whole} = {share}',
  part: '{whole} × {count}/{parts}',
  excluded: 'Mukana ei ole',
  'reason.no-cost': 'ei kustannustietoa',
  notes: 'Lukuun vaikuttavat huomiot',
  noteLink: 'Lähteet ja laatu',
  barsHeading: 'Palkkien laskelmat',
  besideNotes: 'Huom.',
  projectNotes: '{count, plural, one {# hankekohtainen huomio} other {# hankekohtaista huomiota}}: ks. ”{open}”',
};
