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
  /** The supervising authority: its unit, then a web page, an e-mail address and a phone number as real links. */
  authority: string;
  web: { label: string; href: string };
  email: string;
  phone: { label: string; number: string };
  feedbackIssue: string;
  feedbackEmail: string;
  feedbackMissing: string;
  prepared: string;
}

/** When the statement was prepared (and last reviewed against the tests); rendered in the reader's date format. */
export const STATEMENT_DATE = '2026-11-24';

/** Saavutettavuusseloste as the Act on the Provision of Digital Services (306/2019) requires. */
export const STATEMENTS: Record<Lang, Statement> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro:
      'Tämä seloste koskee Kaste Väli-Suomi -kojelautaa. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia.',
    statusTitle: 'Palvelun saavutettavuuden tila',
    status:
      'Palvelu täyttää WCAG 2.1 -ohjeistuksen AA-tason vaatimukset osittain. Arvio perustuu itsearvioon sekä automaattisiin testeihin (axe) jokaisessa näkymässä vaaleassa ja tummassa teemassa.',
    gapsTitle: 'Ei-saavutettava sisältö',
    gaps: [
      'Kaaviot ja kartta ovat kuvia: niiden sisältö on saatavilla taulukkona ”Näytä taulukkona” -valinnalla ja tekstitiivistelmänä.',
      'Lähdeasiakirjojen otteet näytetään sellaisinaan, myös alkuperäisten kirjoitusvirheiden kanssa; niitä ei ole muokattu luettavammiksi.',
      'Kuntarajakartassa pienet kunnat ovat pieniä kohteita; ruutukartta ja taulukko tarjoavat saman tiedon yhtä suurina kohteina.',
    ],
    alternativesTitle: 'Vaihtoehtoiset tavat',
    alternatives:
      'Koko aineisto on ladattavissa JSON- ja CSV-muodossa, ja jokaisen luvun lähde (asiakirja ja rivi) näytetään hankkeen tiedoissa.',
    feedbackTitle: 'Palaute',
    feedback: 'Huomasitko saavutettavuuspuutteen? Kerro siitä meille. Vastaamme 14 päivän kuluessa.',
    feedbackIssue: 'Jätä palaute GitHubissa (uusi issue)',
    feedbackEmail: 'Lähetä sähköpostia: {email}',
    feedbackMissing: 'Palautekanavaa ei ole määritetty tähän julkaisuun.',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement:
      'Jos huomaat saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon.',
    authority: 'Etelä-Suomen aluehallintovirasto, Saavutettavuuden valvonnan yksikkö',
    web: { label: 'www.saavutettavuusvaatimukset.fi', href: 'https://www.saavutettavuusvaatimukset.fi' },
    email: 'saavutettavuus@avi.fi',
    phone: { label: 'puhelinvaihde 0295 016 000', number: '+358295016000' },
    prepared: 'Seloste on laadittu {date}.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Detta utlåtande gäller webbtjänsten Kaste Väli-Suomi. Enligt lagen om tillhandahållande av digitala tjänster (306/2019) ska offentliga webbtjänster vara tillgängliga.',
    statusTitle: 'Tjänstens tillgänglighet',
    status:
      'Tjänsten uppfyller delvis kraven på nivå AA i WCAG 2.1. Bedömningen bygger på en egenbedömning och på automatiska tester (axe) av varje vy i ljust och mörkt tema.',
    gapsTitle: 'Innehåll som inte är tillgängligt',
    gaps: [
      'Diagrammen och kartan är bilder: innehållet finns också som tabell (”Visa som tabell”) och som en sammanfattning i text.',
      'Utdrag ur källdokumenten visas som de är, med originalets skrivfel; de har inte bearbetats för läsbarhet.',
      'På kartan med kommungränser är små kommuner svåra att träffa; rutnätskartan och tabellen ger samma uppgifter med lika stora mål.',
    ],
    alternativesTitle: 'Alternativa sätt att ta del av innehållet',
    alternatives:
      'Hela materialet kan laddas ner som JSON och CSV, och källan till varje siffra (dokument och rad) visas i projektets uppgifter.',
    feedbackTitle: 'Respons',
    feedback: 'Har du upptäckt en brist i tillgängligheten? Meddela oss. Vi svarar inom 14 dagar.',
    feedbackIssue: 'Ge respons på GitHub (nytt ärende)',
    feedbackEmail: 'Skicka e-post: {email}',
    feedbackMissing: 'Ingen responskanal har angetts för den här versionen.',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement:
      'Om du upptäcker problem med tillgängligheten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du anmäla saken till Regionförvaltningsverket i Södra Finland.',
    authority: 'Regionförvaltningsverket i Södra Finland, Enheten för tillgänglighetstillsyn',
    web: { label: 'www.tillganglighetskrav.fi', href: 'https://www.tillganglighetskrav.fi' },
    email: 'saavutettavuus@avi.fi',
    phone: { label: 'telefonväxel 0295 016 000', number: '+358295016000' },
    prepared: 'Utlåtandet har utarbetats {date}.',
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'This statement covers the Kaste Väli-Suomi dashboard. The Act on the Provision of Digital Services (306/2019) requires public online services to be accessible.',
    statusTitle: 'Compliance status',
    status:
      'The service partially meets the WCAG 2.1 level AA requirements. The assessment is based on a self-assessment and automated tests (axe) of every view in the light and dark themes.',
    gapsTitle: 'Content that is not accessible',
    gaps: [
      'Charts and the map are images: their content is available as a table (“Show as table”) and as a text summary.',
      'Excerpts of the source documents are shown as they are, with the originals’ typos; they have not been edited for readability.',
      'On the boundary map small municipalities are small targets; the tile map and the table give the same information with equal-sized targets.',
    ],
    alternativesTitle: 'Alternatives',
    alternatives:
      'The whole dataset can be downloaded as JSON and CSV, and the source of every figure (document and line) is shown in the project details.',
    feedbackTitle: 'Feedback',
    feedback: 'Did you notice an accessibility problem? Tell us. We answer within 14 days.',
    feedbackIssue: 'Give feedback on GitHub (new issue)',
    feedbackEmail: 'Send an e-mail: {email}',
    feedbackMissing: 'No feedback channel is configured for this build.',
    enforcementTitle: 'Enforcement',
    enforcement:
      'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the reply or get none within two weeks, you can notify the Regional State Administrative Agency for Southern Finland.',
    authority: 'Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit',
    web: { label: 'www.webaccessibility.fi', href: 'https://www.webaccessibility.fi' },
    email: 'saavutettavuus@avi.fi',
    phone: { label: 'switchboard +358 295 016 000', number: '+358295016000' },
    prepared: 'This statement was prepared on {date}.',
  },
};
