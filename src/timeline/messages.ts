import type { Catalogue } from '../i18n';

type Key =
  | 'heading'
  | 'intro'
  | 'chartTitle'
  | 'summary'
  | 'count.project.one'
  | 'count.project.other'
  | 'count.linked.one'
  | 'count.linked.other'
  | 'count.event.one'
  | 'count.event.other'
  | 'summaryFiltered'
  | 'undated.one'
  | 'undated.other'
  | 'colName'
  | 'colType'
  | 'colStart'
  | 'colEnd'
  | 'colSource'
  | 'lane.phase'
  | 'lane.project'
  | 'lane.event'
  | 'relation.predecessor'
  | 'relation.successor'
  | 'relation.related'
  | 'event.meeting'
  | 'event.seminar'
  | 'event.evaluation'
  | 'event.application-round'
  | 'event.decision'
  | 'event.survey'
  | 'event.report'
  | 'noDate'
  | 'eventsLane'
  | 'open'
  | 'empty';

/** The timeline view's strings. */
export const timelineMessages: Catalogue<Key> = {
  fi: {
    heading: 'Aikajana',
    intro: 'Hankkeiden kaudet, niiden edeltäjät, jatkajat ja rinnakkaiset hankkeet, Kaste-ohjelman kaudet ja asiakirjoissa päivätyt tapahtumat vuosina 2004–2017. Aikajana seuraa valittuja suodattimia.',
    chartTitle: 'Hankkeet ja tapahtumat 2004–2017',
    summary: 'Aikajanalla: {projects}, {linked} ja {events}.',
    'count.project.one': '{count} hankkeen kausi',
    'count.project.other': '{count} hankkeen kautta',
    'count.linked.one': '{count} niihin liittyvä hanke',
    'count.linked.other': '{count} niihin liittyvää hanketta',
    'count.event.one': '{count} tapahtuma',
    'count.event.other': '{count} tapahtumaa',
    summaryFiltered: 'Suodattimet rajaavat hankkeet ja niiden tapahtumat.',
    'undated.one': '{count} hanke ei näy aikajanalla, koska asiakirjat eivät kerro sen kautta.',
    'undated.other': '{count} hanketta ei näy aikajanalla, koska asiakirjat eivät kerro niiden kautta.',
    colName: 'Nimi',
    colType: 'Laji',
    colStart: 'Alkaa',
    colEnd: 'Päättyy',
    colSource: 'Lähde',
    'lane.phase': 'Ohjelmakausi',
    'lane.project': 'Hanke',
    'lane.event': 'Tapahtuma',
    'relation.predecessor': 'Edeltäjä',
    'relation.successor': 'Jatkaja',
    'relation.related': 'Rinnakkainen hanke',
    'event.meeting': 'Kokous',
    'event.seminar': 'Seminaari',
    'event.evaluation': 'Arviointi',
    'event.application-round': 'Hakukierros',
    'event.decision': 'Päätös',
    'event.survey': 'Kysely',
    'event.report': 'Raportti',
    noDate: 'ei päivämäärää',
    eventsLane: 'Ohjelman tapahtumat',
    open: 'Näytä hankkeen tiedot: {label}',
    empty: 'Valituilla suodattimilla ei ole aikajanalle mitään.',
  },
  sv: {
    heading: 'Tidslinje',
    intro: 'Projektens perioder, deras föregångare, fortsättningar och parallella projekt, Kaste-programmets perioder och händelser som dokumenten daterar, åren 2004–2017. Tidslinjen följer de valda filtren.',
    chartTitle: 'Projekt och händelser 2004–2017',
    summary: 'På tidslinjen: {projects}, {linked} och {events}.',
    'count.project.one': '{count} projektperiod',
    'count.project.other': '{count} projektperioder',
    'count.linked.one': '{count} anknutet projekt',
    'count.linked.other': '{count} anknutna projekt',
    'count.event.one': '{count} händelse',
    'count.event.other': '{count} händelser',
    summaryFiltered: 'Filtren avgränsar projekten och deras händelser.',
    'undated.one': '{count} projekt syns inte på tidslinjen eftersom dokumenten inte anger dess period.',
    'undated.other': '{count} projekt syns inte på tidslinjen eftersom dokumenten inte anger deras period.',
    colName: 'Namn',
    colType: 'Typ',
    colStart: 'Börjar',
    colEnd: 'Slutar',
    colSource: 'Källa',
    'lane.phase': 'Programperiod',
    'lane.project': 'Projekt',
    'lane.event': 'Händelse',
    'relation.predecessor': 'Föregångare',
    'relation.successor': 'Fortsättning',
    'relation.related': 'Parallellt projekt',
    'event.meeting': 'Möte',
    'event.seminar': 'Seminarium',
    'event.evaluation': 'Utvärdering',
    'event.application-round': 'Ansökningsomgång',
    'event.decision': 'Beslut',
    'event.survey': 'Enkät',
    'event.report': 'Rapport',
    noDate: 'inget datum',
    eventsLane: 'Programmets händelser',
    open: 'Visa projektets uppgifter: {label}',
    empty: 'Med de valda filtren finns det inget att visa på tidslinjen.',
  },
  en: {
    heading: 'Timeline',
    intro: 'Project periods, their predecessor, successor and related projects, the Kaste programme phases and the events the documents date, 2004–2017. The timeline follows the chosen filters.',
    chartTitle: 'Projects and events 2004–2017',
    summary: 'On the timeline: {projects}, {linked} and {events}.',
    'count.project.one': '{count} project period',
    'count.project.other': '{count} project periods',
    'count.linked.one': '{count} linked project',
    'count.linked.other': '{count} linked projects',
    'count.event.one': '{count} event',
    'count.event.other': '{count} events',
    summaryFiltered: 'The filters limit the projects and their events.',
    'undated.one': '{count} project is not on the timeline because the documents give no period for it.',
    'undated.other': '{count} projects are not on the timeline because the documents give no period for them.',
    colName: 'Name',
    colType: 'Type',
    colStart: 'Starts',
    colEnd: 'Ends',
    colSource: 'Source',
    'lane.phase': 'Programme phase',
    'lane.project': 'Project',
    'lane.event': 'Event',
    'relation.predecessor': 'Predecessor',
    'relation.successor': 'Successor',
    'relation.related': 'Related project',
    'event.meeting': 'Meeting',
    'event.seminar': 'Seminar',
    'event.evaluation': 'Evaluation',
    'event.application-round': 'Application round',
    'event.decision': 'Decision',
    'event.survey': 'Survey',
    'event.report': 'Report',
    noDate: 'no date',
    eventsLane: 'Programme events',
    open: 'Show the project: {label}',
    empty: 'Nothing to show on the timeline with the chosen filters.',
  },
};
