import { describe, expect, it } from 'vitest';
import { QualityIssue } from '../data/schema';
import { realDataset } from '../../test/unit/fixtures';
import { monthsIn, qualityNames, qualityParts, qualityText } from './qualityText';
import type { Lang } from './format';

const dataset = realDataset();
const names = qualityNames(dataset);
const base = {
  id: 'x',
  severity: 'discrepancy' as const,
  projectId: null,
  sources: [{ document: 'minutes-2008', lineStart: 1, lineEnd: 1 }],
};
const note = (kind: string, values: Record<string, unknown>) => ({ ...base, kind, values }) as QualityIssue;
/** Finnish, Swedish and English tests compare with ordinary spaces; the formatted numbers use U+00A0. */
const text = (issue: QualityIssue, lang: Lang) => qualityText(issue, lang, names).replace(/\u00a0/g, ' ');

const cases: Array<[QualityIssue, Record<Lang, string>]> = [
  [
    note('plan-total-mismatch', { planYear: 2008, stated: 9528150, summed: 9978150, costedRows: 11 }),
    {
      fi: 'Vuoden 2008 taulukon yhteensä-rivi ilmoittaa 9 528 150 €, mutta 11 hankkeen kustannukset ovat yhteensä 9 978 150 € (ero 450 000 €).',
      sv: 'Summaraden i tabellen för 2008 anger 9 528 150 €, men kostnaderna för 11 projekt är sammanlagt 9 978 150 € (skillnad 450 000 €).',
      en: 'The total row of the 2008 table states €9,528,150, but the costs of 11 projects add up to €9,978,150 (a difference of €450,000).',
    },
  ],
  [
    note('plan-project-count-mismatch', { planYear: 2009, stated: 30, counted: 1 }),
    {
      fi: 'Vuoden 2009 taulukon yhteensä-rivi ilmoittaa 30 hanketta, taulukossa on 1 hankerivi.',
      sv: 'Summaraden i tabellen för 2009 anger 30 projekt, tabellen har 1 projektrad.',
      en: 'The total row of the 2009 table states 30 projects; the table has 1 project row.',
    },
  ],
  [
    note('plan-administrator-count-mismatch', {
      planYear: 2008,
      stated: 1,
      counted: 3,
      organisationIds: ['hameenlinna', 'pshp', 'vshp'],
    }),
    {
      fi: 'Vuoden 2008 taulukon yhteensä-rivi ilmoittaa 1 hallinnoija, riveillä nimetään 3 eri organisaatiota: Hämeenlinna, PSHP ja Vaasan sairaanhoitopiiri.',
      sv: 'Summaraden i tabellen för 2008 anger 1 huvudman, raderna nämner 3 olika organisationer: Tavastehus, Birkalands sjukvårdsdistrikt och Vasa sjukvårdsdistrikt.',
      en: 'The total row of the 2008 table states 1 lead organisation; the rows name 3 different organisations: Hämeenlinna, Pirkanmaa Hospital District and Vaasa Hospital District.',
    },
  ],
  [
    note('missing-cost', { planYear: 2008 }),
    {
      fi: 'Hankkeen kustannussarake on tyhjä vuoden 2008 taulukossa.',
      sv: 'Projektets kostnadscell är tom i tabellen för 2008.',
      en: 'The project’s cost cell is empty in the 2008 table.',
    },
  ],
  [
    {
      ...note('uncertain-administrator', { written: 'Seinäjoki tai Vaasa?', organisationIds: ['seinajoki', 'vaasa'] }),
      writtenTranslation: { sv: 'Seinäjoki eller Vasa?', en: 'Seinäjoki or Vaasa?' },
    },
    {
      fi: 'Hallinnoija on merkitty epävarmaksi: ”Seinäjoki tai Vaasa?” (luettu: Seinäjoki ja Vaasa).',
      sv: 'Huvudmannen är angiven som osäker: ”Seinäjoki tai Vaasa?” (på svenska: ”Seinäjoki eller Vasa?”); som huvudman räknas här: Seinäjoki och Vasa.',
      en: 'The lead organisation is marked as uncertain: “Seinäjoki tai Vaasa?” (in English: “Seinäjoki or Vaasa?”); counted here as lead organisation: Seinäjoki and Vaasa.',
    },
  ],
  [
    note('unknown-administrator', { written: '?' }),
    {
      fi: 'Hallinnoijan kohdalla on vain kysymysmerkki: ”?”.',
      sv: 'I stället för huvudman står bara ett frågetecken: ”?”.',
      en: 'The lead organisation cell holds only a question mark: “?”.',
    },
  ],
  [
    note('blank-administrator', {}),
    {
      fi: 'Hallinnoijan kohta on tyhjä.',
      sv: 'Cellen för huvudman är tom.',
      en: 'The lead organisation cell is empty.',
    },
  ],
  [
    note('share-total-mismatch', { percentSum: 95 }),
    {
      fi: 'Organisaatioiden osuudet ovat yhteensä 95 %, eivät 100 %.',
      sv: 'Organisationernas andelar är sammanlagt 95 %, inte 100 %.',
      en: 'The organisations’ shares add up to 95%, not 100%.',
    },
  ],
  [
    note('lasse-in-matrix-not-list', { municipality: '837' }),
    {
      fi: 'Tampere on yhteistoiminta-aluematriisissa mutta ei luettelossa hankkeeseen osallistuvista kunnista.',
      sv: 'Tammerfors finns i matrisen över samarbetsområden men inte i förteckningen över deltagande kommuner.',
      en: 'Tampere is in the cooperation-area matrix but not in the list of participating municipalities.',
    },
  ],
  [
    note('lasse-in-list-not-matrix', { municipality: '905' }),
    {
      fi: 'Vaasa on luettelossa hankkeeseen osallistuvista kunnista mutta ei yhteistoiminta-aluematriisissa.',
      sv: 'Vasa finns i förteckningen över deltagande kommuner men inte i matrisen över samarbetsområden.',
      en: 'Vaasa is in the list of participating municipalities but not in the cooperation-area matrix.',
    },
  ],
  [
    note('lasse-duplicate-name', { municipality: '111', written: 'Heinolan', provinceId: 'paijat-hame' }),
    {
      fi: 'Heinola (”Heinolan”) mainitaan kahdesti saman maakunnan (Päijät-Häme) osallistujaluettelossa.',
      sv: 'Heinola (”Heinolan”) nämns två gånger i förteckningen över deltagare i samma landskap (Päijänne-Tavastland).',
      en: 'Heinola (“Heinolan”) is named twice in the list of participants of one region (Päijät-Häme).',
    },
  ],
  [
    note('municipality-spelling-variant', { municipality: '504', written: 'Myrkylä' }),
    {
      fi: 'Lähteessä lukee ”Myrkylä”, luettu kunnaksi Myrskylä.',
      sv: 'I källan står ”Myrkylä”, tolkat som kommunen Mörskom.',
      en: 'The source writes “Myrkylä”, read as the municipality of Myrskylä.',
    },
  ],
  [
    note('matrix-missing-separator', { written: 'Kristiinankaupunki Maalahti', first: '287', second: '475' }),
    {
      fi: 'Matriisista puuttuu erotin kuntien Kristiinankaupunki ja Maalahti väliltä (”Kristiinankaupunki Maalahti”); luettu kahdeksi kunnaksi.',
      sv: 'I matrisen saknas skiljetecknet mellan kommunerna Kristinestad och Malax (”Kristiinankaupunki Maalahti”); tolkat som två kommuner.',
      en: 'The matrix lacks the separator between the municipalities of Kristinestad and Malax (“Kristiinankaupunki Maalahti”); read as two municipalities.',
    },
  ],
  [
    note('lasse-count-participants', { stated: 58, counted: 59 }),
    {
      fi: 'Teksti ilmoittaa 58 osallistuvaa kuntaa hankkeen alussa; luetteloista laskettuna 59.',
      sv: 'Texten anger 58 deltagande kommuner när projektet börjar; räknat ur förteckningarna 59.',
      en: 'The text states 58 participating municipalities at the start; counted from the lists, 59.',
    },
  ],
  [
    note('lasse-count-participants-later', { stated: 60, counted: 59 }),
    {
      fi: 'Teksti ilmoittaa 60 osallistuvaa kuntaa (myöhempi luku); luetteloista laskettuna 59.',
      sv: 'Texten anger 60 deltagande kommuner (det senare talet); räknat ur förteckningarna 59.',
      en: 'The text states 60 participating municipalities (the later figure); counted from the lists, 59.',
    },
  ],
  [
    note('lasse-count-area-members', { stated: 1, counted: 33 }),
    {
      fi: 'Teksti ilmoittaa 1 yhteistoiminta-alueeseen kuuluva hankekunta; luetteloista laskettuna 33.',
      sv: 'Texten anger 1 projektkommun i ett samarbetsområde; räknat ur förteckningarna 33.',
      en: 'The text states 1 project municipality in a cooperation area; counted from the lists, 33.',
    },
  ],
  [
    note('lasse-count-area-members-later', { stated: 34, counted: 38 }),
    {
      fi: 'Teksti ilmoittaa 34 yhteistoiminta-alueisiin kuuluvaa hankekuntaa (myöhempi luku); luetteloista laskettuna 38.',
      sv: 'Texten anger 34 projektkommuner i samarbetsområden (det senare talet); räknat ur förteckningarna 38.',
      en: 'The text states 34 project municipalities in cooperation areas (the later figure); counted from the lists, 38.',
    },
  ],
  [
    note('lasse-count-areas', { stated: 8, counted: 9 }),
    {
      fi: 'Teksti ilmoittaa 8 yhteistoiminta-aluetta; luetteloista laskettuna 9.',
      sv: 'Texten anger 8 samarbetsområden; räknat ur förteckningarna 9.',
      en: 'The text states 8 cooperation areas; counted from the lists, 9.',
    },
  ],
  [
    note('lasse-count-province-participants', { stated: 12, counted: 11, provinceId: 'pohjanmaa' }),
    {
      fi: 'Teksti ilmoittaa 12 hankekuntaa (Pohjanmaa); luetteloista laskettuna 11.',
      sv: 'Texten anger 12 projektkommuner (Österbotten); räknat ur förteckningarna 11.',
      en: 'The text states 12 project municipalities (Ostrobothnia); counted from the lists, 11.',
    },
  ],
  // Notes from reading the documents beyond the tables (issue 11).
  [
    note('plan-theme-order', { planYear: 2009, tableOrder: [1, 2, 4, 3, 5, 6] }),
    {
      fi: 'Vuoden 2009 taulukko esittää teemat järjestyksessä 1, 2, 4, 3, 5, 6, numeroitu luettelo järjestyksessä 1–6.',
      sv: 'Tabellen för 2009 tar upp temana i ordningen 1, 2, 4, 3, 5, 6, den numrerade listan i ordningen 1–6.',
      en: 'The 2009 table presents its themes in the order 1, 2, 4, 3, 5, 6; the numbered list in the order 1–6.',
    },
  ],
  [
    note('project-placement', { themeId: 'plan-2009-1', appendixHeading: 'PERHEHANKKEET' }),
    {
      fi: 'Taulukossa hanke on teeman ”Mielenterveys- ja päihdetyö” alla, liitteessä otsikon ”PERHEHANKKEET” alla.',
      sv: 'I tabellen står projektet under temat ”Mentalvårds- och missbruksarbete”, i bilagan under rubriken ”PERHEHANKKEET”.',
      en: 'In the table the project sits under the theme “Mental health and substance abuse work”; in the appendix under the heading “PERHEHANKKEET”.',
    },
  ],
  [
    note('plan-amounts-applied-for', { planYear: 2008, written: 'Rahoitusta haetaan:' }),
    {
      fi: 'Vuoden 2008 summat ovat haettuja, eivät myönnettyjä: taulukkoa edeltää lause ”Rahoitusta haetaan:”',
      sv: 'Beloppen för 2008 är sökta, inte beviljade: före tabellen står meningen ”Rahoitusta haetaan:”',
      en: 'The 2008 amounts are amounts applied for, not granted: the sentence before the table reads “Rahoitusta haetaan:”',
    },
  ],
  [
    note('plan-list-examples', { planYear: 2009, written: 'esimerkiksi:' }),
    {
      fi: 'Vuoden 2009 hankkeet ovat esimerkkejä, eivät täydellinen luettelo: taulukkoa edeltää lause ”esimerkiksi:”',
      sv: 'Projekten för 2009 är exempel, ingen fullständig förteckning: före tabellen står meningen ”esimerkiksi:”',
      en: 'The 2009 projects are examples, not a complete list: the sentence before the table reads “esimerkiksi:”',
    },
  ],
  [
    note('lasse-count-size-classes', {
      stated: 58,
      statedLater: 59,
      small: 10,
      smallLater: 11,
      medium: 32,
      large: 17,
    }),
    {
      fi: 'Pienten, keskisuurten ja suurten kuntien määrät (10 + 32 + 17) ovat yhteensä 59; teksti ilmoittaa 58 kuntaa (myöhemmin 59). Summa vastaa myöhempää lukua. Pieniä kuntia on myöhemmin 11.',
      sv: 'Antalet små, medelstora och stora kommuner (10 + 32 + 17) är sammanlagt 59; texten anger 58 kommuner (senare 59). Summan motsvarar det senare talet. Senare anges antalet små kommuner till 11.',
      en: 'The small, medium and large municipalities (10 + 32 + 17) add up to 59; the text states 58 municipalities (later 59). The sum matches the later figure. Later there are 11 small municipalities.',
    },
  ],
  [
    note('lasse-count-respondents', { respondents: 1, base: 34 }),
    {
      fi: 'Kyselyyn vastasi tekstin mukaan 1 viranhaltija, mutta B-moduulin valinneiden osuus ilmoitetaan 34 vastaajasta.',
      sv: 'Enligt texten besvarades enkäten av 1 tjänsteinnehavare, men andelen som valde modul B är räknad på 34 svarande.',
      en: 'The text says 1 official answered the survey, but the share choosing module B is given out of 34 respondents.',
    },
  ],
  [
    note('lost-figure', { what: 'total-budget', written: 'kokonaisbudjetti on ,' }),
    {
      fi: 'Lähteen tekstistä puuttuu luku tai päivämäärä: hankkeen kokonaisbudjetti (jäljellä: ”kokonaisbudjetti on ,”).',
      sv: 'I källtexten saknas ett tal eller datum: projektets totala budget (kvar står: ”kokonaisbudjetti on ,”).',
      en: "A number or date is missing from the source text: the project's total budget (what remains: “kokonaisbudjetti on ,”).",
    },
  ],
  [
    note('lost-figure', { what: 'coordinator-periods', written: 'joista yksi työskentelee ja kolme välisen ajan.' }),
    {
      fi: 'Lähteen tekstistä puuttuu luku tai päivämäärä: projektikoordinaattorien työskentelykaudet (jäljellä: ”joista yksi työskentelee ja kolme välisen ajan.”).',
      sv: 'I källtexten saknas ett tal eller datum: projektkoordinatorernas anställningsperioder (kvar står: ”joista yksi työskentelee ja kolme välisen ajan.”).',
      en: "A number or date is missing from the source text: the project coordinators' periods of work (what remains: “joista yksi työskentelee ja kolme välisen ajan.”).",
    },
  ],
  [
    note('explanation-gap-rows', {
      explains: 'total-mismatch-2008',
      planYear: 2008,
      gap: 450000,
      projectIds: ['a', 'b'],
      projectNames: ['Proomu-hanke', 'Sihti'],
    }),
    {
      fi: 'Mahdollinen selitys: ero 450 000 € on täsmälleen hankkeiden ”Proomu-hanke” ja ”Sihti” kustannusten summa.',
      sv: 'Möjlig förklaring: skillnaden 450 000 € är exakt summan av kostnaderna för projekten ”Proomu-hanke” och ”Sihti”.',
      en: 'Possible explanation: the difference of €450,000 is exactly the sum of the costs of the projects “Proomu-hanke” and “Sihti”.',
    },
  ],
  [
    note('explanation-count-reading', {
      explains: 'count-mismatch-2008-administrators',
      planYear: 2008,
      stated: 9,
      reading: 'first-named',
    }),
    {
      fi: 'Mahdollinen selitys: 9 eri hallinnoijaa saadaan, kun vain kunkin rivin ensimmäisenä nimetty hallinnoija lasketaan.',
      sv: 'Möjlig förklaring: 9 olika huvudmän fås om bara den förstnämnda huvudmannen på varje rad räknas.',
      en: "Possible explanation: 9 different lead organisations result if only each row's first-named lead organisation counts.",
    },
  ],
  [
    note('page-break-line', { written: 'Sivu 3 (12)' }),
    {
      fi: 'Rivi ”Sivu 3 (12)” on sivunvaihdon jäänne, ja se ohitettiin.',
      sv: 'Raden ”Sivu 3 (12)” är en rest av en sidbrytning och har hoppats över.',
      en: 'The line “Sivu 3 (12)” is a page-break remnant and was skipped.',
    },
  ],
  [
    note('lost-hyphen', { written: 'hyvinvointija', read: 'hyvinvointi- ja' }),
    {
      fi: 'Lähteen tekstistä puuttuu yhdysmerkki: ”hyvinvointija” on luettu ”hyvinvointi- ja”.',
      sv: 'I källtexten saknas ett bindestreck: ”hyvinvointija” har lästs som ”hyvinvointi- ja”.',
      en: 'The source text lacks a hyphen: “hyvinvointija” is read as “hyvinvointi- ja”.',
    },
  ],
  [
    note('theme-heading-variant', { written: 'Palvelurakenne, hoito- ja palveluprosessit', themeId: 'plan-2008-4' }),
    {
      fi: 'Taulukon väliotsikko ”Palvelurakenne, hoito- ja palveluprosessit” on kirjoitettu eri tavoin kuin numeroitu luettelo; luettu teemaksi ”Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen”.',
      sv: 'Mellanrubriken ”Palvelurakenne, hoito- ja palveluprosessit” i tabellen är formulerad annorlunda än i den numrerade listan; tolkad som temat ”Utveckling av servicestrukturer samt vård- och serviceprocesser”.',
      en: "The table's heading “Palvelurakenne, hoito- ja palveluprosessit” is worded differently from the numbered list; read as the theme “Developing service structures and care and service processes”.",
    },
  ],
  [
    note('plan-staffing-differs', {
      listed: ['terveydenhoitaja', 'sosiaaliohjaaja', 'nuoriso-ohjaaja'],
      working: ['terveydenhoitaja', 'nuoriso-ohjaaja'],
    }),
    {
      fi: 'Suunnitelma nimeää hankkeeseen kaupungin omista työntekijöistä ”terveydenhoitaja”, ”sosiaaliohjaaja” ja ”nuoriso-ohjaaja”, mutta kertoo perhekeskuksessa työskentelevän ”terveydenhoitaja” ja ”nuoriso-ohjaaja”.',
      sv: 'Planen anvisar ”terveydenhoitaja”, ”sosiaaliohjaaja” och ”nuoriso-ohjaaja” av stadens egen personal till projektet, men uppger att ”terveydenhoitaja” och ”nuoriso-ohjaaja” arbetar i familjecentret.',
      en: "The plan assigns “terveydenhoitaja”, “sosiaaliohjaaja” and “nuoriso-ohjaaja” from the city's own staff to the project, but says “terveydenhoitaja” and “nuoriso-ohjaaja” work in the family centre.",
    },
  ],
  [
    note('name-spelling-variants', { name: 'SONet BOTNIA', written: ['SoNet Botnia', 'SONetBOTNIA'] }),
    {
      fi: 'Sama nimi on kirjoitettu dokumentissa usealla tavalla: yleensä ”SONet BOTNIA”, myös ”SoNet Botnia” ja ”SONetBOTNIA”.',
      sv: 'Samma namn skrivs på flera sätt i dokumentet: oftast ”SONet BOTNIA”, även ”SoNet Botnia” och ”SONetBOTNIA”.',
      en: 'The document writes one name in several ways: mostly “SONet BOTNIA”, also “SoNet Botnia” and “SONetBOTNIA”.',
    },
  ],
  [
    note('slide-copies-slide', {
      slide: 13,
      copiedSlide: 9,
      sharedWords: 44,
      phrase: 'Pilottikunnat ja -seudut Satakunnassa',
    }),
    {
      fi: 'Dia 13 toistaa dian 9 tekstiä sanasta sanaan (yhteensä 44 sanaa, muun muassa ”Pilottikunnat ja -seudut Satakunnassa …”).',
      sv: 'Bild 13 upprepar texten på bild 9 ord för ord (sammanlagt 44 ord, bland annat ”Pilottikunnat ja -seudut Satakunnassa …”).',
      en: 'Slide 13 repeats the text of slide 9 word for word (44 words in all, among them “Pilottikunnat ja -seudut Satakunnassa …”).',
    },
  ],
  [
    note('slide-dates-differ', {
      term: 'kehittämissuunnitelmat',
      slides: [7, 8],
      written: ['huhti-toukokuu', '28.2.'],
    }),
    {
      fi: 'Diat ajoittavat kohdan ”kehittämissuunnitelmat” eri tavoin (dia 7: huhti-toukokuu ja dia 8: 28.2.).',
      sv: 'Bilderna anger olika tidpunkter för punkten ”kehittämissuunnitelmat” (bild 7: april–maj och bild 8: 28.2.).',
      en: 'The slides date the item “kehittämissuunnitelmat” differently (slide 7: April–May and slide 8: 28.2.).',
    },
  ],
  [
    note('recorded-variants', { variant: 'post-titles', written: ['palkattu projektijohtaja', 'hankejohtajan'] }),
    {
      fi: 'Sama suunnitelma käyttää tehtävästä kahta nimikettä: ”palkattu projektijohtaja” ja ”hankejohtajan”.',
      sv: 'Samma plan använder två titlar för befattningen: ”palkattu projektijohtaja” och ”hankejohtajan”; skillnaden finns bara på finska, som har två ord för ’projekt’: projekti- och hanke-.',
      en: 'The same plan gives the post two titles: “palkattu projektijohtaja” and “hankejohtajan” (the Finnish uses two different words for ‘project’: projekti- and hanke-).',
    },
  ],
  [
    note('recorded-variants', { variant: 'garbled-dates', written: ['1.9.2013-31.4.2015', '22.10.201'] }),
    {
      fi: 'Nämä päivämäärät ovat mahdottomia tai niistä puuttuu numeroita: ”1.9.2013-31.4.2015” ja ”22.10.201”.',
      sv: 'Dessa datum är omöjliga eller saknar siffror: ”1.9.2013-31.4.2015” och ”22.10.201”.',
      en: 'These dates are impossible or have digits missing: “1.9.2013-31.4.2015” and “22.10.201”.',
    },
  ],
];

describe('qualityText', () => {
  describe.each(cases)('$kind', (issue, expected) => {
    it.each(['fi', 'sv', 'en'] as const)('in %s', (lang) => expect(text(issue, lang)).toBe(expected[lang]));
  });

  it('gives each quoted Finnish name its curated rendering beside it in Swedish and English, and marks it Finnish', () => {
    const issue = {
      ...note('recorded-variants', { variant: 'names', written: ['VAASAN PERHEKESKUS', 'Perhekeskus –hanke'] }),
      quoteTranslations: { 'VAASAN PERHEKESKUS': { sv: 'VASA FAMILJECENTER', en: 'VAASA FAMILY CENTRE' } },
    } as QualityIssue;
    expect(text(issue, 'sv')).toBe(
      'Dessa namn kan avse samma sak: ”VAASAN PERHEKESKUS” (på svenska: ”VASA FAMILJECENTER”) och ”Perhekeskus –hanke”. De återges som de står; uppgifterna slår inte ihop dem.',
    );
    expect(text(issue, 'en')).toContain('“VAASAN PERHEKESKUS” (in English: “VAASA FAMILY CENTRE”) and');
    expect(text(issue, 'fi')).not.toContain('VASA');
    const parts = qualityParts(issue, 'sv', names);
    expect(parts.filter((p) => p.lang === 'fi').map((p) => p.text)).toEqual([
      'VAASAN PERHEKESKUS',
      'Perhekeskus –hanke',
    ]);
  });

  it('names a project of an explanation as the pages do: marked in its language, with the rendering beside it', () => {
    const issue = dataset.quality.find((q) => q.kind === 'explanation-gap-rows')!;
    const [id] = issue.values.projectIds;
    const project = dataset.projects.find((p) => p.id === id)!;
    expect(text(issue, 'sv')).toContain(`projektet ”${project.name}” (${project.renderings!.sv}).`);
    expect(text(issue, 'en')).toContain(`project “${project.name}” (${project.renderings!.en}).`);
    expect(text(issue, 'fi')).toContain(`hankkeen ”${project.name}” kustannus.`);
    expect(qualityParts(issue, 'sv', names).filter((p) => p.lang)).toEqual([{ text: project.name, lang: 'fi' }]);
    const narpes = dataset.projects.find((p) => p.swedishPart)!;
    const mixed = note('explanation-gap-rows', {
      ...issue.values,
      projectIds: [narpes.id],
      projectNames: [narpes.name],
    });
    expect(qualityParts(mixed, 'fi', names).filter((p) => p.lang)).toEqual([
      { text: narpes.name.slice(0, narpes.name.indexOf(narpes.swedishPart!)), lang: 'fi' },
      { text: narpes.swedishPart, lang: 'sv' },
    ]);
  });

  it('gives every quoted Finnish phrase of three or more words its rendering in Swedish and English', () => {
    // Spellings of one name are the one exception: a rendering of each would invent names.
    const needing = dataset.quality.filter((q) => !('variant' in q.values && q.values.variant === 'spellings'));
    for (const issue of needing)
      for (const lang of ['sv', 'en'] as const) {
        const parts = qualityParts(issue, lang, names);
        const bare = parts.filter(
          (p, i) =>
            p.lang === 'fi' &&
            p.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 &&
            !(parts[i + 1]?.text ?? '').replace(/^[\s…”“]+/, '').startsWith('('),
        );
        expect(
          bare.map((p) => p.text),
          `${issue.id} (${lang})`,
        ).toEqual([]);
      }
  });

  it('glosses no spelling of a name', () => {
    const issue = dataset.quality.find((q) => q.id === 'variants-lasse-kristiinankaupunki')!;
    expect(text(issue, 'sv')).toBe('Samma namn skrivs på olika sätt: ”Kristiinankaupunki” och ”Kristiinan kaupunki”.');
  });

  it('has a case above for every kind the schema knows', () => {
    const kinds = new Set(cases.map(([issue]) => issue.kind));
    expect(QualityIssue.options.map((o) => o.shape.kind.value).filter((k) => !kinds.has(k))).toEqual([]);
  });

  it.each([
    [
      0,
      'Vuoden 2008 taulukon yhteensä-rivi ilmoittaa 0 hanketta, taulukossa on 0 hankeriviä.',
      'anger 0 projekt, tabellen har 0 projektrader.',
      'states 0 projects; the table has 0 project rows.',
    ],
    [
      1,
      'Vuoden 2008 taulukon yhteensä-rivi ilmoittaa 1 hanke, taulukossa on 1 hankerivi.',
      'anger 1 projekt, tabellen har 1 projektrad.',
      'states 1 project; the table has 1 project row.',
    ],
    [
      2,
      'Vuoden 2008 taulukon yhteensä-rivi ilmoittaa 2 hanketta, taulukossa on 2 hankeriviä.',
      'anger 2 projekt, tabellen har 2 projektrader.',
      'states 2 projects; the table has 2 project rows.',
    ],
  ])('counts %i with the plural rules of each language', (n, fi, sv, en) => {
    const issue = note('plan-project-count-mismatch', { planYear: 2008, stated: n, counted: n });
    expect(text(issue, 'fi')).toBe(fi);
    expect(text(issue, 'sv')).toContain(sv);
    expect(text(issue, 'en')).toContain(en);
  });

  it('renders every published note in every language without its internal ids or placeholders', () => {
    const ID_KEYS = ['municipality', 'first', 'second', 'provinceId', 'organisationIds'];
    for (const issue of dataset.quality) {
      const ids = Object.entries(issue.values).flatMap(([k, v]) => (ID_KEYS.includes(k) ? [v].flat() : [])) as string[];
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const words = qualityText(issue, lang, names).split(/[\s,.;:()”“]+/);
        expect(
          words.filter((w) => ids.includes(w)),
          `${issue.id} (${lang})`,
        ).toEqual([]);
        expect(qualityText(issue, lang, names)).not.toMatch(/[{}]|undefined|\?\s*$/);
      }
    }
  });
});

describe('monthsIn', () => {
  it.each([
    ['sv', 'huhti-toukokuu', 'april–maj'],
    ['en', 'huhti-toukokuu', 'April–May'],
    ['sv', 'syyskuussa', 'september'],
    ['fi', 'huhti-toukokuu', 'huhti-toukokuu'],
    ['sv', '28.2.', '28.2.'],
    ['en', 'Keski-Suomi', 'Keski-Suomi'],
  ] as const)('%s: %s → %s', (lang, written, expected) => {
    expect(monthsIn(lang, written)).toBe(expected);
  });
});
