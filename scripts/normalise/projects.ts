import type { Project, ProjectDetail, Municipality, SourceRef } from '../../src/data/schema.ts';
import type { MinutesData, PlanRow } from '../parsers/minutes.ts';
import { SourceError } from '../lib/errors.ts';
import { fileOf } from './documents.ts';
import { detectLanguage, slugify, stems, titleKey } from '../lib/text.ts';
import { provincesInPhrase } from '../lib/provinces.ts';
import { APPENDIX2_SECTION_ROWS, CONTINUATIONS, PROJECT_NAMES, PROVINCE_GROUPS, PROVINCES } from '../curation.ts';
import { type OrganisationRegistry, parseAdministratorCell } from './organisations.ts';
import { provinceIdOf } from './regions.ts';
import { themeId } from './themes.ts';

export interface ProjectContext {
  registry: OrganisationRegistry;
  municipalities: Municipality[];
}

/** A title may name a province outside the region too ("Keski-Suomen ja Pohjanmaan maakuntien"). */
const PROVINCE_NAMES = Object.keys(PROVINCES);

/** Provinces a project belongs to: its administrators' home provinces and the provinces its name names. */
export function projectProvinces(name: string, organisationIds: string[], ctx: ProjectContext): string[] {
  const ids = new Set<string>();
  for (const orgId of organisationIds) {
    const org = ctx.registry.all().find((o) => o.id === orgId);
    const home = ctx.municipalities.find((m) => m.code === org?.municipalityCode);
    if (home) ids.add(home.provinceId);
  }
  for (const p of provincesInPhrase(name, PROVINCE_NAMES)) ids.add(provinceIdOf(p));
  const lower = name.toLowerCase();
  for (const [phrase, group] of Object.entries(PROVINCE_GROUPS)) {
    if (lower.includes(phrase)) group.provinces.forEach((p) => ids.add(provinceIdOf(p)));
  }
  return [...ids].sort();
}

export function projectFromRow(row: PlanRow, documentId: string, file: string, ctx: ProjectContext): Project {
  const cell = parseAdministratorCell(row.administratorRaw);
  const administrators = cell.names.map(({ name, certainty }) => ({
    name,
    certainty,
    organisationId: ctx.registry.resolve(name, file, row.administratorLine).id,
  }));
  return {
    id: `${row.year}-${slugify(row.name.replace(/[”“"]/g, ''), 50)}`,
    name: row.name,
    language: detectLanguage(row.name),
    planYear: row.year,
    themeId: themeId(`plan-${row.year}`, row.themeOrder),
    administrators,
    administratorStatus: cell.status,
    administratorRaw: row.administratorRaw,
    period: null,
    provinceIds: projectProvinces(
      row.name,
      administrators.map((a) => a.organisationId),
      ctx,
    ),
    continues: [],
    sources: [{ document: documentId, lineStart: row.lineStart, lineEnd: row.lineEnd, excerpt: row.cells.join(' | ') }],
  };
}

/** Liite 2's 2009–2011 projects: the same project as a plan row of a year in their period when the titles agree. */
export function mergeLaterProjects(projects: Project[], minutes: MinutesData, documentId: string): Project[] {
  const added: Project[] = [];
  for (const later of minutes.laterProjects) {
    const source: SourceRef = {
      document: documentId,
      lineStart: later.line,
      lineEnd: later.line,
      excerpt: later.excerpt,
    };
    const period = { start: later.start, end: later.end, source };
    const key = titleKey(later.name);
    const same = projects.find(
      (p) =>
        p.planYear !== null &&
        p.planYear >= Number(later.start) &&
        p.planYear <= Number(later.end) &&
        titleKey(p.name) === key,
    );
    if (same) {
      same.period = period;
      same.sources.push(source);
      same.provinceIds = [...new Set([...same.provinceIds, provinceIdOf(later.provinceName)])].sort();
      continue;
    }
    // Liite 2 describes the plan's own projects: an entry that almost names a plan row is that row with a changed
    // title or period, and passing it as a new project would drop the row's period and provinces without a word.
    const file = fileOf(documentId);
    const planRows = projects.filter((p) => p.planYear !== null);
    const sameTitle = planRows.find((p) => titleKey(p.name) === key);
    if (sameTitle)
      throw new SourceError(
        file,
        later.line,
        `Liite 2 dates "${later.name}" ${later.start}–${later.end}, but its plan row (${lineOf(sameTitle)}) is in the ${sameTitle.planYear} plan, outside that period: check which document is right`,
      );
    const words = stems(later.name);
    const closest = planRows
      .map((p) => ({ p, shared: [...stems(p.name)].filter((w) => words.has(w)).length }))
      .sort((a, b) => b.shared - a.shared)[0];
    if (closest && closest.shared * 2 >= words.size)
      throw new SourceError(
        file,
        later.line,
        `Liite 2's project "${later.name}" matches no plan row exactly; the closest is "${closest.p.name}" (${lineOf(closest.p)}): the documents disagree on the title of one project, or Liite 2 names one the plan lacks: check which it is`,
      );
    added.push({
      id: slugify(later.name, 50),
      name: later.name,
      language: detectLanguage(later.name),
      planYear: null,
      themeId: null,
      administrators: [],
      administratorStatus: 'blank',
      administratorRaw: '',
      period,
      provinceIds: [provinceIdOf(later.provinceName)],
      continues: [],
      sources: [source],
    });
  }
  return added;
}

export function describedProject(
  input: {
    name: string;
    administratorRaw: string;
    /** The line naming the administrator (or where it would be): an unknown one is reported there. */
    administratorLine: number;
    start: string | null;
    end: string | null;
    sources: SourceRef[];
    provinceIds?: string[];
  },
  file: string,
  ctx: ProjectContext,
): Project {
  const administrators = input.administratorRaw
    ? [
        {
          name: input.administratorRaw,
          certainty: 'stated' as const,
          organisationId: ctx.registry.resolve(input.administratorRaw, file, input.administratorLine).id,
        },
      ]
    : [];
  const provinceIds =
    input.provinceIds ??
    projectProvinces(
      input.name,
      administrators.map((a) => a.organisationId),
      ctx,
    );
  return {
    id: slugify(input.name, 50),
    name: input.name,
    language: detectLanguage(input.name),
    planYear: null,
    themeId: null,
    administrators,
    administratorStatus: administrators.length ? 'stated' : 'blank',
    administratorRaw: input.administratorRaw,
    period:
      input.start && input.end
        ? { start: input.start, end: input.end, source: input.sources[input.sources.length - 1]! }
        : null,
    provinceIds: [...provinceIds].sort(),
    continues: [],
    sources: input.sources,
  };
}

const lineOf = (p: Project) => `${fileOf(p.sources[0]!.document)}:${p.sources[0]!.lineStart}`;

/**
 * The one project a curated entry names by its plan year and first words. A document that renamed the project
 * (or listed a second one starting so) makes the entry stale: the error names the document line of the project
 * the entry most likely meant and says which entry to update, so the judgement is redone, not silently dropped.
 */
export function findCuratedProject(
  projects: Project[],
  sel: { planYear: number | null; nameStartsWith: string },
  entry: string,
  /** The name of the project the entry pairs this one with: a renamed project often keeps its words. */
  partnerName = '',
): Project {
  const year = sel.planYear ?? 'no plan year';
  const sameYear = projects.filter((p) => p.planYear === sel.planYear);
  const hits = sameYear.filter((p) => p.name.startsWith(sel.nameStartsWith));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    const [first, second] = hits;
    throw new SourceError(
      fileOf(second!.sources[0]!.document),
      second!.sources[0]!.lineStart,
      `"${second!.name}" and "${first!.name}" (${lineOf(first!)}) both start "${sel.nameStartsWith}" (${year}): make ${entry} in scripts/curation.ts name the one it means by more of its words`,
    );
  }
  const wanted = new Set([...stems(sel.nameStartsWith), ...stems(partnerName)]);
  const closest = sameYear
    .map((p) => ({ p, shared: [...stems(p.name)].filter((x) => wanted.has(x)).length }))
    .sort((a, b) => b.shared - a.shared)[0];
  if (!closest || closest.shared === 0)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `${entry}: no project (${year}) starts "${sel.nameStartsWith}" and none shares a word with it: remove the entry or name a project the documents list`,
    );
  throw new SourceError(
    fileOf(closest.p.sources[0]!.document),
    closest.p.sources[0]!.lineStart,
    `no project (${year}) starts "${sel.nameStartsWith}" any more, which ${entry} in scripts/curation.ts names; this row ("${closest.p.name}") is the closest: if it is the same project renamed, update nameStartsWith there, else remove the entry`,
  );
}

/** The curated continuations resolved to projects: `continues` and the provinces carried over both follow these. */
export function continuationLinks(
  projects: Project[],
): Array<{ successor: Project; predecessor: Project; provincesCarryOver: boolean }> {
  const nameOf = (sel: { planYear: number | null; nameStartsWith: string }) =>
    projects.find((p) => p.planYear === sel.planYear && p.name.startsWith(sel.nameStartsWith))?.name;
  return CONTINUATIONS.map((c) => {
    const successor = findCuratedProject(projects, c.successor, 'CONTINUATIONS', nameOf(c.predecessor));
    const predecessor = findCuratedProject(projects, c.predecessor, 'CONTINUATIONS', successor.name);
    return { successor, predecessor, provincesCarryOver: c.provincesCarryOver };
  });
}

export function applyContinuations(projects: Project[]) {
  for (const { successor, predecessor } of continuationLinks(projects))
    if (!successor.continues.includes(predecessor.id)) successor.continues.push(predecessor.id);
}

/**
 * Gives each project of PROJECT_NAMES its Swedish and English names or renderings. A name in use that no project has
 * stops the build; a rendering alone does not: a renamed project shows its new name as written until it has one.
 */
export function applyProjectNames(projects: Project[]) {
  for (const [fi, { sv, en, rendering, swedishPart }] of Object.entries(PROJECT_NAMES)) {
    const project = projects.find((p) => p.name === fi);
    if (!project && !sv && !en) continue;
    if (!project)
      throw new SourceError(
        'scripts/curation.ts',
        null,
        `PROJECT_NAMES["${fi}"] names no project of the data: update it to the project's name as written, or remove it`,
      );
    if (sv || en) project.names = { ...(sv && { sv }), ...(en && { en }) };
    if (rendering) project.renderings = rendering;
    if (swedishPart) {
      if (!fi.includes(swedishPart))
        throw new SourceError(
          'scripts/curation.ts',
          null,
          `PROJECT_NAMES["${fi}"].swedishPart is not part of the name: update it to the name's Swedish words`,
        );
      project.swedishPart = swedishPart;
    }
  }
}

export function ensureUniqueIds(projects: Project[]) {
  const seen = new Map<string, Project>();
  for (const p of projects) {
    const clash = seen.get(p.id);
    if (clash) {
      const s = p.sources[0]!;
      throw new SourceError(
        fileOf(s.document),
        s.lineStart,
        `project id "${p.id}" is not unique ("${clash.name}" and "${p.name}")`,
      );
    }
    seen.set(p.id, p);
  }
}

/**
 * The plan row Liite 2's heading names ("Remonttiin kytkeytyvät …": linked to Remontti): a plan project whose first
 * word the heading's word inflects (a case ending of at most three letters), of a plan year inside the
 * entities' period.
 */
function appendix2Anchor(projects: Project[], minutes: MinutesData, documentId: string): Project {
  const file = fileOf(documentId);
  const heading = minutes.appendix2LinkedTo;
  const headingLine = heading?.line ?? minutes.appendix2[0]?.line ?? null;
  if (!heading)
    throw new SourceError(file, headingLine, 'the heading of Liite 2 names no project ("<project> kytkeytyvät …")');
  const written = heading.written.toLowerCase();
  const years = minutes.appendix2.flatMap((s) => [Number(s.start), Number(s.end)]);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const hits = projects.filter((p) => {
    const first = titleKey(p.name).split(' ')[0] ?? '';
    return (
      p.planYear !== null &&
      p.planYear >= from &&
      p.planYear <= to &&
      first.length >= 4 &&
      written.startsWith(first) &&
      written.length - first.length <= 3
    );
  });
  if (hits.length !== 1)
    throw new SourceError(
      file,
      heading.line,
      `the heading of Liite 2 links its entities to "${heading.written}", which names ${hits.length ? `${hits.length} plan projects (${hits.map((h) => `"${h.name}"`).join(', ')})` : `no plan project of ${from}–${to}`}; the heading must name one plan row by its first word`,
    );
  return hits[0]!;
}

/**
 * Liite 2's development entities and the earlier projects it names, as projects linked to the plan row the
 * appendix attaches them to (a detail record is made for that row when the facts have none).
 */
export function linkAppendix2(details: ProjectDetail[], projects: Project[], minutes: MinutesData, documentId: string) {
  const anchor = [appendix2Anchor(projects, minutes, documentId)];
  const projectId = anchor[0]!.id;
  let detail = details.find((d) => d.projectId === projectId);
  if (!detail) {
    detail = emptyDetail(projectId);
    details.push(detail);
  }
  const starts = minutes.appendix2.map((s) => s.line).sort((a, b) => a - b);
  for (const section of minutes.appendix2) {
    const line = { document: documentId, lineStart: section.line, lineEnd: section.line };
    // The plan rows the section describes: those whose own entry stands inside it, and those curated for it.
    const end = starts.find((n) => n > section.line) ?? Infinity;
    const inside = projects.filter(
      (p) =>
        p.planYear !== null &&
        p.sources.some((s) => s.document === documentId && s.lineStart > section.line && s.lineStart < end),
    );
    const curated = (APPENDIX2_SECTION_ROWS[section.name] ?? []).map((r) =>
      findCuratedProject(
        projects,
        { planYear: 2009, nameStartsWith: r.nameStartsWith },
        `APPENDIX2_SECTION_ROWS["${section.name}"]`,
      ),
    );
    const described = [...new Set([...inside, ...curated])];
    for (const row of described.length ? described : [null])
      detail.linked.push({
        name: section.name,
        relation: 'related',
        start: section.start,
        end: section.end,
        projectId: row?.id ?? null,
        source: line,
      });
    if (section.swedishShare)
      detail.figures.push({
        key: 'swedish-speaking-share',
        value: section.swedishShare.percent,
        unit: 'percent',
        label: section.swedishShare.written,
        source: { document: documentId, lineStart: section.swedishShare.line, lineEnd: section.swedishShare.line },
      });
    for (const p of section.predecessors) {
      detail.linked.push({
        name: p.name,
        relation: 'predecessor',
        start: null,
        end: null,
        projectId: null,
        source: { document: documentId, lineStart: p.line, lineEnd: p.line, excerpt: p.name },
      });
    }
  }
}

/** A project's detail entry before any document has said anything about it. */
export function emptyDetail(projectId: string): ProjectDetail {
  return {
    projectId,
    goals: [],
    targetGroup: [],
    ages: null,
    methods: [],
    locations: [],
    results: [],
    phases: [],
    staffing: [],
    figures: [],
    financing: [],
    linked: [],
    decisions: [],
    statements: [],
  };
}
