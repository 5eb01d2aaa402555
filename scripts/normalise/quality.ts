import type {
  CooperationArea,
  Funding,
  Municipality,
  Project,
  QualityIssue,
  SourceRef,
} from '../../src/data/schema.ts';
import type { LasseData } from '../parsers/lasse.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { MUNICIPALITY_VARIANTS, PROVINCES } from '../curation.ts';
import { SourceError } from '../lib/errors.ts';
import type { ParseNote } from '../lib/notes.ts';
import { slugify } from '../lib/text.ts';
import { themeId } from './themes.ts';

/** Discrepancies and uncertainties in the plans: totals, counts, missing costs, administrators. */
export function planQuality(projects: Project[], funding: Funding): QualityIssue[] {
  const out: QualityIssue[] = [];
  for (const total of funding.statedTotals) {
    const rows = projects.filter((p) => p.planYear === total.planYear);
    const costs = funding.costs.filter((c) => c.planYear === total.planYear);
    const summed = costs.reduce((s, c) => s + c.amountEur, 0);
    if (total.amountEur !== null && total.amountEur !== summed) {
      out.push({
        id: `total-mismatch-${total.planYear}`,
        kind: 'plan-total-mismatch',
        severity: 'discrepancy',
        projectId: null,
        values: { planYear: total.planYear, stated: total.amountEur, summed, costedRows: costs.length },
        sources: [total.source, ...costs.map((c) => c.source)],
      });
    }
    if (total.projects !== null && total.projects !== rows.length) {
      out.push({
        id: `count-mismatch-${total.planYear}-projects`,
        kind: 'plan-project-count-mismatch',
        severity: 'discrepancy',
        projectId: null,
        values: { planYear: total.planYear, stated: total.projects, counted: rows.length },
        sources: [total.source],
      });
    }
    const orgs = new Set(rows.flatMap((p) => p.administrators.map((a) => a.organisationId)));
    if (total.administrators !== null && total.administrators !== orgs.size) {
      out.push({
        id: `count-mismatch-${total.planYear}-administrators`,
        kind: 'plan-administrator-count-mismatch',
        severity: 'discrepancy',
        projectId: null,
        values: {
          planYear: total.planYear,
          stated: total.administrators,
          counted: orgs.size,
          organisationIds: [...orgs].sort(),
        },
        sources: [total.source, ...rows.map((p) => p.sources[0]!)],
      });
    }
  }
  const costed = new Set(funding.costs.map((c) => `${c.projectId}/${c.planYear}`));
  const costYears = new Set(funding.costs.map((c) => c.planYear));
  for (const p of projects) {
    const source = p.sources[0]!;
    if (p.planYear !== null && costYears.has(p.planYear) && !costed.has(`${p.id}/${p.planYear}`)) {
      out.push({
        id: `missing-cost-${p.id}`,
        kind: 'missing-cost',
        severity: 'gap',
        projectId: p.id,
        values: { planYear: p.planYear },
        sources: [source],
      });
    }
    if (p.planYear === null) continue;
    if (p.administratorStatus === 'uncertain') {
      out.push({
        id: `uncertain-administrator-${p.id}`,
        kind: 'uncertain-administrator',
        severity: 'uncertainty',
        projectId: p.id,
        values: { written: p.administratorRaw, organisationIds: p.administrators.map((a) => a.organisationId) },
        sources: [source],
      });
    } else if (p.administratorStatus === 'unknown') {
      out.push({
        id: `unknown-administrator-${p.id}`,
        kind: 'unknown-administrator',
        severity: 'uncertainty',
        projectId: p.id,
        values: { written: p.administratorRaw },
        sources: [source],
      });
    } else if (p.administratorStatus === 'blank') {
      out.push({
        id: `blank-administrator-${p.id}`,
        kind: 'blank-administrator',
        severity: 'gap',
        projectId: p.id,
        values: {},
        sources: [source],
      });
    }
  }
  for (const projectId of new Set(funding.shares.map((s) => s.projectId))) {
    const shares = funding.shares.filter((s) => s.projectId === projectId);
    const sum = shares.reduce((s, x) => s + x.percent, 0);
    if (sum !== 100) {
      out.push({
        id: `total-mismatch-shares-${projectId}`,
        kind: 'share-total-mismatch',
        severity: 'discrepancy',
        projectId,
        values: { percentSum: sum },
        sources: [shares[0]!.source],
      });
    }
  }
  return out;
}

/** LasSe: the prose list against the matrix, stated counts against counted, duplicates and typos. */
export function lasseQuality(
  lasse: LasseData,
  municipalities: Municipality[],
  areas: CooperationArea[],
  refs: MunicipalityRef[],
  documentId: string,
  file: string,
): QualityIssue[] {
  const out: QualityIssue[] = [];
  const code = (nameFi: string) => {
    const ref = refs.find((r) => r.nameFi === nameFi);
    if (!ref) throw new SourceError(file, mStart, `curated municipality "${nameFi}" is not in the reference list`);
    return ref.code;
  };
  const provinceId = (provinceFi: string, line: number) => {
    const id = PROVINCES[provinceFi]?.id;
    if (!id) throw new SourceError(file, line, `"${provinceFi}" is not a known province`);
    return id;
  };
  const [mStart, mEnd] = lasse.matrixLines;
  const matrixRef: SourceRef = { document: documentId, lineStart: mStart, lineEnd: mEnd };
  const listRef: SourceRef = { document: documentId, lineStart: lasse.listLine, lineEnd: lasse.listLine };
  const inMatrix = new Set(
    lasse.matrix.flatMap((p) => [...p.areas.flatMap((a) => a.members), ...p.independent, ...p.later]),
  );
  const inList = new Set(lasse.listed.map((l) => l.code));
  for (const code of [...inMatrix].filter((c) => !inList.has(c)).sort()) {
    out.push({
      id: `list-disagreement-lasse-${code}`,
      kind: 'lasse-in-matrix-not-list',
      severity: 'discrepancy',
      projectId: null,
      values: { municipality: code },
      sources: [listRef, matrixRef],
    });
  }
  for (const code of [...inList].filter((c) => !inMatrix.has(c)).sort()) {
    out.push({
      id: `list-disagreement-lasse-${code}`,
      kind: 'lasse-in-list-not-matrix',
      severity: 'discrepancy',
      projectId: null,
      values: { municipality: code },
      sources: [listRef, matrixRef],
    });
  }
  for (const d of lasse.duplicates) {
    out.push({
      id: `duplicate-name-lasse-${d.code}`,
      kind: 'lasse-duplicate-name',
      severity: 'discrepancy',
      projectId: null,
      values: { municipality: d.code, written: d.written, provinceId: provinceId(d.group, d.line) },
      sources: [{ document: documentId, lineStart: d.line, lineEnd: d.line }],
    });
  }
  const seenVariant = new Set<string>();
  for (const v of lasse.variantsUsed) {
    if (MUNICIPALITY_VARIANTS[v.written]?.kind !== 'typo' || seenVariant.has(v.written)) continue;
    seenVariant.add(v.written);
    out.push({
      id: `spelling-variant-${v.code}`,
      kind: 'municipality-spelling-variant',
      severity: 'uncertainty',
      projectId: null,
      values: { municipality: v.code, written: v.written },
      sources: [{ document: documentId, lineStart: v.line, lineEnd: v.line }],
    });
  }
  for (const fix of lasse.separatorsRestored) {
    out.push({
      id: `spelling-variant-separator-${fix.after.toLowerCase()}`,
      kind: 'matrix-missing-separator',
      severity: 'uncertainty',
      projectId: null,
      values: { written: `${fix.after} ${fix.before}`, first: code(fix.after), second: code(fix.before) },
      sources: [matrixRef],
    });
  }
  const participants = municipalities.filter((m) => m.lasse);
  const counted: Record<string, number> = {
    participants: participants.filter((m) => m.lasse!.joined === 2013).length,
    'participants-later': participants.length,
    'area-members': areas.filter((a) => a.validFrom <= 2013).reduce((s, a) => s + a.members.length, 0),
    'area-members-later': areas.reduce((s, a) => s + a.members.length, 0),
    areas: areas.filter((a) => a.validFrom <= 2013).length,
  };
  // The matrix counts a province's participants at the start; later joiners are in parentheses.
  const matrixCount = (province: string) => {
    const part = lasse.matrix.find((p) => p.province === province);
    return part ? part.areas.reduce((n, a) => n + a.members.length, 0) + part.independent.length : 0;
  };
  for (const s of lasse.statedCounts) {
    const found = s.what === 'province-participants' ? matrixCount(s.province ?? '') : counted[s.what]!;
    if (found === s.value) continue;
    out.push({
      id: `count-mismatch-lasse-${s.what}${s.province ? `-${provinceId(s.province, s.line)}` : ''}-line-${s.line}`,
      severity: 'discrepancy',
      projectId: null,
      ...(s.what === 'province-participants'
        ? {
            kind: 'lasse-count-province-participants' as const,
            values: { stated: s.value, counted: found, provinceId: provinceId(s.province ?? '', s.line) },
          }
        : { kind: `lasse-count-${s.what}` as const, values: { stated: s.value, counted: found } }),
      sources: [{ document: documentId, lineStart: s.line, lineEnd: s.line, excerpt: s.excerpt }],
    });
  }
  return out;
}

/** The harmless variations the parsers accepted, each a note naming its line. */
export function parseNotesQuality(notes: ParseNote[], documentId: string): QualityIssue[] {
  return notes.map((note): QualityIssue => {
    const sources = [{ document: documentId, lineStart: note.line, lineEnd: note.line, excerpt: note.values.written }];
    switch (note.kind) {
      case 'page-break-line':
        return {
          id: `page-break-line-${documentId}-${note.line}`,
          kind: note.kind,
          severity: 'uncertainty',
          projectId: null,
          values: note.values,
          sources,
        };
      case 'lost-hyphen':
        return {
          id: `lost-hyphen-${documentId}-${note.line}-${slugify(note.values.written, 40)}`,
          kind: note.kind,
          severity: 'uncertainty',
          projectId: null,
          values: note.values,
          sources,
        };
      case 'theme-heading-variant': {
        const id = themeId(`plan-${note.values.planYear}`, note.values.order);
        return {
          id: `theme-heading-variant-${id}`,
          kind: note.kind,
          severity: 'discrepancy',
          projectId: null,
          values: { written: note.values.written, themeId: id },
          sources,
        };
      }
    }
  });
}
