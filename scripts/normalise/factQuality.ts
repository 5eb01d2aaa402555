import type { Funding, Project, QualityIssue, SourceRef, Theme } from '../../src/data/schema.ts';
import { type SourceText, lineAt } from '../lib/document.ts';
import { slugify, squash, stems } from '../lib/text.ts';
import type { MinutesData } from '../parsers/minutes.ts';
import type { LassePlanFacts } from '../parsers/lassePlan.ts';
import { readingsGivingCount, rowsMatchingGap } from './explain.ts';
import type { ReadingInput } from './facts.ts';
import { copiedRuns, disagreeingDates } from '../parsers/slideFacts.ts';
import { RECORDED_VARIANTS } from '../curation.ts';
import { SourceError } from '../lib/errors.ts';
import { findCuratedProject } from './projects.ts';

export interface FactQualityInput {
  minutes: MinutesData;
  minutesDoc: SourceText;
  projects: Project[];
  themes: Theme[];
  funding: Funding;
  lassePlan: LassePlanFacts;
  reading: ReadingInput;
  /** The notes already made, so an explanation can name the note it explains. */
  notes: QualityIssue[];
}

const M = 'minutes-2008';
const ref = (document: string, lineStart: number, lineEnd = lineStart): SourceRef => ({ document, lineStart, lineEnd });
const text = (src: SourceText, n: number) => squash(lineAt(src, n));

/** The heading line above a table row: the nearest line with text, skipping the empty cells of the heading row. */
function headingAbove(src: SourceText, line: number): number {
  let n = line - 1;
  while (n > 1 && !text(src, n)) n--;
  return n;
}

/** Theme order in the plan tables, placements, what the tables' introductions say. (Heading wording is parsers/minutes.ts's note.) */
function planNotes({ minutes, minutesDoc, projects, themes }: FactQualityInput): QualityIssue[] {
  const out: QualityIssue[] = [];
  for (const year of [...new Set(minutes.rows.map((r) => r.year))]) {
    const listed = minutes.themes.filter((t) => t.year === year);
    const rows = minutes.rows.filter((r) => r.year === year);
    const tableOrder = [...new Set(rows.map((r) => r.themeOrder))];
    if (tableOrder.some((o, i) => o !== [...tableOrder].sort((a, b) => a - b)[i])) {
      const first = Math.min(...listed.map((t) => t.line));
      const last = Math.max(...listed.map((t) => t.line));
      const headings = tableOrder.map((o) => headingAbove(minutesDoc, rows.find((r) => r.themeOrder === o)!.lineStart));
      out.push({
        id: `theme-order-${year}`,
        kind: 'plan-theme-order',
        severity: 'discrepancy',
        projectId: null,
        values: { planYear: year, tableOrder },
        sources: [ref(M, first, last), ...headings.map((h) => ref(M, h))],
      });
    }
    // The sentence just before the table ("Rahoitusta haetaan … seuraaviin kehittämishankkeisiin:").
    const firstRow = Math.min(...rows.map((r) => r.lineStart));
    let intro = headingAbove(minutesDoc, firstRow);
    while (intro > 1 && !/Rahoitusta haetaan/.test(text(minutesDoc, intro))) intro--;
    const sentence = text(minutesDoc, intro);
    if (/esimerkiksi/.test(sentence)) {
      out.push({
        id: `list-examples-${year}`,
        kind: 'plan-list-examples',
        severity: 'uncertainty',
        projectId: null,
        values: { planYear: year, written: sentence },
        sources: [ref(M, intro)],
      });
    } else if (/Rahoitusta haetaan/.test(sentence) && rows.some((r) => r.cost !== null)) {
      out.push({
        id: `amounts-applied-for-${year}`,
        kind: 'plan-amounts-applied-for',
        severity: 'uncertainty',
        projectId: null,
        values: { planYear: year, written: sentence },
        sources: [ref(M, intro)],
      });
    }
  }
  // A 2009 row that Liite 2 also describes, under a heading that shares nothing with the row's table theme.
  for (const p of projects.filter((x) => x.planYear === 2009 && x.themeId)) {
    const appendix = p.sources.find((s, i) => i > 0 && s.document === M);
    if (!appendix) continue;
    let n = appendix.lineStart - 1;
    while (n > 1 && !/^\p{Lu}{4,}[\p{Lu} ]*\(\d{4}[–-]\d{4}\)\s*$/u.test(text(minutesDoc, n))) n--;
    const heading = text(minutesDoc, n).replace(/\s*\(.*$/, '');
    const theme = themes.find((t) => t.id === p.themeId)!;
    const shared = [...stems(heading)].some((s) => stems(theme.name.fi).has(s));
    if (!shared) {
      out.push({
        id: `placement-${p.id}`,
        kind: 'project-placement',
        severity: 'discrepancy',
        projectId: p.id,
        values: { themeId: theme.id, appendixHeading: heading },
        sources: [p.sources[0]!, ref(M, n), appendix],
      });
    }
  }
  return out;
}

/** Possible explanations of the plan totals that differ from the rows. */
function explanations({ projects, funding, notes }: FactQualityInput): QualityIssue[] {
  const out: QualityIssue[] = [];
  for (const note of notes) {
    if (note.kind === 'plan-total-mismatch') {
      const { planYear, stated, summed } = note.values;
      const rows = funding.costs
        .filter((c) => c.planYear === planYear)
        .map((c) => ({ id: c.projectId, amount: c.amountEur }));
      rowsMatchingGap(rows, summed - stated).forEach((set, i) => {
        const costs = funding.costs.filter((c) => c.planYear === planYear && set.includes(c.projectId));
        out.push({
          id: `explanation-${note.id}-${i + 1}`,
          kind: 'explanation-gap-rows',
          severity: 'uncertainty',
          projectId: set.length === 1 ? set[0]! : null,
          values: {
            explains: note.id,
            planYear,
            gap: summed - stated,
            projectIds: set,
            projectNames: set.map((id) => projects.find((p) => p.id === id)!.name),
          },
          sources: [note.sources[0]!, ...costs.map((c) => c.source)],
        });
      });
    }
    if (note.kind === 'plan-administrator-count-mismatch') {
      const { planYear, stated } = note.values;
      const rows = projects.filter((p) => p.planYear === planYear);
      const cells = rows.map((p) => ({
        raw: p.administratorRaw,
        organisationIds: p.administrators.map((a) => a.organisationId),
      }));
      for (const reading of readingsGivingCount(cells, stated).matching) {
        const shaped = rows.filter((p) => p.administrators.length > 1);
        out.push({
          id: `explanation-${note.id}-${reading}`,
          kind: 'explanation-count-reading',
          severity: 'uncertainty',
          projectId: null,
          values: { explains: note.id, planYear, stated, reading },
          sources: [note.sources[0]!, ...shaped.map((p) => p.sources[0]!)],
        });
      }
    }
  }
  return out;
}

/** The LasSe plan's internal disagreements and lost figures. */
function lasseNotes({ lassePlan }: FactQualityInput): QualityIssue[] {
  const L = 'lasse-plan';
  const out: QualityIssue[] = [];
  const s = lassePlan.sizeClasses;
  if (s && s.small + s.medium + s.large !== s.total) {
    out.push({
      id: 'lasse-size-classes',
      kind: 'lasse-count-size-classes',
      severity: 'discrepancy',
      projectId: null,
      values: {
        stated: s.total,
        statedLater: s.totalLater,
        small: s.small,
        smallLater: s.smallLater,
        medium: s.medium,
        large: s.large,
      },
      sources: [ref(L, s.line)],
    });
  }
  const figure = (key: string) => lassePlan.figures.find((f) => f.key === key);
  const respondents = figure('survey-respondents');
  const base = figure('module-b-respondents-of');
  if (respondents && base && respondents.value !== base.value) {
    out.push({
      id: 'lasse-respondents',
      kind: 'lasse-count-respondents',
      severity: 'discrepancy',
      projectId: null,
      values: { respondents: respondents.value, base: base.value },
      sources: [ref(L, respondents.line), ref(L, base.line)],
    });
  }
  for (const lost of lassePlan.lost) {
    out.push({
      id: `lost-figure-${lost.what}`,
      kind: 'lost-figure',
      severity: 'gap',
      projectId: null,
      values: { what: lost.what, written: lost.excerpt },
      sources: [{ ...ref(L, lost.line), excerpt: lost.excerpt }],
    });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ways a document writes one name: the same letters in any case, with or without a space or hyphen between them
 * ("SONet BOTNIA", "SONetBOTNIA", "SoNet Botnia"). Forms in capitals only are headings or logos, not variants; a
 * match inside a word, an address or a file name is not the name.
 */
export function writtenForms(src: SourceText, name: string): Map<string, number[]> {
  const letters = [...name.replace(/[\s-]/g, '')].map(escape).join('[\\s-]?');
  const pattern = new RegExp(`(?<![\\p{L}/.@])${letters}`, 'giu');
  const forms = new Map<string, number[]>();
  src.lines.forEach((line, i) => {
    for (const m of squash(line).matchAll(pattern)) {
      if (m[0] === m[0].toUpperCase()) continue;
      forms.set(m[0], [...(forms.get(m[0]) ?? []), i + 1]);
    }
  });
  return forms;
}

/** Inside one document: one name spelt several ways, a staffing list that differs, slides that copy or re-date. */
function readingNotes({ reading }: FactQualityInput): QualityIssue[] {
  const out: QualityIssue[] = [];
  for (const { document, src } of reading.texts) {
    for (const name of reading.names) {
      const forms = [...writtenForms(src, name)].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
      if (forms.length < 2) continue;
      // The form the document uses most is the name; the others are its variants.
      const [[usual, usualLines], ...others] = forms as [[string, number[]], ...Array<[string, number[]]>];
      out.push({
        id: `spelling-${document}-${slugify(usual)}`,
        kind: 'name-spelling-variants',
        severity: 'uncertainty',
        projectId: null,
        values: { name: usual, written: others.map(([form]) => form) },
        sources: [ref(document, usualLines[0]!), ...others.map(([, lines]) => ref(document, lines[0]!))],
      });
    }
  }
  const plan = reading.vaasaPlan;
  const key = (role: string) => role.toLowerCase().replace(/-/g, '');
  const listed = plan.staff.filter((p) => p.ownStaff);
  if (plan.working && listed.length) {
    const working = plan.working.roles;
    const differs =
      listed.length !== working.length || listed.some((p) => !working.some((w) => key(w) === key(p.role)));
    if (differs)
      out.push({
        id: 'staffing-differs-vaasa-family-centre-plan',
        kind: 'plan-staffing-differs',
        severity: 'discrepancy',
        projectId: null,
        values: { listed: listed.map((p) => p.role), working },
        sources: [ref('vaasa-family-centre-plan', listed[0]!.line), ref('vaasa-family-centre-plan', plan.working.line)],
      });
  }
  const S = 'stm-presentation';
  for (const c of copiedRuns(reading.slides)) {
    // The run naming a place ("… Satakunnassa …") shows best what was copied; otherwise the longest.
    const quoted = c.runs.find((r) => r.some((w) => /^\p{Lu}\p{L}*-?\p{L}*(?:ssa|ssä)$/u.test(w))) ?? c.runs[0]!;
    out.push({
      id: `slide-copy-${c.slide.number}-${c.copiedSlide.number}`,
      kind: 'slide-copies-slide',
      severity: 'discrepancy',
      projectId: null,
      values: {
        slide: c.slide.number,
        copiedSlide: c.copiedSlide.number,
        sharedWords: c.runs.reduce((n, r) => n + r.length, 0),
        phrase: quoted.slice(0, 10).join(' '),
      },
      sources: [ref(S, c.slide.line), ref(S, c.copiedSlide.line)],
    });
  }
  for (const t of disagreeingDates(reading.slides)) {
    out.push({
      id: `slide-dates-${slugify(t.term)}`,
      kind: 'slide-dates-differ',
      severity: 'discrepancy',
      projectId: null,
      values: { term: t.term, slides: t.dates.map((d) => d.slide.number), written: t.dates.map((d) => d.written) },
      sources: t.dates.map((d) => ref(S, d.slide.line)),
    });
  }
  return out;
}

/** The curated variants (RECORDED_VARIANTS), each phrase at the first line its document writes it. */
function recordedVariants({ reading, projects }: FactQualityInput): QualityIssue[] {
  return RECORDED_VARIANTS.map((v) => {
    const sources = v.phrases.map(({ document, text: phrase }) => {
      const src = reading.documents(document);
      // As the parsers read: spaces squashed, any dash a hyphen with no space beside it, any case.
      const key = (t: string) =>
        squash(t)
          .replace(/\s*[-–]\s*/g, '-')
          .toLowerCase();
      const n = src.lines.findIndex((l) => key(l).includes(key(phrase))) + 1;
      if (n === 0)
        throw new SourceError(
          src.file,
          null,
          `no line writes "${phrase}", which RECORDED_VARIANTS["${v.id}"] in scripts/curation.ts records: update the phrase to the document's wording, or remove the entry`,
        );
      return { ...ref(document, n), excerpt: phrase };
    });
    const project = v.project && findCuratedProject(projects, v.project, `RECORDED_VARIANTS["${v.id}"]`);
    return {
      id: `variants-${v.id}`,
      kind: 'recorded-variants' as const,
      severity:
        v.variant === 'lost-dates'
          ? ('gap' as const)
          : v.variant === 'names' || v.variant === 'spellings' || v.variant === 'post-titles'
            ? ('uncertainty' as const)
            : ('discrepancy' as const),
      projectId: project ? project.id : null,
      values: { variant: v.variant, written: v.phrases.map((p) => p.text) },
      sources,
    };
  });
}

/** Discrepancies and caveats found by reading the documents beyond the tables, and possible explanations. */
export function factQuality(input: FactQualityInput): QualityIssue[] {
  return [
    ...planNotes(input),
    ...explanations(input),
    ...lasseNotes(input),
    ...readingNotes(input),
    ...recordedVariants(input),
  ];
}
