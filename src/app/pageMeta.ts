import { interpolate, translate, type Catalogue, type Lang } from '../i18n';
import type { Dataset } from '../data/schema';
import type { Route } from '../state/routes';
import type { View } from '../state/types';

type Key = 'site' | 'project' | `view.${View}`;

/** Each page's meta description; a view without its own falls back to the site's. */
export const pageMessages: Catalogue<Exclude<Key, `view.${View}`>> &
  Record<Lang, Partial<Record<`view.${View}`, string>>> = {
  fi: {
    site: 'KASTE-ohjelman kehittämisrahoitus Väli-Suomessa 2008–2015: hankkeet, kustannukset, teemat ja kunnat lähdedokumenteista.',
    project: '{name}: hallinnoija, kustannus, teemat, alueet ja lähderivit – Kaste Väli-Suomi.',
    'view.overview':
      'Väli-Suomen Kaste-hankkeiden tunnusluvut ja kustannukset 2008: asiakirjan ilmoittama ja riveistä laskettu kokonaissumma.',
    'view.projects':
      'Kaikki Väli-Suomen Kaste-hankkeet suodatettavana taulukkona: suunnitelmavuosi, teema, hallinnoija, maakunta ja kustannus.',
    'view.compare':
      'Väli-Suomen Kaste-painopisteet 2008 ja 2009 rinnakkain: jatkuneet, nimetyt uudelleen, päättyneet ja uudet teemat.',
    'view.map':
      'Väli-Suomen kunnat kartalla: maakunnat, yhteistoiminta-alueet, LasSe-kunnat ja hankkeiden hallinnoijat.',
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
  },
  sv: {
    site: 'Utvecklingsfinansieringen inom KASTE-programmet i Väli-Suomi 2008–2015: projekt, kostnader, teman och kommuner ur källdokumenten.',
    project: '{name}: huvudman, kostnad, teman, områden och källrader – Kaste Väli-Suomi.',
    'view.overview':
      'Nyckeltal och kostnader för Kaste-projekten i Väli-Suomi 2008: totalsumman enligt dokumentet och summerad ur raderna.',
    'view.projects':
      'Alla Kaste-projekt i Väli-Suomi som en filtrerbar tabell: planår, tema, huvudman, landskap och kostnad.',
    'view.compare':
      'Kaste-prioriteringarna i Väli-Suomi 2008 och 2009 sida vid sida: fortsatta, omdöpta, avslutade och nya teman.',
    'view.map':
      'Kommunerna i Väli-Suomi på kartan: landskap, samarbetsområden, LasSe-kommuner och projektens huvudmän.',
    'view.timeline':
      'Kaste-projektens perioder i Väli-Suomi, deras föregångare och fortsättningar samt händelser som dokumenten daterar, på en tidslinje 2004–2017.',
    'view.context':
      'Det nationella Kaste-programmet: mål och medel, Väli-Suomis teman bredvid de nationella temaområdena och projekten i de fem Kaste-områdena.',
    'view.sources': 'Källdokumenten samt varje motstridighet och osäkerhet i materialet med radnummer.',
    'view.accessibility': 'Tillgänglighetsutlåtande för instrumentpanelen Kaste Väli-Suomi.',
    'view.data':
      'Instrumentpanelens material som öppna data: tabellerna som CSV och XLSX, JSON-filerna och datapackage.json.',
    'view.glossary':
      'Begreppen i instrumentpanelen i korthet: huvudman, prioriterat område, tema, samarbetsområde, samkommun, kompetenscentrum, Kaste med flera.',
    'view.changes':
      'Materialets utgåvor med version och datum och vad som ändrades i varje: projekt, kostnader, kvalitetsanmärkningar och filer.',
  },
  en: {
    site: 'KASTE programme development funding in the Väli-Suomi region 2008–2015: projects, costs, themes and municipalities from the source documents.',
    project: '{name}: administrator, cost, themes, areas and source lines – Kaste Väli-Suomi.',
    'view.overview':
      'Key figures and costs of the Väli-Suomi Kaste projects in 2008: the total as the document states it and as its rows add up.',
    'view.projects':
      'Every Väli-Suomi Kaste project in a filterable table: plan year, theme, administrator, province and cost.',
    'view.compare':
      'The Väli-Suomi Kaste priorities of 2008 and 2009 side by side: continued, renamed, dropped and new themes.',
    'view.map':
      'The municipalities of Väli-Suomi on a map: provinces, cooperation areas, LasSe municipalities and project administrators.',
    'view.timeline':
      'The periods of the Väli-Suomi Kaste projects, their predecessors and successors, and the events the documents date, on a timeline 2004–2017.',
    'view.context':
      'The national Kaste programme: its goals and means, the Väli-Suomi themes beside the national theme areas, and the projects of the five Kaste regions.',
    'view.sources': 'The source documents and every discrepancy and uncertainty found in the data, with line numbers.',
    'view.accessibility': 'Accessibility statement of the Kaste Väli-Suomi dashboard.',
    'view.data': 'The dashboard’s data as open data: the tables as CSV and XLSX, the JSON files and datapackage.json.',
    'view.glossary':
      'The dashboard’s terms in brief: administrator, priority area, theme, cooperation area, joint municipal authority, competence centre, Kaste and more.',
    'view.changes':
      'The data’s releases with their versions and dates, and what changed in each: projects, costs, data-quality notes and files.',
  },
};

export interface PageMeta {
  title: string;
  description: string;
}

/** The title and description of a page, the same on the prerendered page and after in-app navigation. */
export function pageMeta(
  route: Pick<Route, 'lang' | 'view' | 'project'>,
  dataset: Pick<Dataset, 'projects'> | null,
): PageMeta {
  const { lang, view } = route;
  const app = translate(lang, 'appTitle');
  const viewName = translate(lang, `view.${view}`);
  const project = route.project ? dataset?.projects.find((p) => p.id === route.project) : undefined;
  if (project)
    return {
      title: `${project.name} – ${viewName} – ${app}`,
      description: interpolate(lang, pageMessages[lang].project, { name: project.name }),
    };
  return {
    title: view === 'overview' ? `${app} – ${translate(lang, 'appSubtitle')}` : `${viewName} – ${app}`,
    description: pageMessages[lang][`view.${view}`] ?? pageMessages[lang].site,
  };
}

/** The 404 page shows all three languages at once: the visitor's language is unknown there. */
export const notFoundMessages: Record<Lang, { title: string; intro: string }> = {
  fi: { title: 'Sivua ei löytynyt', intro: 'Osoitteessa ei ole sivua. Jatka jollekin kojelaudan pääsivuista:' },
  sv: {
    title: 'Sidan hittades inte',
    intro: 'Det finns ingen sida på adressen. Fortsätt till någon av instrumentpanelens huvudsidor:',
  },
  en: {
    title: 'Page not found',
    intro: 'There is no page at this address. Go on to one of the dashboard’s main pages:',
  },
};
