import type { Lang } from '../i18n/format';

interface Statement {
  title: string;
  intro: string;
  statusTitle: string;
  status: string;
  gapsTitle: string;
  gaps: string[];
  alternativesTitle: string;
  alternatives: string;
  feedbackTitle: string;
  feedback: string;
  enforcementTitle: string;
  enforcement: string;
  contact: string[];
  prepared: string;
}

/** Saavutettavuusseloste as the Act on the Provision of Digital Services (306/2019) requires. */
export const STATEMENTS: Record<Lang, Statement> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro: 'Tämä seloste koskee Kaste Väli-Suomi -kojelautaa. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia.',
    statusTitle: 'Palvelun saavutettavuuden tila',
    status: 'Palvelu täyttää WCAG 2.1 -ohjeistuksen AA-tason vaatimukset osittain. Arvio perustuu itsearvioon sekä automaattisiin testeihin (axe) jokaisessa näkymässä vaaleassa ja tummassa teemassa.',
    gapsTitle: 'Ei-saavutettava sisältö',
    gaps: [
      'Kaaviot ja kartta ovat kuvia: niiden sisältö on saatavilla taulukkona ”Näytä taulukkona” -valinnalla ja tekstitiivistelmänä.',
      'Lähdeasiakirjojen otteet näytetään sellaisinaan, myös alkuperäisten kirjoitusvirheiden kanssa; niitä ei ole muokattu luettavammiksi.',
      'Kuntarajakartassa pienet kunnat ovat pieniä kohteita; ruutukartta ja taulukko tarjoavat saman tiedon yhtä suurina kohteina.',
    ],
    alternativesTitle: 'Vaihtoehtoiset tavat',
    alternatives: 'Koko aineisto on ladattavissa JSON- ja CSV-muodossa, ja jokaisen luvun lähde (asiakirja ja rivi) näytetään hankkeen tiedoissa.',
    feedbackTitle: 'Palaute',
    feedback: 'Huomasitko saavutettavuuspuutteen? Kerro siitä projektin palautekanavassa (GitHub-palvelun Issues-sivu). Vastaamme 14 päivän kuluessa.',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement: 'Jos huomaat saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon.',
    contact: ['Etelä-Suomen aluehallintovirasto, Saavutettavuuden valvonnan yksikkö', 'www.saavutettavuusvaatimukset.fi', 'saavutettavuus@avi.fi', 'puhelinvaihde 0295 016 000'],
    prepared: 'Seloste on laadittu 23.11.2026.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro: 'Detta utlåtande gäller instrumentpanelen Kaste Mellersta Finland. Lagen om tillhandahållande av digitala tjänster (306/2019) förutsätter att offentliga webbtjänster är tillgängliga.',
    statusTitle: 'Tjänstens tillgänglighet',
    status: 'Tjänsten uppfyller delvis kraven på nivå AA i WCAG 2.1. Bedömningen bygger på en självutvärdering och automatiska tester (axe) av varje vy i ljust och mörkt tema.',
    gapsTitle: 'Innehåll som inte är tillgängligt',
    gaps: [
      'Diagrammen och kartan är bilder: innehållet finns som tabell via valet ”Visa som tabell” och som textsammanfattning.',
      'Utdrag ur källdokumenten visas som de är, med originalets skrivfel; de har inte bearbetats för läsbarhet.',
      'På kartan med kommungränser är små kommuner små mål; rutkartan och tabellen ger samma uppgifter i lika stora mål.',
    ],
    alternativesTitle: 'Alternativa sätt',
    alternatives: 'Hela materialet kan laddas ner som JSON och CSV, och källan till varje siffra (dokument och rad) visas i projektets uppgifter.',
    feedbackTitle: 'Respons',
    feedback: 'Har du upptäckt en tillgänglighetsbrist? Meddela oss via projektets responskanal (sidan Issues på GitHub). Vi svarar inom 14 dagar.',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement: 'Om du upptäcker tillgänglighetsproblem, ge först respons till oss. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du göra en anmälan till Regionförvaltningsverket i Södra Finland.',
    contact: ['Regionförvaltningsverket i Södra Finland, Enheten för tillgänglighetstillsyn', 'www.tillganglighetskrav.fi', 'saavutettavuus@avi.fi', 'telefonväxel 0295 016 000'],
    prepared: 'Utlåtandet har utarbetats 23.11.2026.',
  },
  en: {
    title: 'Accessibility statement',
    intro: 'This statement covers the Kaste Väli-Suomi dashboard. The Act on the Provision of Digital Services (306/2019) requires public online services to be accessible.',
    statusTitle: 'Compliance status',
    status: 'The service partially meets the WCAG 2.1 level AA requirements. The assessment is based on a self-assessment and automated tests (axe) of every view in the light and dark themes.',
    gapsTitle: 'Content that is not accessible',
    gaps: [
      'Charts and the map are images: their content is available as a table (“Show as table”) and as a text summary.',
      'Excerpts of the source documents are shown as they are, with the originals’ typos; they have not been edited for readability.',
      'On the boundary map small municipalities are small targets; the tile map and the table give the same information with equal-sized targets.',
    ],
    alternativesTitle: 'Alternatives',
    alternatives: 'The whole dataset can be downloaded as JSON and CSV, and the source of every figure (document and line) is shown in the project details.',
    feedbackTitle: 'Feedback',
    feedback: 'Did you notice an accessibility problem? Tell us through the project’s feedback channel (its Issues page on GitHub). We answer within 14 days.',
    enforcementTitle: 'Enforcement',
    enforcement: 'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the reply or get none within two weeks, you can notify the Regional State Administrative Agency for Southern Finland.',
    contact: ['Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit', 'www.webaccessibility.fi', 'saavutettavuus@avi.fi', 'switchboard +358 295 016 000'],
    prepared: 'This statement was prepared on 23 November 2026.',
  },
};
