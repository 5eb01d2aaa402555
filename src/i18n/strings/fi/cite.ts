import type { CiteKey } from '../messages';

/** Finnish strings of `citeMessages` (keys as in ../messages.ts). */
export default {
  citePage: 'Viittaa sivuun',
  citeFigure: 'Viittaa kuvioon',
  citeCopy: 'Kopioi viittaus',
  citeCopied: 'Viittaus on kopioitu leikepöydälle.',
  citeCopyFailed: 'Kopiointi ei onnistunut. Valitse ja kopioi viittaus yllä olevasta tekstistä.',
  citeRelease: 'Aineisto koottu {date}, versio {version}',
  citeViewed: 'Viitattu {date}',
  report: 'Ilmoita virheestä',
  reportByEmail: 'Ilmoita virheestä sähköpostilla',
  reportNoChannel: 'Virheilmoituksille ei ole määritetty kanavaa tässä julkaisussa.',
  reportTitleProject: 'Virhe hankkeen tiedoissa: {name} ({id})',
  reportTitleNote: 'Huomautus laatuhuomiosta {id}',
  reportIntro: 'Kuvaile, mikä tieto on väärin ja mitä lähde sanoo:',
  reportPage: 'Sivu',
  reportProject: 'Hanke',
  reportNote: 'Laatuhuomio',
  reportFigure: 'Luku',
  reportSources: 'Lähderivit',
  term: '{term} – sanaston määritelmä',
} satisfies Record<CiteKey, string>;
