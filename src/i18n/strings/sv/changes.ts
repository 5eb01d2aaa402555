import type { Strings } from '../types';

/** Swedish strings of the data changelog (keys as in ../fi/changes.ts). */
export default {
  heading: 'Materialets utgåvor och ändringar',
  intro:
    'Varje utgåva av materialet med version och sammanställningsdatum, den senaste först, och vad som ändrades sedan den föregående. Versionen är en kontrollsumma av de publicerade filerna; en källhänvisning till versionen visar vilket material en siffra gäller. Förteckningen sammanställs av skriptet som bygger materialet.',
  release: 'Version {version}',
  current: 'aktuell utgåva',
  counts:
    'Sammanställd {date} · {projects} projekt · {costs} kostnader · {notes} kvalitetsanmärkningar · {sources} källdokument',
  first: 'Den första registrerade utgåvan.',
  none: 'Projekten, kostnaderna, kvalitetsanmärkningarna, källdokumenten och filerna är oförändrade.',
  projectAdded: 'Nytt projekt: {name}',
  projectRemoved: 'Projekt som utgått: {name}',
  projectRenamed: 'Projektets namn ändrades: {from} → {to}',
  costChanged: 'Kostnaden ändrades: {name}: {from} → {to}',
  noCost: 'kostnad inte angiven',
  noteAdded: 'Ny kvalitetsanmärkning: {text}',
  noteRemoved: 'Kvalitetsanmärkning som utgått: {id}',
  sourceAdded: 'Nytt källdokument: {id}',
  sourceRemoved: 'Källdokument som utgått: {id}',
  sourceChanged: 'Källdokumentet ändrades (ny SHA-256): {id}',
  fileAdded: 'Ny fil: {id}',
  fileRemoved: 'Fil som utgått: {id}',
  fileChanged: 'Ändrad fil: {id}',
  groupProjects: 'Projekt och kostnader',
  groupNotes: 'Kvalitetsanmärkningar',
  groupSources: 'Källdokument',
  groupFiles: 'Publicerade filer',
  stored:
    'Utgåvans {files} filer ({bytes}) finns sparade på en permanent adress; utgåvan lade till {added} till de sparade filerna, eftersom oförändrade filer sparas bara en gång.',
  notStored:
    'Filerna i den här utgåvan finns inte sparade och kunde inte återställas ur versionshistoriken, så dess siffror kan inte längre kontrolleras.',
  manifest: 'Fillista',
  showProjects: 'Projekten enligt den här utgåvan',
} satisfies Strings<'changes'>;
