import type { Lang } from '../i18n/format';

interface Statement {
  title: string;
  intro: string;
  statusTitle: string;
  status: string;
  gapsTitle: string;
  /** Each gap, the WCAG 2.1 success criteria it concerns and why it is there (the EU model's categories). */
  gaps: Gap[];
  alternativesTitle: string;
  alternatives: string;
  feedbackTitle: string;
  feedback: string;
  enforcementTitle: string;
  enforcement: string;
  /** Said instead of `enforcement` when the build has no feedback channel. */
  enforcementDirect: string;
  /** Who is responsible for the service: {owner}; `ownerMissing` when the build names no one. */
  owner: string;
  ownerMissing: string;
  /** The supervision's legal source: {act}, {amendment}, {inForce}. */
  supervisionBasis: string;
  /** When the authority's details were checked: {date}. */
  authorityChecked: string;
  feedbackIssue: string;
  feedbackEmail: string;
  /** Said instead of the feedback paragraph and the channel's links when the build has no channel. */
  feedbackMissing: string;
  /** {prepared} and {reviewed}: the dates below. */
  prepared: string;
}

interface Gap {
  text: string;
  criteria: string;
  reason: string;
}

/** When the statement was prepared, and when it was last reviewed against the service and the law. */
export const STATEMENT_PREPARED = '2026-11-24';
export const STATEMENT_REVIEWED = '2026-12-06';

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
      {
        text: 'Kaaviot ja kartta ovat kuvia: niiden sisältö on saatavilla taulukkona ”Näytä taulukkona” -valinnalla ja tekstitiivistelmänä.',
        criteria: '1.1.1, 1.4.11',
        reason: 'Ei täytä vaatimuksia: kuvan tieto on luettavissa vain korvaavasta taulukosta ja tiivistelmästä.',
      },
    ],
    alternativesTitle: 'Vaihtoehtoiset tavat',
    alternatives:
      'Koko aineisto on ladattavissa JSON- ja CSV-muodossa, ja jokaisen luvun lähde (asiakirja ja rivi) näytetään hankkeen tiedoissa.',
    feedbackTitle: 'Palaute',
    feedback:
      'Huomasitko saavutettavuuspuutteen? Kerro siitä meille. Voit myös pyytää saavutettavassa muodossa sisältöä, joka ei ole saavutettavaa. Vastaamme 14 päivän kuluessa.',
    feedbackIssue: 'Jätä palaute GitHubissa (uusi issue)',
    feedbackEmail: 'Lähetä sähköpostia: {email}',
    feedbackMissing:
      'Tälle julkaisulle ei ole määritetty palautekanavaa, joten palautetta tai pyyntöjä sisällöstä saavutettavassa muodossa ei voi lähettää meille. Voit ottaa yhteyttä suoraan valvontaviranomaiseen.',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement:
      'Jos huomaat saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle.',
    enforcementDirect: 'Voit tehdä ilmoituksen saavutettavuusongelmista suoraan valvontaviranomaiselle.',
    owner: 'Palvelusta vastaa {owner}.',
    ownerMissing: 'Tähän julkaisuun ei ole määritetty palvelusta vastaavaa tahoa.',
    supervisionBasis: 'Lähde: {act}; valvontatehtävä siirtyi Traficomille {inForce} ({amendment}).',
    authorityChecked: 'Valvontaviranomaisen tiedot tarkistettu {date}.',
    prepared: 'Seloste on laadittu {prepared} ja tarkistettu viimeksi {reviewed}.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Detta utlåtande gäller instrumentpanelen Kaste Väli-Suomi. Enligt lagen om tillhandahållande av digitala tjänster (306/2019) ska offentliga webbtjänster vara tillgängliga.',
    statusTitle: 'Tjänstens tillgänglighet',
    status:
      'Tjänsten uppfyller delvis kraven på nivå AA i WCAG 2.1. Bedömningen bygger på en egenbedömning och på automatiska tester (axe) av varje vy i ljust och mörkt tema.',
    gapsTitle: 'Innehåll som inte är tillgängligt',
    gaps: [
      {
        text: 'Diagrammen och kartan är bilder: innehållet finns också som tabell (”Visa som tabell”) och som en sammanfattning i text.',
        criteria: '1.1.1, 1.4.11',
        reason:
          'Uppfyller inte kraven: bildens uppgifter kan läsas endast i den ersättande tabellen och sammanfattningen.',
      },
    ],
    alternativesTitle: 'Alternativa sätt att ta del av innehållet',
    alternatives:
      'Hela materialet kan laddas ner som JSON och CSV, och källan till varje siffra (dokument och rad) visas i projektets uppgifter.',
    feedbackTitle: 'Respons',
    feedback:
      'Har du upptäckt en brist i tillgängligheten? Meddela oss. Du kan också begära att få innehåll som inte är tillgängligt i tillgänglig form. Vi svarar inom 14 dagar.',
    feedbackIssue: 'Ge respons på GitHub (nytt ärende)',
    feedbackEmail: 'Skicka e-post: {email}',
    feedbackMissing:
      'Den här utgåvan har ingen responskanal, så du kan inte skicka respons eller begäranden om innehåll i tillgänglig form till oss. Du kan vända dig direkt till tillsynsmyndigheten.',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement:
      'Om du upptäcker problem med tillgängligheten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du anmäla saken till tillsynsmyndigheten.',
    enforcementDirect: 'Du kan anmäla problem med tillgängligheten direkt till tillsynsmyndigheten.',
    owner: 'Ansvarig för tjänsten är {owner}.',
    ownerMissing: 'För den här utgåvan har ingen ansvarig för tjänsten angetts.',
    supervisionBasis: 'Källa: {act}; tillsynsuppgiften överfördes till Traficom {inForce} ({amendment}).',
    authorityChecked: 'Tillsynsmyndighetens uppgifter kontrollerade {date}.',
    prepared: 'Utlåtandet utarbetades {prepared} och granskades senast {reviewed}.',
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
      {
        text: 'Charts and the map are images: their content is available as a table (“Show as table”) and as a text summary.',
        criteria: '1.1.1, 1.4.11',
        reason: 'Non-compliance: the image’s information can be read only in the alternative table and summary.',
      },
    ],
    alternativesTitle: 'Alternatives',
    alternatives:
      'The whole dataset can be downloaded as JSON and CSV, and the source of every figure (document and line) is shown in the project details.',
    feedbackTitle: 'Feedback',
    feedback:
      'Did you notice an accessibility problem? Tell us. You can also ask for content that is not accessible in an accessible form. We answer within 14 days.',
    feedbackIssue: 'Give feedback on GitHub (new issue)',
    feedbackEmail: 'Send an e-mail: {email}',
    feedbackMissing:
      'This release has no feedback channel, so feedback and requests for content in an accessible form cannot be sent to us. You can contact the supervisory authority directly.',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the reply or get none within two weeks, you can notify the supervisory authority.',
    enforcementDirect: 'You can report accessibility problems directly to the supervisory authority.',
    owner: 'The service is the responsibility of {owner}.',
    ownerMissing: 'This release names no one responsible for the service.',
    supervisionBasis: 'Source: {act}; the supervision moved to Traficom on {inForce} ({amendment}).',
    authorityChecked: 'The supervisory authority’s details were checked on {date}.',
    prepared: 'This statement was prepared on {prepared} and last reviewed on {reviewed}.',
  },
};
