import { withNamedOrganisations } from './namedOrganisations.ts';
import { existsSync } from 'node:fs';
import type { Dataset, Funding, Project, SourceDocument } from '../../src/data/schema.ts';
import { type SourceFs, type SourceText, nodeFs, readSource } from '../lib/document.ts';
import { canonicalSpelling } from '../lib/spelling.ts';
import { SourceError } from '../lib/errors.ts';
import type { ParseNote } from '../lib/notes.ts';
import { restoreLostHyphens } from '../lib/hyphens.ts';
import { parseMinutes } from '../parsers/minutes.ts';
import { parseNationalThemes } from '../parsers/presentation.ts';
import { parseProjectPlan } from '../parsers/projectPlan.ts';
import { parseReportPriorities } from '../parsers/activityReport.ts';
import { parseLasse } from '../parsers/lasse.ts';
import { parseMunicipalityCsv } from '../parsers/geoCsv.ts';
import {
  DOCUMENTS,
  DOCUMENT_TITLE_TRANSLATIONS,
  LOST_HYPHENS,
  MATRIX_SEPARATOR_FIXES,
  MUNICIPALITY_VARIANTS,
  PROVINCE_GROUPS,
  PROVINCES,
  type DocumentId,
} from '../curation.ts';
import { OrganisationRegistry, withTowns } from './organisations.ts';
import { documentSources } from './documents.ts';
import { buildThemes, restrictNationalThemes, type ThemeInput } from './themes.ts';
import {
  phraseTranslation,
  translateDetails,
  translateEvents,
  translateProgramme,
  translateMentions,
  translatePreviews,
  translateQuality,
} from './translations.ts';
import { summedTotals } from './totals.ts';
import {
  buildCooperationAreas,
  buildLasseModuleChoices,
  buildMunicipalities,
  buildProvinces,
  lasseParticipation,
  municipalityLookup,
} from './regions.ts';
import {
  applyContinuations,
  applyProjectNames,
  describedProject,
  ensureUniqueIds,
  linkAppendix2,
  mergeLaterProjects,
  projectFromRow,
  type ProjectContext,
} from './projects.ts';
import { lasseQuality, parseNotesQuality, planQuality } from './quality.ts';
import { buildDocumentFacts } from './facts.ts';
import { factQuality } from './factQuality.ts';

export interface BuildInputs {
  seedsDir: string;
  geoDir: string;
  /** File-system access for the documents; tests inject failures here. */
  fs?: SourceFs;
}

const GEO_FILE = 'municipalities-2013.csv';

/** Reads every source document and returns the dataset the app publishes. Throws SourceError on bad input. */
export function buildDataset({ seedsDir, geoDir, fs = nodeFs }: BuildInputs): Dataset {
  for (const [dir, variable] of [
    [seedsDir, 'SEEDS_DIR'],
    [geoDir, 'GEO_DIR'],
  ] as const) {
    if (!existsSync(dir))
      throw new SourceError(dir, null, `folder not found (set ${variable} to the folder of the source documents)`);
  }
  const docs = new Map<DocumentId, SourceText>();
  const hyphenNotes = new Map<DocumentId, ParseNote[]>();
  for (const d of DOCUMENTS) {
    const notes: ParseNote[] = [];
    const fixes = LOST_HYPHENS.filter((f) => f.document === d.id);
    docs.set(d.id, restoreLostHyphens(canonicalSpelling(readSource(seedsDir, d.file, fs)), fixes, notes));
    hyphenNotes.set(d.id, notes);
  }
  const doc = (id: DocumentId) => docs.get(id)!;
  const refs = parseMunicipalityCsv(readSource(geoDir, GEO_FILE, fs));

  const minutes = parseMinutes(doc('minutes-2008'), {
    familyProjectProvinces: PROVINCE_GROUPS.pohjalaismaakuntien!.provinces,
  });
  const national = parseNationalThemes(doc('stm-presentation'));
  const plan = parseProjectPlan(doc('vaasa-family-centre-plan'));
  const reportNotes: ParseNote[] = [];
  const priorities = parseReportPriorities(doc('pohjanmaa-report-2005-2006'), reportNotes);
  const lasse = parseLasse(doc('lasse-plan'), {
    refs,
    variants: Object.fromEntries(Object.entries(MUNICIPALITY_VARIANTS).map(([k, v]) => [k, v.name])),
    separatorFixes: MATRIX_SEPARATOR_FIXES.filter((f) => f.document === 'lasse-plan'),
    provinceNames: Object.keys(PROVINCES),
  });

  const themeInputs: ThemeInput[] = [
    ...national.map((t) => ({
      scheme: 'national' as const,
      order: t.order,
      name: t.name,
      source: { document: 'stm-presentation', lineStart: t.line, lineEnd: t.line },
      numbered: true,
    })),
    ...minutes.themes.map((t) => ({
      scheme: `plan-${t.year}` as const,
      order: t.order,
      name: t.name,
      source: { document: 'minutes-2008', lineStart: t.line, lineEnd: t.line },
      numbered: true,
    })),
    ...priorities.map((t) => ({
      scheme: 'pohjanmaa-2005-2006' as const,
      order: t.order,
      name: t.name,
      source: { document: 'pohjanmaa-report-2005-2006', lineStart: t.line, lineEnd: t.line },
      numbered: false,
    })),
  ];
  const themes = buildThemes(themeInputs);

  const participation = lasseParticipation(lasse, refs, 'lasse-plan');
  const municipalities = buildMunicipalities(refs, participation);
  const cooperationAreas = buildCooperationAreas(lasse, 'lasse-plan');
  const registry = new OrganisationRegistry(refs);
  const ctx: ProjectContext = { registry, municipalities };

  const funding: Funding = { costs: [], statedTotals: [], summedTotals: [], shares: [] };
  const projects: Project[] = minutes.rows.map((row) => {
    const project = projectFromRow(row, 'minutes-2008', doc('minutes-2008').file, ctx);
    if (row.cost) {
      funding.costs.push({
        projectId: project.id,
        planYear: project.planYear!,
        amountEur: row.cost.amountEur,
        source: {
          document: 'minutes-2008',
          lineStart: row.cost.line,
          lineEnd: row.cost.line,
          excerpt: row.cost.written,
        },
      });
    }
    return project;
  });
  projects.push(...mergeLaterProjects(projects, minutes, 'minutes-2008'));
  projects.push(
    describedProject(
      {
        name: plan.name,
        administratorRaw: plan.administratorRaw,
        administratorLine: plan.administratorLine,
        start: plan.start,
        end: plan.end,
        sources: [
          { document: 'vaasa-family-centre-plan', lineStart: plan.nameLine, lineEnd: plan.nameLine },
          { document: 'vaasa-family-centre-plan', lineStart: plan.administratorLine, lineEnd: plan.administratorLine },
          { document: 'vaasa-family-centre-plan', lineStart: plan.periodLine, lineEnd: plan.periodLine },
        ],
      },
      doc('vaasa-family-centre-plan').file,
      ctx,
    ),
  );
  projects.push(
    describedProject(
      {
        name: lasse.project.name,
        administratorRaw: lasse.project.administratorRaw,
        administratorLine: lasse.project.line,
        start: lasse.project.start,
        end: lasse.project.end,
        sources: [
          { document: 'lasse-plan', lineStart: lasse.project.nameLine, lineEnd: lasse.project.nameLine },
          {
            document: 'lasse-plan',
            lineStart: lasse.project.line,
            lineEnd: lasse.project.line,
            excerpt: lasse.project.excerpt,
          },
        ],
        provinceIds: [...new Set([...participation.values()].map((p) => p.provinceId))],
      },
      doc('lasse-plan').file,
      ctx,
    ),
  );

  if (lasse.shares) {
    const source = {
      document: 'lasse-plan',
      lineStart: lasse.shares.line,
      lineEnd: lasse.shares.line,
      excerpt: lasse.shares.excerpt,
    };
    const orgs = lasse.shares.items.map((s) => ({
      ...s,
      org: registry.resolve(s.organisation, doc('lasse-plan').file, lasse.shares!.line),
    }));
    const project = describedProject(
      {
        name: lasse.shares.projectName,
        administratorRaw: '',
        administratorLine: lasse.shares.line,
        start: null,
        end: null,
        sources: [source],
        provinceIds: [],
      },
      doc('lasse-plan').file,
      ctx,
    );
    project.provinceIds = [
      ...new Set(
        orgs
          .map((o) => municipalities.find((m) => m.code === o.org.municipalityCode)?.provinceId)
          .filter((p): p is string => !!p),
      ),
    ].sort();
    projects.push(project);
    funding.shares = orgs.map((o) => ({ projectId: project.id, organisationId: o.org.id, percent: o.percent, source }));
  }
  applyContinuations(projects);
  applyProjectNames(projects);
  ensureUniqueIds(projects);
  restrictNationalThemes(themes, projects);

  funding.statedTotals = minutes.totals.map((t) => ({
    planYear: t.year,
    projects: t.projects,
    administrators: t.administrators,
    amountEur: t.amountEur,
    source: { document: 'minutes-2008', lineStart: t.lineStart, lineEnd: t.lineEnd, excerpt: t.cells.join(' | ') },
  }));
  funding.summedTotals = summedTotals(projects, funding.costs);

  const { lassePlan, reading, ...facts } = buildDocumentFacts(doc, projects, { ...ctx, refs });
  linkAppendix2(facts.details, projects, minutes, 'minutes-2008');
  const quality = [
    ...planQuality(projects, funding),
    ...lasseQuality(lasse, municipalities, cooperationAreas, refs, 'lasse-plan', doc('lasse-plan').file),
    ...parseNotesQuality(minutes.notes, 'minutes-2008'),
    ...parseNotesQuality(reportNotes, 'pohjanmaa-report-2005-2006'),
    ...[...hyphenNotes].flatMap(([id, notes]) => parseNotesQuality(notes, id)),
  ];
  quality.push(
    ...factQuality({
      minutes,
      minutesDoc: doc('minutes-2008'),
      projects,
      themes,
      funding,
      lassePlan,
      reading,
      notes: quality,
    }),
  );
  // A retitled document is named by its new title, in its own language, until a translation is curated for it.
  const sources: SourceDocument[] = documentSources(doc, municipalityLookup(refs)).map((d) =>
    DOCUMENT_TITLE_TRANSLATIONS[d.title]
      ? { ...d, titleTranslation: phraseTranslation(d.title, DOCUMENT_TITLE_TRANSLATIONS) }
      : d,
  );

  const dataset = {
    projects,
    funding,
    themes,
    regions: {
      provinces: buildProvinces(lasse, 'lasse-plan', doc),
      cooperationAreas,
      municipalities,
      organisations: withTowns(registry.all()),
      lasseModuleChoices: buildLasseModuleChoices(lasse, refs, 'lasse-plan'),
    },
    sources,
    quality: translateQuality(quality),
    ...facts,
    details: translateDetails(facts.details),
    events: translateEvents(facts.events),
    programme: translateProgramme(facts.programme),
  };
  // After the events': a redated seminar names its event's translation first.
  return {
    ...dataset,
    sources: withNamedOrganisations(
      translateMentions(translatePreviews(sources), refs),
      doc,
      refs,
      dataset.regions.organisations,
    ),
  };
}
