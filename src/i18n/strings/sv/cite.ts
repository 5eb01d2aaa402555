import type { Strings } from '../types';

/** Swedish strings of citing a page or a figure, reporting a problem with a project or a note, and the glossary’s term links (keys as in ../fi/cite.ts). */
export default {
  citePage: 'Citera sidan',
  citeFigure: 'Citera figuren',
  citeCopy: 'Kopiera källhänvisningen',
  citeCopied: 'Källhänvisningen har kopierats till urklipp.',
  citeCopyFailed: 'Kopieringen misslyckades. Markera och kopiera källhänvisningen i texten ovan.',
  citeRelease: 'Materialet sammanställt {date}, version {version}',
  citeViewed: 'Läst {date}',
  report: 'Anmäl ett fel',
  reportByEmail: 'Anmäl ett fel per e-post',
  reportNoChannel: 'Ingen kanal för felanmälningar har angetts för den här utgåvan.',
  reportTitleProject: 'Fel i projektets uppgifter: {name} ({id})',
  reportTitleNote: 'Kommentar till kvalitetsanmärkning {id}',
  reportIntro: 'Beskriv vilken uppgift som är fel och vad källan säger:',
  reportPage: 'Sida',
  reportProject: 'Projekt',
  reportNote: 'Kvalitetsanmärkning',
  reportFigure: 'Uppgift',
  reportSources: 'Källrader',
  term: '{term} – definition i ordlistan',
} satisfies Strings<'cite'>;
