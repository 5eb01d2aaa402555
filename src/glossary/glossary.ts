import type { Lang } from '../i18n/format';
import type { GlossaryTerm } from '../ui/Term';

interface Entry {
  term: string;
  /** `{fi:…}` marks a Finnish word inside a Swedish or English definition (shown with lang="fi"). */
  definition: string;
}

interface Glossary {
  title: string;
  intro: string;
  /** Before the term's names in the other languages. */
  inLanguage: Record<Lang, string>;
  terms: Record<GlossaryTerm, Entry>;
}

/**
 * The glossary in the three languages, in one module as the accessibility statement is: each page shows a term's
 * names in the other two languages too. Our own short definitions, not text of the source documents.
 */
export const GLOSSARY: Record<Lang, Glossary> = {
  fi: {
    title: 'Sanasto',
    intro:
      'Kojelaudassa ja sen lähdeasiakirjoissa käytetyt käsitteet lyhyesti. Kunkin käsitteen nimi on annettu myös ruotsiksi ja englanniksi.',
    inLanguage: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
    terms: {
      kaste: {
        term: 'Kaste-ohjelma',
        definition:
          'Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma. Valtioneuvosto vahvisti sen vuosiksi 2008–2011, ja sitä jatkettiin vuosina 2012–2015. Ohjelman hankkeet saivat valtionavustusta.',
      },
      stm: {
        term: 'STM',
        definition: 'Sosiaali- ja terveysministeriö, joka johti Kaste-ohjelmaa ja päätti sen valtionavustuksista.',
      },
      'vali-suomi': {
        term: 'Väli-Suomi',
        definition:
          'Yksi Kaste-ohjelman viidestä alueesta; sen maakunnat ja kunnat näkyvät kojelaudan kartalla. Ei sama kuin Keski-Suomen maakunta.',
      },
      project: {
        term: 'Hanke',
        definition:
          'Määräaikainen kehittämistyö, jolla on tavoite, hallinnoija ja rahoitus. Tässä aineistossa hanke on useimmiten alueellisen suunnitelman taulukon rivi.',
      },
      administrator: {
        term: 'Hallinnoija',
        definition:
          'Organisaatio, joka vastaa hankkeesta: hakee rahoituksen, palkkaa henkilöstön ja raportoi rahoittajalle. Yleensä kunta, kuntayhtymä tai sairaanhoitopiiri.',
      },
      'priority-area': {
        term: 'Painopistealue',
        definition:
          'Vuoden 2008 alueellisen suunnitelman neljä pääaluetta, joiden alle alueen hankkeet ryhmiteltiin. Taulukon sarakkeessa Teema ne näkyvät vuoden 2008 hankkeilla.',
      },
      theme: {
        term: 'Teema',
        definition:
          'Aihe, jonka alle hanke on suunnitelmassa ryhmitelty: vuonna 2008 painopistealue, vuonna 2009 yksi suunnitelman kuudesta teemasta. Kansallisella Kaste-ohjelmalla on lisäksi omat seitsemän teema-aluettaan.',
      },
      costs: {
        term: 'Kustannukset',
        definition:
          'Hankkeelle suunnitelman taulukossa merkitty euromäärä. Se on haettu tai suunniteltu summa, ei myönnetty avustus eikä toteutunut meno.',
      },
      'state-grant': {
        term: 'Valtionavustus',
        definition:
          'Valtion talousarviosta myönnetty avustus. Kaste-hankkeille sitä haettiin STM:ltä, ja muu osa kustannuksista katettiin kuntien ja muiden osapuolten omalla rahoituksella.',
      },
      province: {
        term: 'Maakunta',
        definition:
          'Kuntien muodostama alue, jonka kunnat toimivat yhdessä maakunnan liitossa. Aineistossa hankkeet ja hallinnoijien kotipaikat ryhmitellään maakunnittain.',
      },
      municipality: {
        term: 'Kunta',
        definition:
          'Paikallisen itsehallinnon yksikkö. Aineiston aikaan kunnat vastasivat asukkaidensa sosiaali- ja terveyspalveluista, yksin tai yhdessä muiden kuntien kanssa.',
      },
      'cooperation-area': {
        term: 'Yhteistoiminta-alue',
        definition:
          'Kuntien yhteinen alue, jolla ne järjestävät sosiaali- ja terveyspalveluja yhdessä, yleensä isäntäkunnan tai kuntayhtymän kautta. Lyhenne YTA.',
      },
      'joint-authority': {
        term: 'Kuntayhtymä',
        definition:
          'Kuntien yhdessä perustama ja omistama julkisoikeudellinen yhteisö, joka hoitaa jäsenkuntien sille antamia tehtäviä, esimerkiksi sosiaali- ja terveyspalveluja.',
      },
      'hospital-district': {
        term: 'Sairaanhoitopiiri',
        definition:
          'Kuntayhtymä, joka järjesti jäsenkuntiensa erikoissairaanhoidon. Lyhenne SHP, esimerkiksi PSHP (Pirkanmaan sairaanhoitopiiri).',
      },
      'competence-centre': {
        term: 'Osaamiskeskus',
        definition:
          'Sosiaalialan osaamiskeskus: alueellinen yhteistyöorganisaatio, joka kehittää sosiaalialan palveluja ja osaamista kuntien, oppilaitosten ja järjestöjen kanssa, esimerkiksi SONet BOTNIA Pohjanmaalla.',
      },
    },
  },
  sv: {
    title: 'Ordlista',
    intro:
      'Begreppen i instrumentpanelen och dess källdokument i korthet. Varje begrepp anges också på finska och engelska.',
    inLanguage: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
    terms: {
      kaste: {
        term: 'Kaste-programmet',
        definition:
          'Det nationella utvecklingsprogrammet för social- och hälsovården. Statsrådet fastställde det för åren 2008–2011, och det fortsatte 2012–2015. Programmets projekt fick statsunderstöd.',
      },
      stm: {
        term: 'SHM',
        definition:
          'Social- och hälsovårdsministeriet (på finska {fi:STM}), som ledde Kaste-programmet och beslutade om dess statsunderstöd.',
      },
      'vali-suomi': {
        term: 'Väli-Suomi',
        definition:
          'En av Kaste-programmets fem Kaste-regioner; dess landskap och kommuner visas på instrumentpanelens karta. Inte detsamma som landskapet Mellersta Finland.',
      },
      project: {
        term: 'Projekt',
        definition:
          'Ett tidsbegränsat utvecklingsarbete med ett mål, en huvudman och finansiering. I materialet är ett projekt oftast en rad i tabellen i den regionala planen.',
      },
      administrator: {
        term: 'Huvudman',
        definition:
          'Den organisation som ansvarar för projektet: ansöker om finansieringen, anställer personalen och rapporterar till finansiären. Oftast en kommun, en samkommun eller ett sjukvårdsdistrikt.',
      },
      'priority-area': {
        term: 'Prioriterat område',
        definition:
          'De fyra huvudområdena i den regionala planen för 2008, som regionens projekt grupperades under. I tabellens kolumn Tema visas de för projekten från 2008.',
      },
      theme: {
        term: 'Tema',
        definition:
          'Det ämne som projektet har grupperats under i planen: 2008 ett prioriterat område, 2009 ett av planens sex teman. Det nationella Kaste-programmet har dessutom sju egna temaområden.',
      },
      costs: {
        term: 'Kostnader',
        definition:
          'Det eurobelopp som står för projektet i planens tabell. Det är ett sökt eller planerat belopp, inte ett beviljat understöd eller en faktisk utgift.',
      },
      'state-grant': {
        term: 'Statsunderstöd',
        definition:
          'Ett understöd som beviljas ur statsbudgeten. För Kaste-projekten söktes det hos social- och hälsovårdsministeriet, och resten av kostnaderna täcktes med kommunernas och andra parters egen finansiering.',
      },
      province: {
        term: 'Landskap',
        definition:
          'Ett område som bildas av kommuner som samarbetar i ett landskapsförbund. I materialet grupperas projekten och huvudmännens hemorter per landskap.',
      },
      municipality: {
        term: 'Kommun',
        definition:
          'En enhet för lokal självstyrelse. Under den tid materialet gäller ansvarade kommunerna för invånarnas social- och hälsovårdstjänster, ensamma eller tillsammans med andra kommuner.',
      },
      'cooperation-area': {
        term: 'Samarbetsområde',
        definition:
          'Ett område där kommuner tillsammans ordnar social- och hälsovårdstjänster, oftast genom en värdkommun eller en samkommun. På finska {fi:yhteistoiminta-alue} ({fi:YTA}).',
      },
      'joint-authority': {
        term: 'Samkommun',
        definition:
          'En offentligrättslig sammanslutning som kommuner grundar och äger tillsammans och som sköter uppgifter som medlemskommunerna ger den, till exempel social- och hälsovårdstjänster.',
      },
      'hospital-district': {
        term: 'Sjukvårdsdistrikt',
        definition:
          'En samkommun som ordnade den specialiserade sjukvården för sina medlemskommuner. På finska förkortat {fi:SHP}, till exempel {fi:PSHP} (Birkalands sjukvårdsdistrikt).',
      },
      'competence-centre': {
        term: 'Kompetenscentrum',
        definition:
          'Kompetenscentrum inom det sociala området: en regional samarbetsorganisation som utvecklar tjänsterna och kompetensen inom det sociala området tillsammans med kommuner, läroanstalter och organisationer, till exempel SONet BOTNIA i Österbotten.',
      },
    },
  },
  en: {
    title: 'Glossary',
    intro:
      'The terms of the dashboard and its source documents in brief. Each term is also given in Finnish and Swedish.',
    inLanguage: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
    terms: {
      kaste: {
        term: 'Kaste programme',
        definition:
          'The national development programme for social welfare and health care. The Government adopted it for 2008–2011, and it continued in 2012–2015. Its projects received state grants.',
      },
      stm: {
        term: 'STM',
        definition:
          'The Ministry of Social Affairs and Health (Finnish abbreviation {fi:STM}), which led the Kaste programme and decided on its state grants.',
      },
      'vali-suomi': {
        term: 'Väli-Suomi',
        definition:
          'One of the programme’s five Kaste areas (Finnish {fi:Kaste-alue}); its regions ({fi:maakunta}) and municipalities are on the dashboard’s map. Not the same as the region of Central Finland (Keski-Suomi).',
      },
      project: {
        term: 'Project',
        definition:
          'A fixed-term piece of development work with a goal, a lead organisation and funding. In this data a project is mostly a row of a regional plan’s table.',
      },
      administrator: {
        term: 'Lead organisation',
        definition:
          'The organisation responsible for a project: it applies for the funding, employs the staff and reports to the funder. Usually a municipality, a joint municipal authority or a hospital district.',
      },
      'priority-area': {
        term: 'Priority area',
        definition:
          'The four main areas of the 2008 regional plan, under which the region’s projects were grouped. The table’s Theme column shows them for the 2008 projects.',
      },
      theme: {
        term: 'Theme',
        definition:
          'The subject a plan groups a project under: in 2008 a priority area, in 2009 one of the plan’s six themes. The national Kaste programme also has seven theme areas of its own.',
      },
      costs: {
        term: 'Costs',
        definition:
          'The amount in euros a plan’s table gives for a project. It is an amount applied for or planned, not a grant awarded or money spent.',
      },
      'state-grant': {
        term: 'State grant',
        definition:
          'A grant from the state budget. Kaste projects applied for it to the Ministry of Social Affairs and Health; the rest of the costs was covered by the municipalities’ and other parties’ own funding.',
      },
      province: {
        term: 'Region',
        definition:
          'The area (Finnish {fi:maakunta}) whose municipalities work together in a regional council, e.g. Ostrobothnia or Pirkanmaa; not the same as a Kaste area, one of the programme’s five larger areas. The data groups projects and the lead organisations’ seats by region.',
      },
      municipality: {
        term: 'Municipality',
        definition:
          'The unit of local self-government. In the years of the data, municipalities were responsible for their residents’ social and health services, alone or together with other municipalities.',
      },
      'cooperation-area': {
        term: 'Cooperation area',
        definition:
          'An area in which municipalities provide social and health services together, usually through a host municipality or a joint municipal authority. Finnish abbreviation {fi:YTA}.',
      },
      'joint-authority': {
        term: 'Joint municipal authority',
        definition:
          'A public body that municipalities found and own together to carry out tasks they give it, such as social and health services.',
      },
      'hospital-district': {
        term: 'Hospital district',
        definition:
          'A joint municipal authority that provided specialised medical care for its member municipalities. Finnish abbreviation {fi:SHP}, e.g. {fi:PSHP} (Pirkanmaa Hospital District).',
      },
      'competence-centre': {
        term: 'Regional competence centre',
        definition:
          'A regional competence centre for social welfare: a cooperation body that develops social services and skills with municipalities, educational institutions and NGOs, e.g. SONet BOTNIA in Ostrobothnia.',
      },
    },
  },
};
