/** Finnish strings of each page’s meta description and the 404 page’s words; sv/meta.ts and en/meta.ts have the same keys. */
export default {
  site: 'Kaste-ohjelman kehittämisrahoitus Väli-Suomessa 2008–2015: hankkeet, kustannukset, teemat ja kunnat lähdedokumenteista.',
  project: '{name}: hallinnoija, kustannus, teemat, alueet ja lähderivit – Kaste Väli-Suomi.',
  'view.overview':
    'Väli-Suomen Kaste-hankkeiden tunnusluvut ja kustannukset 2008: asiakirjan ilmoittama ja riveistä laskettu kokonaissumma.',
  'view.projects':
    'Kaikki Väli-Suomen Kaste-hankkeet suodatettavana taulukkona: suunnitelmavuosi, teema, hallinnoija, maakunta ja kustannus.',
  'view.compare':
    'Väli-Suomen Kaste-painopisteet 2008 ja 2009 rinnakkain: jatkuneet, nimetyt uudelleen, päättyneet ja uudet teemat.',
  'view.map': 'Väli-Suomen kunnat kartalla: maakunnat, yhteistoiminta-alueet, LasSe-kunnat ja hankkeiden hallinnoijat.',
  'view.timeline':
    'Väli-Suomen Kaste-hankkeiden kaudet, edeltäjät ja jatkajat sekä asiakirjoissa päivätyt tapahtumat aikajanalla 2004–2017.',
  'view.context':
    'Kansallinen Kaste-ohjelma: tavoitteet ja keinot, Väli-Suomen teemat kansallisten teema-alueiden rinnalla ja viiden Kaste-alueen hankkeet.',
  'view.sources': 'Lähdeasiakirjat sekä jokainen aineistosta löytynyt ristiriita ja epävarmuus rivinumeroineen.',
  'view.accessibility': 'Kaste Väli-Suomi -kojelaudan saavutettavuusseloste.',
  'view.data':
    'Kojelaudan aineisto avoimena datana: taulukot CSV- ja XLSX-muodossa, JSON-tiedostot ja datapackage.json.',
  'view.glossary':
    'Kojelaudan käsitteet lyhyesti: hallinnoija, painopistealue, teema, yhteistoiminta-alue, kuntayhtymä, osaamiskeskus, Kaste ja muut.',
  'view.changes':
    'Aineiston julkaisut versioineen ja päivämäärineen sekä se, mitä kussakin muuttui: hankkeet, kustannukset, laatuhuomiot ja tiedostot.',
  'notFound.title': 'Sivua ei löytynyt',
  'notFound.intro': 'Osoitteessa ei ole sivua. Jatka jollekin kojelaudan pääsivuista:',
};
