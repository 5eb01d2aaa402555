import { lazyCatalogue } from '../i18n/catalogue';

export type Key =
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
  | 'event.training'
  | 'noDate'
  | 'eventsLane'
  | 'open'
  | 'empty';

/** The timeline view's strings. */
export const timelineMessages = lazyCatalogue<Key>({
  fi: () => import('./strings/timelineMessages.fi'),
  sv: () => import('./strings/timelineMessages.sv'),
  en: () => import('./strings/timelineMessages.en'),
});
