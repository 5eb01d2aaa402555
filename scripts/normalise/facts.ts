import type {
  Event,
  Municipality,
  Programme,
  Project,
  ProjectDetail,
  ReportFacts,
  SourceRef,
  Statement,
} from '../../src/data/schema.ts';
import { isYearless } from '../../src/data/eventDate.ts';
import { type SourceText, findLine, lineAt } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import { slugify, squash, stems } from '../lib/text.ts';
import { provincesInPhrase } from '../lib/provinces.ts';
import { resolveMunicipality } from '../lib/municipalityNames.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { parseProgrammeSlides } from '../parsers/presentation.ts';
import { parsePlanDetails, type PlanDetails } from '../parsers/projectPlan.ts';
import { parseReportEvents, parseReportFacts, parseReportLists } from '../parsers/activityReport.ts';
import {
  areasOnSlide,
  datedSeminars,
  slideDatedItems,
  finalReport,
  periodInTeaser,
  readSlides,
  teaserParts,
  type Slide,
} from '../parsers/slideFacts.ts';
import { parseMinutesBody } from '../parsers/minutesBody.ts';
import { parseLassePlan, type LassePlanFacts } from '../parsers/lassePlan.ts';
import { DASH, agreeing } from '../parsers/lasseText.ts';
import {
  PROVINCES,
  REGIONAL_PROJECT_STARTS,
  REPORT_LIST_TRANSLATIONS,
  REPORT_UNITS,
  type DocumentId,
} from '../curation.ts';
import type { OrganisationRegistry } from './organisations.ts';
import { provinceIdOf } from './regions.ts';
import { continuationLinks, emptyDetail, findCuratedProject } from './projects.ts';

export interface DocumentFacts {
  programme: Programme;
  events: Event[];
  details: ProjectDetail[];
  report: ReportFacts;
}

export interface FactContext {
  registry: OrganisationRegistry;
  municipalities: Municipality[];
  refs: MunicipalityRef[];
}

/** What the documents say that the quality notes compare (issue 19). */
export interface ReadingInput {
  vaasaPlan: PlanDetails;
  slides: Slide[];
  /** Each document's text, to find the ways it writes one name. */
  texts: Array<{ document: DocumentId; src: SourceText }>;
  /** Names the documents use that the notes check for variant spellings, as the parsers read them. */
  names: string[];
  /** Every document's text, to find the phrases of the curated variants (RECORDED_VARIANTS). */
  documents: (id: DocumentId) => SourceText;
}

/** What the LasSe plan says, and what the reading notes compare. */
export interface FactExtras {
  lassePlan: LassePlanFacts;
  reading: ReadingInput;
}

const ref = (document: DocumentId, lineStart: number, lineEnd = lineStart, excerpt?: string): SourceRef =>
  excerpt ? { document, lineStart, lineEnd, excerpt } : { document, lineStart, lineEnd };
const PROVINCE_NAMES = Object.keys(PROVINCES);

const findProject = (projects: Project[], planYear: number | null, nameStartsWith: string, where: string) =>
  findCuratedProject(projects, { planYear, nameStartsWith }, where);

function organisationId(ctx: FactContext, name: string): string | null {
  const lower = name.toLowerCase();
  return (
    ctx.registry.all().find((o) => o.name.toLowerCase() === lower || o.aliases.some((a) => a.toLowerCase() === lower))
      ?.id ?? null
  );
}

/** The ministry's slides: goals, means, the five regions, their projects and Väli-Suomi's own priorities. */
function buildProgramme(src: SourceText, lasseDoc: SourceText, projects: Project[], slides: Slide[]): Programme {
  const doc: DocumentId = 'stm-presentation';
  const s = parseProgrammeSlides(
    src,
    REGIONAL_PROJECT_STARTS.map((x) => x.startsWith),
  );
  const regions = s.regions.map((name) => ({ id: slugify(name), name, source: ref(doc, s.regionsLine) }));
  const regionId = (name: string) => regions.find((r) => r.name === name)?.id;
  const heads = (name: string) => name.split(/\s[-–]\s/)[0]!.trim();
  const regionalProjects = s.projects.map((p) => {
    const curated = REGIONAL_PROJECT_STARTS.find((x) => p.name.startsWith(x.startsWith))?.region;
    const region = p.regionName ?? curated ?? null;
    const id = region ? regionId(region) : undefined;
    if (!id)
      throw new SourceError(
        src.file,
        p.line,
        `no Kaste region for "${p.name}" (neither in the slides nor in REGIONAL_PROJECT_STARTS)`,
      );
    // A project of another region that shares its leading name with a Väli-Suomi project is a different project.
    const notSameAs =
      id === 'vali-suomi' ? [] : projects.filter((x) => heads(x.name) === heads(p.name)).map((x) => x.id);
    const sources = [ref(doc, p.line)];
    if (p.regionLine) sources.push(ref(doc, p.regionLine));
    // "… Itä- ja Keski- Suomessa": a teaser titled with the same region phrase and two years dates the project.
    const phrase = /(\p{Lu}\p{L}*-(?: ja \p{Lu}\p{L}*-)?\s?Suomessa)\b/u.exec(p.name)?.[1];
    const period = phrase ? periodInTeaser(src, phrase) : null;
    const areas = areasOnSlide(slides, heads(p.name), src.file);
    if (areas) sources.push(ref(doc, areas.slide.line));
    // Without areas on a slide, the municipalities on the cover of the project's final report among the teasers.
    const report = areas ? null : finalReport(src, heads(p.name));
    if (report?.areas.length) sources.push(ref(doc, report.line));
    const parts = teaserParts(src, heads(p.name)).map((x) => ({
      name: x.name,
      relation: x.relation,
      start: x.start,
      end: x.end,
      source: ref(doc, x.line),
    }));
    return {
      id: slugify(p.name, 50),
      name: p.name,
      regionId: id,
      grantStatus: p.grantStatus,
      notSameAs,
      ...(period ? { period: { start: period.start, end: period.end, source: ref(doc, period.line) } } : {}),
      ...(areas ? { areas: areas.areas } : report?.areas.length ? { areas: report.areas } : {}),
      ...(parts.length ? { parts } : {}),
      sources,
    };
  });
  const ownHeading = stems(lineAt(src, s.ownLine).slice(0, 120));
  const own = regionalProjects
    .filter((p) => p.regionId === 'vali-suomi')
    .map((p) => ({ p, shared: [...stems(p.name)].filter((x) => ownHeading.has(x)).length }))
    .sort((a, b) => b.shared - a.shared)[0]?.p;
  // Every teaser naming the programme must give its years, in one reading: a dash spelt otherwise is no lost phase.
  const phase = agreeing(
    lasseDoc,
    new RegExp(`kansallinen kehittämisohjelma eli (Kaste)\\b(?: (\\d{4})${DASH}(\\d{4}))?`, 'g'),
    'the Kaste programme period',
    (m, line) => {
      if (!m[2]) throw new SourceError(lasseDoc.file, line, `unreadable years of the Kaste programme "${m[0]}"`);
      return { name: m[1]!, start: m[2], end: m[3]! };
    },
  );
  const phases = [];
  if (phase) {
    const { name, start, end } = phase.value;
    phases.push({
      id: slugify(`${name} ${start} ${end}`),
      name: `${name} ${start}–${end}`,
      start,
      end,
      source: ref('lasse-plan', phase.line),
    });
  }
  return {
    goals: s.goals.map((g) => ({ ...g, source: ref(doc, s.goalsLine) })),
    means: s.means.map((m) => ({ ...m, source: ref(doc, s.goalsLine) })),
    regions,
    regionalProjects,
    ownProjectId: own?.id ?? null,
    ownPriorities: s.ownPriorities.map((p) => ({
      name: p.name,
      provinceIds: p.allProvinces
        ? []
        : provincesInPhrase(p.where.replace(/-\s(?=\p{Lu})/gu, '-'), PROVINCE_NAMES)
            .map(provinceIdOf)
            .sort(),
      allProvinces: p.allProvinces,
      source: ref(doc, s.ownLine),
    })),
    phases,
  };
}

/** The Vaasa family centre plan's details. */
function vaasaDetail(d: PlanDetails, project: Project, projects: Project[], ctx: FactContext): ProjectDetail {
  const doc: DocumentId = 'vaasa-family-centre-plan';
  const fact = (f: { text: string; line: number }) => ({ text: f.text, source: ref(doc, f.line) });
  const detail = emptyDetail(project.id);
  detail.goals = d.goals.map(fact);
  detail.targetGroup = d.targetGroup.map(fact);
  detail.ages = d.ages ? { from: d.ages.from, to: d.ages.to, source: ref(doc, d.ages.line) } : null;
  detail.methods = d.methods.map(fact);
  detail.locations = d.openDayCareCentres.map(fact);
  detail.results = d.results.map(fact);
  detail.phases = d.phases.map((p) => ({
    label: p.label,
    start: p.start,
    end: p.end,
    tasks: p.tasks.map(fact),
    source: ref(doc, p.line),
  }));
  // "muut ovat kaupungin omia työntekijöitä": the city the plan names employs them, not the office administering it.
  const cityCode = d.city && resolveMunicipality(d.city.name.split(' ')[0]!, ctx.refs, {}, true)?.ref.code;
  const cityOrganisation = ctx.registry.all().find((o) => o.type === 'municipality' && o.municipalityCode === cityCode);
  // "Perhekeskuksessa työskentelee osa-aikaisesti …": the share of time of each post the sentence names.
  const key = (role: string) => role.toLowerCase().replace(/-/g, '');
  const shared = (role: string) =>
    d.working?.workShare && d.working.roles.some((w) => key(w) === key(role))
      ? { workShare: { text: d.working.workShare, source: ref(doc, d.working.line) } }
      : {};
  detail.staffing = d.staff.map((s) => ({
    role: s.role,
    count: s.count,
    newPost: s.newPost,
    employer: s.ownStaff && d.city ? d.city.name : null,
    employerOrganisationId: s.ownStaff && cityOrganisation ? cityOrganisation.id : null,
    location: null,
    ...shared(s.role),
    source: ref(doc, s.line),
  }));
  detail.decisions = d.decisions.map((x) => ({
    body: x.body,
    date: x.date,
    reference: x.reference,
    source: ref(doc, x.line),
  }));
  if (d.predecessor)
    detail.linked.push({
      name: d.predecessor.name,
      relation: 'predecessor',
      start: d.predecessor.start,
      end: d.predecessor.end,
      projectId: null,
      source: ref(doc, d.predecessor.line),
    });
  for (const successor of projects.filter((p) => p.continues.includes(project.id))) {
    detail.linked.push({
      name: successor.name,
      relation: 'successor',
      start: successor.period?.start ?? null,
      end: successor.period?.end ?? null,
      projectId: successor.id,
      source: successor.period?.source ?? successor.sources[0]!,
    });
  }
  return detail;
}

/**
 * A plan's phases with each module's in the order of their start (the plan's table lists module A's end-of-project
 * repeat before a later phase); the modules stay in the plan's order, and phases starting together in its order.
 */
export function byModuleInTimeOrder<T extends { scope: string; start: string }>(phases: ReadonlyArray<T>): T[] {
  const modules = [...new Set(phases.map((p) => p.scope))];
  return modules.flatMap((m) =>
    phases.filter((p) => p.scope === m).toSorted((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
  );
}

/** The LasSe plan's organisation, money, figures, legal basis, a module's schedule and the related Väli-Suomi projects. */
function lasseDetail(l: LassePlanFacts, project: Project, ctx: FactContext, file: string): ProjectDetail {
  const doc: DocumentId = 'lasse-plan';
  const detail = emptyDetail(project.id);
  detail.goals = l.goals.map((g) => ({ text: g.letter ? `${g.letter}) ${g.text}` : g.text, source: ref(doc, g.line) }));
  detail.methods = l.modules.map((m) => ({ text: `${m.letter}-moduuli: ${m.name}`, source: ref(doc, m.line) }));
  detail.staffing = l.posts.map((p) => {
    const place = p.location && resolveMunicipality(p.location.genitive, ctx.refs, {}, true);
    if (p.location && !place)
      throw new SourceError(
        file,
        p.location.line,
        `"${p.location.genitive}" (where a coordinator sits) is no municipality`,
      );
    return {
      role: p.role,
      count: p.count,
      newPost: null,
      employer: p.employer,
      employerOrganisationId: organisationId(ctx, p.employer),
      location: place ? place.ref.nameFi : null,
      ...(place && { locationTranslation: { sv: place.ref.nameSv || place.ref.nameFi, en: place.ref.nameFi } }),
      // The employer's line and, for a placed post, the line placing it.
      source: ref(doc, p.line, p.location?.line ?? p.line),
    };
  });
  detail.figures = l.figures.map((f) => ({
    key: f.key,
    value: f.value,
    unit: f.unit,
    label: f.label,
    source: ref(doc, f.line),
  }));
  detail.financing = l.financing.map((f) => ({
    organisation: f.organisation,
    organisationId: organisationId(ctx, f.organisation),
    what: f.what,
    percent: f.percent,
    source: ref(doc, f.line),
  }));
  detail.phases = byModuleInTimeOrder(l.phases).map((p) => ({
    label: p.label,
    scope: p.scope,
    start: p.start,
    end: p.end,
    tasks: [],
    source: ref(doc, p.line),
  }));
  detail.legalBasis = l.legalBasis.map((x) => ({ text: x.text, source: ref(doc, x.line) }));
  detail.linked = l.related.map((r) => ({
    name: r.name,
    relation: 'related' as const,
    start: r.start,
    end: r.end,
    projectId: null,
    source: ref(doc, r.line),
  }));
  return detail;
}

/**
 * What a project's own title says and the tables leave out: a period ("… Lahdessa 2008 – 2011"), a municipality
 * whose province the row lacks (Sastamala), a region-wide name (Väli-Suomi), and for a row curated as continuing
 * the same project of the year before (`carryOver`), that project's provinces. Applied to the projects and returned as
 * statements, each with the line it rests on.
 */
export function applyTitleFacts(
  projects: Project[],
  ctx: FactContext,
  valiSuomi: { provinceIds: string[] },
  /** The curated continuations of the same project (continuationLinks): the successor works in its predecessor's provinces too. */
  carryOver: ReadonlyArray<{ successor: Project; predecessor: Project }>,
): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  const add = (p: Project, s: Statement) => out.set(p.id, [...(out.get(p.id) ?? []), s]);
  const provinceOf = (code: string) => ctx.municipalities.find((m) => m.code === code)?.provinceId;
  for (const p of projects) {
    // What a title says rests on the title's line, not on the whole table row.
    const row = p.sources[0]!;
    const title = row.excerpt?.split(' | ')[0];
    const source: SourceRef = {
      document: row.document,
      lineStart: row.lineStart,
      lineEnd: row.lineStart,
      ...(title ? { excerpt: title } : {}),
    };
    const period = /(\S+)\s(\d{4})\s*[–-]\s*(\d{4})$/u.exec(p.name);
    if (period && Number(period[2]) <= Number(period[3])) {
      // "… osana Pohjanmaa-hanketta 2005 -2014": the years date the project the title names, not this one.
      const other = /^(\p{Lu}[\p{L}]*-hanke)tta$/u.exec(period[1]!);
      const target = other ? projects.find((x) => x.planYear !== null && x.name === other[1]) : p;
      if (target && !target.period) {
        target.period = { start: period[2]!, end: period[3]!, source };
        add(target, { kind: other ? 'period-from-other-title' : 'period-from-title', text: period[0].trim(), source });
      }
    }
    for (const word of p.name.match(/\p{Lu}\p{Ll}+n(?!\p{L})/gu) ?? []) {
      const hit = resolveMunicipality(word, ctx.refs, {}, true);
      const province = hit && provinceOf(hit.ref.code);
      if (province && !p.provinceIds.includes(province)) {
        p.provinceIds = [...p.provinceIds, province].sort();
        add(p, { kind: 'provinces-from-title', text: word, source });
      }
    }
    // A transcript may drop or space the hyphen ("Välisuomi", "Väli- Suomi"); "Välittäjä" is no region.
    const region = /Väli[-\s]*[Ss]uom\p{L}*/u.exec(p.name);
    if (region && p.planYear !== null) {
      const missing = valiSuomi.provinceIds.filter((id) => !p.provinceIds.includes(id));
      if (missing.length) {
        p.provinceIds = [...p.provinceIds, ...missing].sort();
        add(p, { kind: 'provinces-from-title', text: region[0], source });
      }
    }
  }
  const head = (name: string) => name.split(/\s[-–]\s/)[0]!.trim();
  for (const { successor: p, predecessor: before } of carryOver) {
    const missing = before.provinceIds.filter((x) => !p.provinceIds.includes(x));
    if (missing.length) {
      p.provinceIds = [...p.provinceIds, ...missing].sort();
      add(p, { kind: 'provinces-from-predecessor', text: head(before.name), source: before.sources[0]! });
    }
  }
  return out;
}

let eventSeq = 0;
function eventId(start: string, title: string, seen: Set<string>): string {
  let id = `${start.replace(/-/g, '')}-${slugify(title, 40)}`;
  while (seen.has(id)) id = `${id}-${++eventSeq}`;
  seen.add(id);
  return id;
}

/**
 * The report's lists with the curated Swedish and English of each item (REPORT_LIST_TRANSLATIONS); an item without
 * one stops at its line, an entry no item uses any more names itself.
 */
function reportLists(
  lists: ReturnType<typeof parseReportLists>,
  file: string,
  at: (line: number) => SourceRef,
): NonNullable<ReportFacts['lists']> {
  const used = new Set(lists.flatMap((l) => l.items));
  const stale = Object.keys(REPORT_LIST_TRANSLATIONS).find((fi) => !used.has(fi));
  if (stale !== undefined)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `REPORT_LIST_TRANSLATIONS["${stale}"] matches no item the report lists now: update the entry to the report's new wording, or remove it`,
    );
  return lists.map((l) => ({
    key: l.key,
    items: l.items.map((text) => {
      const t = REPORT_LIST_TRANSLATIONS[text];
      if (!t)
        throw new SourceError(
          file,
          l.line,
          `"${text}" (${l.key}) has no Swedish and English in REPORT_LIST_TRANSLATIONS (scripts/curation.ts): add them there`,
        );
      return { text, translation: { sv: t.sv, en: t.en }, source: at(l.line) };
    }),
    source: at(l.line),
  }));
}

/** What the five documents say beyond the plan tables: programme context, events, project details, report facts. */
export function buildDocumentFacts(
  doc: (id: DocumentId) => SourceText,
  projects: Project[],
  ctx: FactContext,
): DocumentFacts & FactExtras {
  const lasseDoc = doc('lasse-plan');
  const lassePlan = parseLassePlan(lasseDoc);
  const slides = readSlides(doc('stm-presentation'));
  const programme = buildProgramme(doc('stm-presentation'), lasseDoc, projects, slides);

  const lasseProject = findProject(projects, null, 'LasSe', 'LasSe plan');
  // The region's six provinces (curation.ts, PROVINCES), not the LasSe plan's five: Keski-Pohjanmaa is in Väli-Suomi
  // but took no part in LasSe, and a title naming the whole region names it too.
  const valiSuomi = {
    provinceIds: Object.values(PROVINCES)
      .filter((p) => p.core)
      .map((p) => p.id),
  };
  const carryOver = continuationLinks(projects).filter((l) => l.provincesCarryOver);
  const statements = applyTitleFacts(projects, ctx, valiSuomi, carryOver);

  const vaasa = findProject(projects, null, 'Vaasan perhekeskus', 'Vaasa family centre plan');
  const details = new Map<string, ProjectDetail>();
  const vaasaPlan = parsePlanDetails(doc('vaasa-family-centre-plan'));
  details.set(vaasa.id, vaasaDetail(vaasaPlan, vaasa, projects, ctx));
  details.set(lasseProject.id, lasseDetail(lassePlan, lasseProject, ctx, lasseDoc.file));
  const detailOf = (id: string) => details.get(id) ?? details.set(id, emptyDetail(id)).get(id)!;
  for (const [id, list] of statements) detailOf(id).statements.push(...list);

  const body = parseMinutesBody(doc('minutes-2008'));
  for (const w of body.withdrawals) {
    const concerned = projects.filter(
      (p) =>
        p.planYear !== null &&
        (p.name.startsWith(w.object) ||
          squash(p.name.replace(/-/g, ' -')).startsWith(w.subject) ||
          p.name.startsWith(w.subject.replace(' -', '-'))),
    );
    for (const p of concerned)
      detailOf(p.id).statements.push({ kind: 'withdrawal', text: w.text, source: ref('minutes-2008', w.line) });
  }

  const seen = new Set<string>();
  const events: Event[] = [];
  type Parsed = Pick<Event, 'kind' | 'title' | 'start' | 'end' | 'place'> & { time?: string; line: number };
  const addEvents = <T extends Parsed>(document: DocumentId, parsed: T[], projectOf: (e: T) => string | null) => {
    for (const e of parsed)
      events.push({
        id: eventId(e.start, e.title, seen),
        kind: e.kind,
        title: e.title,
        start: e.start,
        end: e.end,
        place: e.place,
        ...(e.time ? { time: e.time } : {}),
        projectId: projectOf(e),
        source: ref(document, e.line),
      });
  };
  addEvents('minutes-2008', body.events, () => null);
  // The slides' document: seminars dated in full after the slides, and the regional projects' final reports.
  const slidesDoc = doc('stm-presentation');
  addEvents(
    'stm-presentation',
    [
      ...datedSeminars(slidesDoc).map((x) => ({
        kind: 'seminar' as const,
        title: x.title,
        start: x.date,
        end: null,
        place: x.place,
        line: x.line,
      })),
      ...slideDatedItems(slides, slidesDoc.file),
      ...programme.regionalProjects.flatMap((p) => {
        const r = finalReport(slidesDoc, p.name.split(/\s[-–]\s/)[0]!.trim());
        return r
          ? [{ kind: 'report' as const, title: r.title, start: r.year, end: null, place: null, line: r.line }]
          : [];
      }),
    ],
    () => null,
  );
  addEvents('lasse-plan', lassePlan.events, (e) =>
    e.lasse ? lasseProject.id : e.project ? findProject(projects, null, e.project, "a teaser's project").id : null,
  );
  const reportDoc = doc('pohjanmaa-report-2005-2006');
  addEvents('pohjanmaa-report-2005-2006', parseReportEvents(reportDoc), () => null);
  for (const x of details.get(vaasa.id)!.decisions)
    events.push({
      id: eventId(x.date, x.body, seen),
      kind: 'decision',
      title: x.reference ? `${x.body} ${x.reference}` : x.body,
      start: x.date,
      end: null,
      place: null,
      projectId: vaasa.id,
      source: x.source,
    });
  // Dates without a year after every dated one: no year of theirs is known to sort them among the others.
  events.sort(
    (a, b) =>
      Number(isYearless(a.start)) - Number(isYearless(b.start)) ||
      a.start.localeCompare(b.start) ||
      a.id.localeCompare(b.id),
  );

  const r = parseReportFacts(reportDoc);
  const report: ReportFacts = {
    objectives: r.objectives.map((o) => ({ text: o.text, source: ref('pohjanmaa-report-2005-2006', o.line) })),
    developerGroups: r.developerGroups.map((g) => ({
      name: g.name,
      ledBy: g.ledBy,
      source: ref('pohjanmaa-report-2005-2006', g.line),
    })),
    figures: r.figures.map((f) => ({
      key: f.key,
      value: f.value,
      unit: 'count' as const,
      label: f.label,
      source: ref('pohjanmaa-report-2005-2006', f.line),
    })),
    projects: r.projects.map((x) => ({
      name: x.name,
      ...(x.end && { end: x.end }),
      source: ref('pohjanmaa-report-2005-2006', x.line),
    })),
    lists: reportLists(parseReportLists(reportDoc), reportDoc.file, (line) => ref('pohjanmaa-report-2005-2006', line)),
    periods: r.periods.map((x) => ({
      text: x.text,
      start: x.start,
      end: x.end,
      source: ref('pohjanmaa-report-2005-2006', x.line),
    })),
    plannedUnits: REPORT_UNITS.map((u) => {
      const line = findLine(reportDoc, new RegExp(u.phrase));
      if (line === null) {
        const wanted = stems(u.phrase);
        const closest = reportDoc.lines
          .map((text, i) => ({ line: i + 1, shared: [...stems(text)].filter((x) => wanted.has(x)).length }))
          .sort((a, b) => b.shared - a.shared)[0];
        throw new SourceError(
          reportDoc.file,
          closest?.shared ? closest.line : null,
          `the report no longer writes the planned unit "${u.phrase}" that REPORT_UNITS in scripts/curation.ts links to a 2009 project${closest?.shared ? ' (this line is the closest)' : ''}: update its phrase, or remove the entry`,
        );
      }
      return {
        name: u.phrase,
        projectIds: [findProject(projects, u.project.planYear, u.project.nameStartsWith, 'REPORT_UNITS').id],
        source: ref('pohjanmaa-report-2005-2006', line),
      };
    }),
  };

  const reading: ReadingInput = {
    vaasaPlan,
    slides,
    texts: (['minutes-2008', 'vaasa-family-centre-plan', 'pohjanmaa-report-2005-2006', 'lasse-plan'] as const).map(
      (document) => ({ document, src: doc(document) }),
    ),
    documents: doc,
    names: [
      ...lassePlan.centres,
      ...(vaasaPlan.predecessor ? [vaasaPlan.predecessor.name] : []),
      lasseProject.name.split(/[-\s]/)[0]!,
    ],
  };
  return { programme, events, details: [...details.values()], report, lassePlan, reading };
}
