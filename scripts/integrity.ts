import type { Dataset } from '../src/data/schema.ts';

type Located = { document: string; lineStart: number } | undefined;

/**
 * Cross-file references the per-file schemas cannot see. Returns messages, each starting with the document line
 * of the record it concerns when the record has one; empty means consistent.
 */
export function integrityErrors(d: Dataset): string[] {
  const errors: string[] = [];
  const files = new Map(d.sources.map((s) => [s.id, s.file]));
  const located = (source: Located, msg: string) =>
    source && files.has(source.document) ? `${files.get(source.document)}:${source.lineStart}: ${msg}` : msg;
  const projectIds = new Set(d.projects.map((p) => p.id));
  const themeIds = new Set(d.themes.map((t) => t.id));
  const orgIds = new Set(d.regions.organisations.map((o) => o.id));
  const provinceIds = new Set(d.regions.provinces.map((p) => p.id));
  const codes = new Set(d.regions.municipalities.map((m) => m.code));
  const docIds = new Set(d.sources.map((s) => s.id));
  const check = (ok: boolean, msg: string, source?: Located) => ok || errors.push(located(source, msg));
  const checkSource = (s: { document: string; lineEnd: number }, where: string) => {
    const doc = d.sources.find((x) => x.id === s.document);
    check(docIds.has(s.document), `${where}: unknown document ${s.document}`);
    if (doc) check(s.lineEnd <= doc.lineCount, `${where}: line ${s.lineEnd} beyond the end of ${doc.file}`);
  };
  for (const p of d.projects) {
    const at = p.sources[0];
    if (p.themeId) check(themeIds.has(p.themeId), `project ${p.id}: unknown theme ${p.themeId}`, at);
    p.administrators.forEach((a) =>
      check(orgIds.has(a.organisationId), `project ${p.id}: unknown organisation ${a.organisationId}`, at),
    );
    p.provinceIds.forEach((id) => check(provinceIds.has(id), `project ${p.id}: unknown province ${id}`, at));
    p.continues.forEach((id) => check(projectIds.has(id), `project ${p.id}: continues unknown project ${id}`, at));
    p.sources.forEach((s) => checkSource(s, `project ${p.id}`));
  }
  for (const c of d.funding.costs) {
    check(projectIds.has(c.projectId), `cost: unknown project ${c.projectId}`, c.source);
    checkSource(c.source, `cost of ${c.projectId}`);
  }
  for (const s of d.funding.shares) {
    check(projectIds.has(s.projectId), `share: unknown project ${s.projectId}`);
    check(orgIds.has(s.organisationId), `share: unknown organisation ${s.organisationId}`);
  }
  for (const t of d.themes) {
    [...t.nationalThemeIds, ...t.predecessorIds].forEach((id) =>
      check(themeIds.has(id), `theme ${t.id}: unknown theme ${id}`),
    );
  }
  for (const p of d.regions.provinces)
    if (p.competenceCentreSource) checkSource(p.competenceCentreSource, `competence centre of ${p.id}`);
  for (const s of d.sources)
    s.titleLines.forEach((line) =>
      check(line <= s.lineCount, `title of ${s.id}: line ${line} beyond the end of ${s.file}`),
    );
  for (const a of d.regions.cooperationAreas) {
    a.members.forEach((c) => check(codes.has(c), `cooperation area ${a.id}: unknown municipality ${c}`));
    check(provinceIds.has(a.provinceId), `cooperation area ${a.id}: unknown province ${a.provinceId}`);
  }
  for (const m of d.regions.municipalities)
    check(provinceIds.has(m.provinceId), `municipality ${m.code}: unknown province`);
  for (const o of d.regions.organisations)
    check(
      codes.has(o.municipalityCode),
      `organisation ${o.id}: home municipality ${o.municipalityCode} not in the region`,
    );
  const qualityIds = new Set<string>();
  // The app names places, organisations and themes of a note by looking its ids up: every id must resolve.
  const referenced: Record<string, Set<string>> = {
    municipality: codes,
    first: codes,
    second: codes,
    provinceId: provinceIds,
    organisationIds: orgIds,
    themeId: themeIds,
  };
  for (const q of d.quality) {
    const at = q.sources[0];
    check(!qualityIds.has(q.id), `quality ${q.id}: id not unique`, at);
    qualityIds.add(q.id);
    if (q.projectId) check(projectIds.has(q.projectId), `quality ${q.id}: unknown project`, at);
    q.sources.forEach((s) => checkSource(s, `quality ${q.id}`));
    for (const [key, value] of Object.entries(q.values)) {
      const known = referenced[key];
      if (known)
        [value].flat().forEach((v) => check(known.has(String(v)), `quality ${q.id}: unknown ${key} ${String(v)}`, at));
    }
  }
  errors.push(...factErrors(d, { projectIds, provinceIds, orgIds, checkSource, located }));
  return errors;
}

interface FactContext {
  projectIds: Set<string>;
  provinceIds: Set<string>;
  orgIds: Set<string>;
  checkSource: (s: { document: string; lineEnd: number }, where: string) => void;
  located: (source: Located, msg: string) => string;
}

/** programme.json, events.json, details.json and report.json against the projects, provinces and documents. */
function factErrors(d: Dataset, { projectIds, provinceIds, orgIds, checkSource, located }: FactContext): string[] {
  const errors: string[] = [];
  const check = (ok: boolean, msg: string, source?: Located) => ok || errors.push(located(source, msg));
  const p = d.programme;
  const regionIds = new Set(p.regions.map((r) => r.id));
  [...p.goals, ...p.means, ...p.regions, ...p.ownPriorities, ...p.phases].forEach((x) =>
    checkSource(x.source, 'programme'),
  );
  for (const r of p.regionalProjects) {
    check(regionIds.has(r.regionId), `regional project ${r.id}: unknown region ${r.regionId}`, r.sources[0]);
    r.notSameAs.forEach((id) =>
      check(projectIds.has(id), `regional project ${r.id}: unknown project ${id}`, r.sources[0]),
    );
    r.sources.forEach((s) => checkSource(s, `regional project ${r.id}`));
  }
  if (p.ownProjectId)
    check(
      p.regionalProjects.some((r) => r.id === p.ownProjectId),
      `programme: own project ${p.ownProjectId} not among the regional projects`,
    );
  p.ownPriorities.forEach((x) =>
    x.provinceIds.forEach((id) =>
      check(provinceIds.has(id), `programme priority "${x.name}": unknown province ${id}`, x.source),
    ),
  );
  const eventIds = new Set<string>();
  for (const e of d.events) {
    check(!eventIds.has(e.id), `event ${e.id}: listed twice`, e.source);
    eventIds.add(e.id);
    if (e.projectId) check(projectIds.has(e.projectId), `event ${e.id}: unknown project ${e.projectId}`, e.source);
    if (e.end) check(e.end >= e.start, `event ${e.id}: ends before it starts`, e.source);
    checkSource(e.source, `event ${e.id}`);
  }
  const detailIds = new Set<string>();
  for (const x of d.details) {
    const where = `details of ${x.projectId}`;
    check(projectIds.has(x.projectId), `${where}: unknown project`);
    check(!detailIds.has(x.projectId), `${where}: listed twice`);
    detailIds.add(x.projectId);
    for (const ph of x.phases)
      check(ph.end >= ph.start, `${where}: phase ${ph.label} ends before it starts`, ph.source);
    for (const l of x.linked)
      if (l.projectId) check(projectIds.has(l.projectId), `${where}: linked project ${l.projectId} unknown`);
    for (const s of x.staffing)
      if (s.employerOrganisationId)
        check(orgIds.has(s.employerOrganisationId), `${where}: unknown employer ${s.employerOrganisationId}`, s.source);
    for (const f of x.financing)
      if (f.organisationId)
        check(orgIds.has(f.organisationId), `${where}: unknown organisation ${f.organisationId}`, f.source);
    const refs = [
      ...x.goals,
      ...x.targetGroup,
      ...x.methods,
      ...x.locations,
      ...x.results,
      ...x.phases,
      ...x.phases.flatMap((ph) => ph.tasks),
      ...x.staffing,
      ...x.figures,
      ...x.financing,
      ...x.linked,
      ...x.decisions,
      ...x.statements,
      ...(x.ages ? [x.ages] : []),
    ];
    refs.forEach((r) => checkSource(r.source, where));
  }
  const r = d.report;
  [...r.objectives, ...r.developerGroups, ...r.figures, ...r.plannedUnits].forEach((x) =>
    checkSource(x.source, 'report'),
  );
  r.plannedUnits.forEach((u) =>
    u.projectIds.forEach((id) => check(projectIds.has(id), `report unit "${u.name}": unknown project ${id}`, u.source)),
  );
  return errors;
}
