import type { Strings } from '../types';

/** Swedish strings of each page’s meta description and the 404 page’s words (keys as in ../fi/meta.ts). */
export default {
  site: 'Utvecklingsfinansieringen inom Kaste-programmet i Väli-Suomi 2008–2015: projekt, kostnader, teman och kommuner ur källdokumenten.',
  project: '{name}: huvudman, kostnad, teman, områden och källrader – Kaste Väli-Suomi.',
  'view.overview':
    'Nyckeltal och kostnader för Kaste-projekten i Väli-Suomi 2008: totalsumman enligt dokumentet och summan av raderna.',
  'view.projects':
    'Alla Kaste-projekt i Väli-Suomi som en filtrerbar tabell: planår, tema, huvudman, landskap och kostnad.',
  'view.compare':
    'Kaste-prioriteringarna i Väli-Suomi 2008 och 2009 sida vid sida: fortsatta, omdöpta, avslutade och nya teman.',
  'view.map': 'Kommunerna i Väli-Suomi på kartan: landskap, samarbetsområden, LasSe-kommuner och projektens huvudmän.',
  'view.timeline':
    'Kaste-projektens perioder i Väli-Suomi, deras föregångare och fortsättningar samt händelser som dokumenten daterar, på en tidslinje 2004–2017.',
  'view.context':
    'Det nationella Kaste-programmet: mål och medel, temana i Väli-Suomi bredvid de nationella temaområdena och projekten i de fem Kaste-regionerna.',
  'view.sources': 'Källdokumenten samt varje motstridighet och osäkerhet i materialet med radnummer.',
  'view.accessibility': 'Tillgänglighetsutlåtande för instrumentpanelen Kaste Väli-Suomi.',
  'view.data':
    'Instrumentpanelens material som öppna data: tabellerna som CSV och XLSX, JSON-filerna och datapackage.json.',
  'view.glossary':
    'Begreppen i instrumentpanelen i korthet: huvudman, prioriterat område, tema, samarbetsområde, samkommun, kompetenscentrum, Kaste med flera.',
  'view.changes':
    'Materialets utgåvor med version och datum och vad som ändrades i varje: projekt, kostnader, kvalitetsanmärkningar och filer.',
  'notFound.title': 'Sidan hittades inte',
  'notFound.intro': 'Sidan finns inte på den här adressen. Gå till någon av instrumentpanelens huvudsidor:',
} satisfies Strings<'meta'>;
