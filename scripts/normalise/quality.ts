import type { CooperationArea, Funding, Municipality, Project, QualityIssue, SourceRef } from '../../src/data/schema.ts';
import type { LasseData } from '../parsers/lasse.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { MATRIX_SEPARATOR_FIXES, MUNICIPALITY_VARIANTS } from '../curation.ts';

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

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
        kind: 'total-mismatch',
        severity: 'discrepancy',
        message: `Vuoden ${total.planYear} taulukon yhteensä-rivi ilmoittaa ${fmt(total.amountEur)} euroa, mutta ${costs.length} hankkeen kustannukset ovat yhteensä ${fmt(summed)} euroa (ero ${fmt(summed - total.amountEur)} euroa).`,
        projectId: null,
        stated: total.amountEur,
        found: summed,
        sources: [total.source, ...costs.map((c) => c.source)],
      });
    }
    if (total.projects !== null && total.projects !== rows.length) {
      out.push({
        id: `count-mismatch-${total.planYear}-projects`,
        kind: 'count-mismatch',
        severity: 'discrepancy',
        message: `Yhteensä-rivi ilmoittaa ${total.projects} hanketta, taulukossa on ${rows.length} hankeriviä.`,
        projectId: null,
        stated: total.projects,
        found: rows.length,
        sources: [total.source],
      });
    }
    const orgs = new Set(rows.flatMap((p) => p.administrators.map((a) => a.organisationId)));
    if (total.administrators !== null && total.administrators !== orgs.size) {
      out.push({
        id: `count-mismatch-${total.planYear}-administrators`,
        kind: 'count-mismatch',
        severity: 'discrepancy',
        message: `Yhteensä-rivi ilmoittaa ${total.administrators} eri hallinnoijaa, riveillä nimetään ${orgs.size} eri organisaatiota (${[...orgs].sort().join(', ')}).`,
        projectId: null,
        stated: total.administrators,
        found: orgs.size,
        sources: [total.source, ...rows.map((p) => p.sources[0]!)],
      });
    }
  }
  const costed = new Set(funding.costs.map((c) => `${c.projectId}/${c.planYear}`));
  const costYears = new Set(funding.costs.map((c) => c.planYear));
  for (const p of projects) {
    const source = p.sources[0]!;
    if (p.planYear !== null && costYears.has(p.planYear) && !costed.has(`${p.id}/${p.planYear}`)) {
      out.push({ id: `missing-cost-${p.id}`, kind: 'missing-cost', severity: 'gap', message: `Hankkeen "${p.name}" kustannussarake on tyhjä.`, projectId: p.id, stated: null, found: null, sources: [source] });
    }
    if (p.planYear === null) continue;
    if (p.administratorStatus === 'uncertain') {
      out.push({ id: `uncertain-administrator-${p.id}`, kind: 'uncertain-administrator', severity: 'uncertainty', message: `Hallinnoija on merkitty epävarmaksi: "${p.administratorRaw}".`, projectId: p.id, stated: p.administratorRaw, found: p.administrators.map((a) => a.name).join(', '), sources: [source] });
    } else if (p.administratorStatus === 'unknown') {
      out.push({ id: `unknown-administrator-${p.id}`, kind: 'unknown-administrator', severity: 'uncertainty', message: `Hallinnoijan kohdalla on vain kysymysmerkki.`, projectId: p.id, stated: p.administratorRaw, found: null, sources: [source] });
    } else if (p.administratorStatus === 'blank') {
      out.push({ id: `blank-administrator-${p.id}`, kind: 'blank-administrator', severity: 'gap', message: `Hallinnoijan kohta on tyhjä.`, projectId: p.id, stated: null, found: null, sources: [source] });
    }
  }
  for (const projectId of new Set(funding.shares.map((s) => s.projectId))) {
    const shares = funding.shares.filter((s) => s.projectId === projectId);
    const sum = shares.reduce((s, x) => s + x.percent, 0);
    if (sum !== 100) {
      out.push({ id: `total-mismatch-shares-${projectId}`, kind: 'total-mismatch', severity: 'discrepancy', message: `Organisaatioiden osuudet ovat yhteensä ${sum} %, eivät 100 %.`, projectId, stated: 100, found: sum, sources: [shares[0]!.source] });
    }
  }
  return out;
}

/** LasSe: the prose list against the matrix, stated counts against counted, duplicates and typos. */
export function lasseQuality(lasse: LasseData, municipalities: Municipality[], areas: CooperationArea[], refs: MunicipalityRef[], documentId: string): QualityIssue[] {
  const out: QualityIssue[] = [];
  const name = (code: string) => refs.find((r) => r.code === code)?.nameFi ?? code;
  const [mStart, mEnd] = lasse.matrixLines;
  const matrixRef: SourceRef = { document: documentId, lineStart: mStart, lineEnd: mEnd };
  const listRef: SourceRef = { document: documentId, lineStart: lasse.listLine, lineEnd: lasse.listLine };
  const inMatrix = new Set(lasse.matrix.flatMap((p) => [...p.areas.flatMap((a) => a.members), ...p.independent, ...p.later]));
  const inList = new Set(lasse.listed.map((l) => l.code));
  for (const code of [...inMatrix].filter((c) => !inList.has(c)).sort()) {
    out.push({ id: `list-disagreement-lasse-${code}`, kind: 'list-disagreement', severity: 'discrepancy', message: `${name(code)} on yhteistoiminta-aluematriisissa mutta ei luettelossa hankkeeseen osallistuvista kunnista.`, projectId: null, stated: null, found: name(code), sources: [listRef, matrixRef] });
  }
  for (const code of [...inList].filter((c) => !inMatrix.has(c)).sort()) {
    out.push({ id: `list-disagreement-lasse-${code}`, kind: 'list-disagreement', severity: 'discrepancy', message: `${name(code)} on osallistujaluettelossa mutta ei yhteistoiminta-aluematriisissa.`, projectId: null, stated: name(code), found: null, sources: [listRef, matrixRef] });
  }
  for (const d of lasse.duplicates) {
    out.push({ id: `duplicate-name-lasse-${d.code}`, kind: 'duplicate-name', severity: 'discrepancy', message: `${name(d.code)} ("${d.written}") mainitaan kahdesti saman maakunnan (${d.group}) osallistujaluettelossa.`, projectId: null, stated: d.written, found: name(d.code), sources: [{ document: documentId, lineStart: d.line, lineEnd: d.line }] });
  }
  const seenVariant = new Set<string>();
  for (const v of lasse.variantsUsed) {
    if (MUNICIPALITY_VARIANTS[v.written]?.kind !== 'typo' || seenVariant.has(v.written)) continue;
    seenVariant.add(v.written);
    out.push({ id: `spelling-variant-${v.code}`, kind: 'spelling-variant', severity: 'uncertainty', message: `Lähteessä kirjoitettu "${v.written}", luettu kunnaksi ${name(v.code)}.`, projectId: null, stated: v.written, found: name(v.code), sources: [{ document: documentId, lineStart: v.line, lineEnd: v.line }] });
  }
  for (const fix of MATRIX_SEPARATOR_FIXES.filter((f) => f.document === documentId)) {
    out.push({ id: `spelling-variant-separator-${fix.after.toLowerCase()}`, kind: 'spelling-variant', severity: 'uncertainty', message: `Matriisista puuttuu erotin kuntien ${fix.after} ja ${fix.before} väliltä; luettu samaan luetteloon. ${fix.reason}`, projectId: null, stated: `${fix.after} ${fix.before}`, found: `${fix.after}, ${fix.before}`, sources: [matrixRef] });
  }
  const participants = municipalities.filter((m) => m.lasse);
  const counted: Record<string, number> = {
    participants: participants.filter((m) => m.lasse!.joined === 2013).length,
    'participants-later': participants.length,
    'area-members': areas.filter((a) => a.validFrom <= 2013).reduce((s, a) => s + a.members.length, 0),
    'area-members-later': areas.reduce((s, a) => s + a.members.length, 0),
    areas: areas.filter((a) => a.validFrom <= 2013).length,
  };
  const labels: Record<string, string> = {
    participants: 'osallistuvia kuntia hankkeen alussa',
    'participants-later': 'osallistuvia kuntia vuodesta 2014',
    'area-members': 'yhteistoiminta-alueisiin kuuluvia hankekuntia',
    'area-members-later': 'yhteistoiminta-alueisiin kuuluvia hankekuntia vuodesta 2014',
    areas: 'yhteistoiminta-alueita',
    'province-participants': 'hankekuntia maakunnassa',
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
      id: `count-mismatch-lasse-${s.what}${s.province ? `-${s.province.toLowerCase().replace(/[^a-z]+/g, '-')}` : ''}-line-${s.line}`,
      kind: 'count-mismatch',
      severity: 'discrepancy',
      message: `Teksti "${s.excerpt}" ilmoittaa ${s.value} ${labels[s.what]}${s.province ? ` (${s.province})` : ''}; luetteloista laskettuna ${found}.`,
      projectId: null,
      stated: s.value,
      found,
      sources: [{ document: documentId, lineStart: s.line, lineEnd: s.line, excerpt: s.excerpt }],
    });
  }
  return out;
}
