import type { Event, Programme, Project, ProjectDetail, ReportFacts } from '../../src/data/schema.ts';
import type { SourceText } from '../lib/document.ts';
import type { DocumentId } from '../curation.ts';

export interface DocumentFacts {
  programme: Programme;
  events: Event[];
  details: ProjectDetail[];
  report: ReportFacts;
}

/** What the five documents say beyond the plan tables: programme context, events, project details. */
export function buildDocumentFacts(_doc: (id: DocumentId) => SourceText, _projects: Project[]): DocumentFacts {
  return {
    programme: { goals: [], means: [], regions: [], regionalProjects: [], ownProjectId: null, ownPriorities: [], phases: [] },
    events: [],
    details: [],
    report: { objectives: [], developerGroups: [], figures: [], plannedUnits: [] },
  };
}
