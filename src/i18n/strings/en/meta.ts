import type { Strings } from '../types';

/** English strings of each page’s meta description and the 404 page’s words (keys as in ../fi/meta.ts). */
export default {
  site: 'Kaste programme development funding in the Väli-Suomi region 2008–2015: projects, costs, themes and municipalities from the source documents.',
  project: '{name}: lead organisation, cost, themes, areas and source lines – Kaste Väli-Suomi.',
  'view.overview':
    'Key figures and costs of the Väli-Suomi Kaste projects in 2008: the total as the document states it and as its rows add up.',
  'view.projects':
    'Every Väli-Suomi Kaste project in a filterable table: plan year, theme, lead organisation, region and cost.',
  'view.compare':
    'The Väli-Suomi Kaste priorities of 2008 and 2009 side by side: continued, renamed, dropped and new themes.',
  'view.map':
    'The municipalities of Väli-Suomi on a map: regions, cooperation areas, LasSe municipalities and project lead organisations.',
  'view.timeline':
    'The periods of the Väli-Suomi Kaste projects, their predecessors and successors, and the events the documents date, on a timeline 2004–2017.',
  'view.context':
    'The national Kaste programme: its goals and means, the Väli-Suomi themes beside the national theme areas, and the projects of the five Kaste areas.',
  'view.sources': 'The source documents and every discrepancy and uncertainty found in the data, with line numbers.',
  'view.accessibility': 'Accessibility statement of the Kaste Väli-Suomi dashboard.',
  'view.data': 'The dashboard’s data as open data: the tables as CSV and XLSX, the JSON files and datapackage.json.',
  'view.glossary':
    'The dashboard’s terms in brief: lead organisation, priority area, theme, cooperation area, joint municipal authority, competence centre, Kaste and more.',
  'view.changes':
    'The data’s releases with their versions and dates, and what changed in each: projects, costs, data-quality notes and files.',
  'notFound.title': 'Page not found',
  'notFound.intro': 'There is no page at this address. Go on to one of the dashboard’s main pages:',
} satisfies Strings<'meta'>;
