import type { Dataset } from '../src/data/schema.ts';

/** Cross-file references the per-file schemas cannot see. Returns messages; empty means consistent. */
export function integrityErrors(d: Dataset): string[] {
  const errors: string[] = [];
  const projectIds = new Set(d.projects.map((p) => p.id));
  const themeIds = new Set(d.themes.map((t) => t.id));
  const orgIds = new Set(d.regions.organisations.map((o) => o.id));
  const provinceIds = new Set(d.regions.provinces.map((p) => p.id));
  const codes = new Set(d.regions.municipalities.map((m) => m.code));
  const docIds = new Set(d.sources.map((s) => s.id));
  const check = (ok: boolean, msg: string) => ok || errors.push(msg);
  const checkSource = (s: { document: string; lineEnd: number }, where: string) => {
    const doc = d.sources.find((x) => x.id === s.document);
    check(docIds.has(s.document), `${where}: unknown document ${s.document}`);
    if (doc) check(s.lineEnd <= doc.lineCount, `${where}: line ${s.lineEnd} beyond the end of ${doc.file}`);
  };
  for (const p of d.projects) {
    if (p.themeId) check(themeIds.has(p.themeId), `project ${p.id}: unknown theme ${p.themeId}`);
    p.administrators.forEach((a) => check(orgIds.has(a.organisationId), `project ${p.id}: unknown organisation ${a.organisationId}`));
    p.provinceIds.forEach((id) => check(provinceIds.has(id), `project ${p.id}: unknown province ${id}`));
    p.continues.forEach((id) => check(projectIds.has(id), `project ${p.id}: continues unknown project ${id}`));
    p.sources.forEach((s) => checkSource(s, `project ${p.id}`));
  }
  for (const c of d.funding.costs) {
    check(projectIds.has(c.projectId), `cost: unknown project ${c.projectId}`);
    checkSource(c.source, `cost of ${c.projectId}`);
  }
  for (const s of d.funding.shares) {
    check(projectIds.has(s.projectId), `share: unknown project ${s.projectId}`);
    check(orgIds.has(s.organisationId), `share: unknown organisation ${s.organisationId}`);
  }
  for (const t of d.themes) {
    [...t.nationalThemeIds, ...t.predecessorIds].forEach((id) => check(themeIds.has(id), `theme ${t.id}: unknown theme ${id}`));
  }
  for (const a of d.regions.cooperationAreas) {
    a.members.forEach((c) => check(codes.has(c), `cooperation area ${a.id}: unknown municipality ${c}`));
    check(provinceIds.has(a.provinceId), `cooperation area ${a.id}: unknown province ${a.provinceId}`);
  }
  for (const m of d.regions.municipalities) check(provinceIds.has(m.provinceId), `municipality ${m.code}: unknown province`);
  for (const o of d.regions.organisations) check(codes.has(o.municipalityCode), `organisation ${o.id}: home municipality ${o.municipalityCode} not in the region`);
  for (const q of d.quality) {
    if (q.projectId) check(projectIds.has(q.projectId), `quality ${q.id}: unknown project`);
    q.sources.forEach((s) => checkSource(s, `quality ${q.id}`));
  }
  return errors;
}
