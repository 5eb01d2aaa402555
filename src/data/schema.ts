import { z } from 'zod';
import type { DataFileName } from './fetchData';

// The site's Content-Security-Policy forbids eval; zod's JIT would probe for it (a CSP violation report on every
// load). Set before any schema below is built, because the choice is made at construction.
z.config({ jitless: true });

/**
 * The single definition of the published data shapes. The build (scripts/) validates with these
 * before it writes; the app validates what it fetches; scripts/json-schema.ts publishes them as
 * JSON Schema next to the data.
 */

export const LANGS = ['fi', 'sv', 'en'] as const;
export const Translated = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) });
export type Translated = z.infer<typeof Translated>;

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug');
const MunicipalityCode = z.string().regex(/^\d{3}$/, 'expected a 3-digit municipality code');
const Line = z.number().int().positive();

export const SourceRef = z
  .object({
    document: Slug,
    lineStart: Line,
    lineEnd: Line,
    /** The source text as extracted: a table row's cells joined by " | ", or the sentence quoted. */
    excerpt: z.string().optional(),
  })
  .refine((s) => s.lineEnd >= s.lineStart, { message: 'lineEnd before lineStart' });
export type SourceRef = z.infer<typeof SourceRef>;

export const Certainty = z.enum(['stated', 'uncertain']);
export const AdministratorStatus = z.enum(['stated', 'uncertain', 'unknown', 'blank']);
export type AdministratorStatus = z.infer<typeof AdministratorStatus>;

export const Administrator = z.object({
  name: z.string().min(1),
  organisationId: Slug,
  certainty: Certainty,
});
export type Administrator = z.infer<typeof Administrator>;

/** ISO date (YYYY-MM-DD) where the document gives a day, else a year (YYYY). */
const PeriodBound = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/);
export const Period = z.object({ start: PeriodBound, end: PeriodBound, source: SourceRef });

/** A year the minutes' Liite 1 has a plan for ("Vuonna 2008 …", "Vuoden 2009 osalta …"); 2008 and 2009 today. */
export const PlanYear = z.number().int().min(2000).max(2100);
export type PlanYear = z.infer<typeof PlanYear>;

export const Project = z.object({
  id: Slug,
  name: z.string().min(1),
  language: z.enum(['fi', 'sv']),
  /** The project's name in Swedish or English where one is in use (curated, scripts/curation.ts PROJECT_NAMES). */
  names: z.object({ sv: z.string().min(1).optional(), en: z.string().min(1).optional() }).optional(),
  /** The dashboard's rendering of a name with none in use, given beside it on the project's page (PROJECT_NAMES). */
  renderings: z.object({ sv: z.string().min(1).optional(), en: z.string().min(1).optional() }).optional(),
  /** The Swedish words of a name otherwise Finnish ("…: Välbefinnande och livskvalitet …"), marked lang="sv". */
  swedishPart: z.string().min(1).optional(),
  planYear: PlanYear.nullable(),
  themeId: Slug.nullable(),
  administrators: z.array(Administrator),
  administratorStatus: AdministratorStatus,
  /** The administrator cell exactly as written ("" for an empty cell). */
  administratorRaw: z.string(),
  period: Period.nullable(),
  provinceIds: z.array(Slug),
  continues: z.array(Slug),
  sources: z.array(SourceRef).min(1),
});
export type Project = z.infer<typeof Project>;
export const Projects = z.array(Project);

export const Cost = z.object({
  projectId: Slug,
  planYear: PlanYear,
  amountEur: z.number().int().nonnegative(),
  source: SourceRef,
});
export type Cost = z.infer<typeof Cost>;

export const StatedTotal = z.object({
  planYear: PlanYear,
  projects: z.number().int().nonnegative().nullable(),
  administrators: z.number().int().nonnegative().nullable(),
  amountEur: z.number().int().nonnegative().nullable(),
  source: SourceRef,
});
export type StatedTotal = z.infer<typeof StatedTotal>;

/** What a plan's rows add up to, computed by the build beside the plan's own total row. */
export const SummedTotal = z.object({
  planYear: PlanYear,
  projects: z.number().int().nonnegative(),
  /** Distinct organisations administering the year's projects (stated and uncertain). */
  administrators: z.number().int().nonnegative(),
  /** Sum of the costs the documents give for the year's projects; null where the plan gives no costs at all. */
  amountEur: z.number().int().nonnegative().nullable(),
  withoutCost: z.number().int().nonnegative(),
});
export type SummedTotal = z.infer<typeof SummedTotal>;

export const Share = z.object({
  projectId: Slug,
  organisationId: Slug,
  percent: z.number().min(0).max(100),
  source: SourceRef,
});
export type Share = z.infer<typeof Share>;

export const Funding = z.object({
  costs: z.array(Cost),
  statedTotals: z.array(StatedTotal),
  summedTotals: z.array(SummedTotal),
  shares: z.array(Share),
});
export type Funding = z.infer<typeof Funding>;

/**
 * A curated Swedish and English rendering of a Finnish phrase of a document (scripts/curation.ts); the field is
 * absent where none is curated, and the app then shows the Finnish marked lang="fi".
 */
export const PhraseTranslation = z.object({ sv: z.string().min(1).max(600), en: z.string().min(1).max(600) });
export type PhraseTranslation = z.infer<typeof PhraseTranslation>;

/** Theme lists: the national one, one per plan year ("plan-2008"), and the 2005–2006 report's priorities. */
export const ThemeScheme = z.union([
  z.enum(['national', 'pohjanmaa-2005-2006']),
  z.templateLiteral(['plan-', z.number().int()]),
]);
export type ThemeScheme = z.infer<typeof ThemeScheme>;

export const Theme = z.object({
  id: Slug,
  scheme: ThemeScheme,
  order: z.number().int().positive(),
  name: Translated,
  nationalThemeIds: z.array(Slug),
  /**
   * National themes that only some of the theme's projects work in (curated): national theme id → those projects'
   * ids. A national theme not named here takes every project of the theme.
   */
  nationalProjectIds: z.record(Slug, z.array(Slug)).optional(),
  /** Why the theme maps to those national themes (curated). */
  nationalMappingReason: z.string().nullable(),
  /** The same reason in fi, sv and en (the curated reason is written in English). */
  nationalMappingReasonText: Translated.optional(),
  /** For a 2009 theme: the 2008 priority areas it continues (curated); for others empty. */
  predecessorIds: z.array(Slug),
  predecessorReason: z.string().nullable(),
  predecessorReasonText: Translated.optional(),
  source: SourceRef,
});
export type Theme = z.infer<typeof Theme>;
export const Themes = z.array(Theme);

export const OrganisationType = z.enum([
  'municipality',
  'hospital-district',
  'joint-authority',
  'competence-centre',
  'state-agency',
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

export const Province = z.object({
  id: Slug,
  code: z.string().regex(/^\d{2}$/),
  name: Translated,
  /** The regional social-welfare competence centre serving it (null outside Väli-Suomi). */
  competenceCentre: z.string().nullable(),
  /** Where a document names the centre; null where it is curated (scripts/curation.ts) or unknown. */
  competenceCentreSource: SourceRef.nullable(),
  /** One of the six provinces the dashboard covers (false: a LasSe participant's home province). */
  core: z.boolean(),
  /** LasSe modules the plan's module matrix marks for the province (empty where the matrix has no row for it). */
  lasseModules: z.array(z.enum(['A', 'B', 'C'])),
});
export type Province = z.infer<typeof Province>;

export const CooperationArea = z.object({
  id: Slug,
  /** As the source writes it. */
  name: z.string().min(1),
  /** The name in each language (curated; English keeps the Finnish name where there is no established one). */
  names: Translated,
  provinceId: Slug,
  members: z.array(MunicipalityCode).min(1),
  validFrom: z.number().int(),
  source: SourceRef,
});
export type CooperationArea = z.infer<typeof CooperationArea>;

export const Municipality = z.object({
  code: MunicipalityCode,
  /** `en` only where English uses another name than the Finnish (a Swedish-majority municipality's). */
  name: z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1).optional() }),
  provinceId: Slug,
  lon: z.number().min(19).max(32),
  lat: z.number().min(59).max(71),
  /** Axial cell of the equal-hexagon tile map, laid out once by the build (src/data/tileLayout.ts). */
  tile: z.object({ q: z.number().int(), r: z.number().int() }),
  lasse: z
    .object({ joined: z.union([z.literal(2013), z.literal(2014)]), provinceId: Slug, source: SourceRef })
    .nullable(),
});
export type Municipality = z.infer<typeof Municipality>;

export const Organisation = z.object({
  id: Slug,
  /** As the source writes it (the first spelling met). */
  name: z.string().min(1),
  /** The short name the dashboard shows in each language: a municipality's Finnish or Swedish name, a curated one otherwise. */
  names: Translated,
  fullName: Translated,
  type: OrganisationType,
  /** A municipality that is a town (kaupunki, stad): a page calls it a city (curated, scripts/curation.ts TOWNS). */
  town: z.literal(true).optional(),
  municipalityCode: MunicipalityCode,
  /** Spellings met in the documents that name this organisation. */
  aliases: z.array(z.string()),
  /** The curated Swedish and English of a spelling that names an office (scripts/curation.ts MUNICIPALITY_ALIASES). */
  aliasTranslations: z.record(z.string(), PhraseTranslation).optional(),
});
export type Organisation = z.infer<typeof Organisation>;

/** A row of the LasSe plan's module matrix: a province or a municipality, as written, and the modules it marks. */
export const LasseModuleChoice = z.object({
  written: z.string().min(1),
  provinceId: Slug,
  /** Set when the row names a municipality ("Tampere (1/5 mukana hankkeessa)"). */
  municipalityCode: MunicipalityCode.nullable(),
  modules: z.array(z.enum(['A', 'B', 'C'])).min(1),
  source: SourceRef,
});
export type LasseModuleChoice = z.infer<typeof LasseModuleChoice>;

export const Regions = z.object({
  provinces: z.array(Province),
  cooperationAreas: z.array(CooperationArea),
  municipalities: z.array(Municipality),
  organisations: z.array(Organisation),
  lasseModuleChoices: z.array(LasseModuleChoice),
});
export type Regions = z.infer<typeof Regions>;

const Count = z.number().int().nonnegative();
const Euros = z.number().int();
const Written = z.string();

const QualityBase = z.object({
  id: Slug,
  severity: z.enum(['discrepancy', 'uncertainty', 'gap']),
  projectId: Slug.nullable(),
  sources: z.array(SourceRef).min(1),
  /** The curated Swedish and English of the Finnish sentence or heading the note quotes (`written`, a heading). */
  writtenTranslation: PhraseTranslation.optional(),
  /** The curated Swedish and English of each further Finnish phrase the note quotes (a list of names, titles). */
  quoteTranslations: z.record(z.string(), PhraseTranslation).optional(),
});

/**
 * One kind of note with the facts it carries: numbers, ids (municipality codes, province, organisation and theme
 * ids) and names as the source writes them. No sentence: src/i18n/qualityText.ts renders each kind in fi, sv, en.
 */
const note = <K extends string, V extends z.ZodRawShape>(kind: K, values: V) =>
  QualityBase.extend({ kind: z.literal(kind), values: z.strictObject(values) });

const LasseCount = { stated: Count, counted: Count };

/** What the transcript of the LasSe plan lost, by the words left around the gap. */
export const LostFigure = z.enum([
  'total-budget',
  'state-grant-share',
  'programme-period',
  'population-threshold',
  'work-share',
  'start-date',
  'budget-amounts',
  'survey-dates',
  'coordinator-periods',
  'steering-group-first-meeting',
  'joining-date',
  'seminar-date',
  'plan-period',
  'area-count-later',
  'medium-size-range',
  'large-size-threshold',
  'coordinator-work-share',
  'coordinator-start-dates',
  'billing-dates',
  'payer-year',
  'evaluation-months',
  'preparation-start',
  'work-meeting-dates',
  'report-planning-dates',
]);
export type LostFigure = z.infer<typeof LostFigure>;
export const AdministratorReading = z.enum([
  'each-organisation',
  'first-named',
  'cells-as-written',
  'comma-list-as-one',
  'ja-pair-as-one',
]);
export type AdministratorReading = z.infer<typeof AdministratorReading>;

/** Notes from reading the documents beyond the tables. */
const FACT_NOTES = [
  /** A table lists its themes in another order than the numbered list (`tableOrder`: list numbers in table order). */
  note('plan-theme-order', { planYear: PlanYear, tableOrder: z.array(Count) }),
  /** A project sits under one theme in the plan table and under another heading in an appendix. */
  note('project-placement', { themeId: Slug, appendixHeading: Written }),
  /** The plan's amounts are amounts applied for, not granted (the sentence introducing the table). */
  note('plan-amounts-applied-for', { planYear: PlanYear, written: Written }),
  /** The plan introduces its list as examples ("esimerkiksi"), not as a complete list. */
  note('plan-list-examples', { planYear: PlanYear, written: Written }),
  /** LasSe: the small, medium and large municipalities add up to another count than the stated total. */
  note('lasse-count-size-classes', {
    stated: Count,
    statedLater: Count.nullable(),
    small: Count,
    /** The count of small municipalities the same line gives in parentheses for later ("10 (11)"). */
    smallLater: Count.nullable(),
    medium: Count,
    large: Count,
  }),
  /** LasSe: the survey's respondents in one place and the base of a share elsewhere differ. */
  note('lasse-count-respondents', { respondents: Count, base: Count }),
  /** A number or date the transcript lost: the words around it remain. */
  note('lost-figure', { what: LostFigure, written: Written }),
  /** A possible explanation of a total's gap: these rows' costs add up to it exactly (never applied). */
  note('explanation-gap-rows', {
    explains: Slug,
    planYear: PlanYear,
    gap: Euros,
    projectIds: z.array(Slug).min(1),
    projectNames: z.array(Written).min(1),
  }),
  /** A possible explanation of a stated count: this reading of the administrator cells gives it (never applied). */
  note('explanation-count-reading', {
    explains: Slug,
    planYear: PlanYear,
    stated: Count,
    reading: AdministratorReading,
  }),
] as const;

/** Discrepancies inside one document found by a close reading. */
const READING_NOTES = [
  /** A plan lists posts in one place and names fewer (or other) staff working in the project elsewhere. */
  note('plan-staffing-differs', { listed: z.array(Written).min(1), working: z.array(Written).min(1) }),
  /** One name written in several ways in the same document (`written`: the forms other than `name`). */
  note('name-spelling-variants', { name: Written, written: z.array(Written).min(1) }),
  /** A slide repeats a run of another slide's text word for word. */
  note('slide-copies-slide', { slide: Count, copiedSlide: Count, sharedWords: Count, phrase: Written }),
  /**
   * What the documents write in several ways without saying so (curated in RECORDED_VARIANTS): names that may mean
   * one project or school, one post under two titles, a project both inside and outside another, an area written
   * differently, a matrix against its own text, one name spelt two ways, dates no calendar has or with digits lost,
   * places where a date is lost. `written`: the phrases, in the order of the sources.
   */
  note('recorded-variants', {
    variant: z.enum([
      'names',
      'spellings',
      'post-titles',
      'inside-and-outside',
      'area',
      'module-matrix',
      'garbled-dates',
      'lost-dates',
    ]),
    written: z.array(Written).min(2),
  }),
  /** Two slides date the same item differently (`written`: each slide's date as written, in slide order). */
  note('slide-dates-differ', { term: Written, slides: z.array(Count).min(2), written: z.array(Written).min(2) }),
] as const;

export const QualityIssue = z.discriminatedUnion('kind', [
  /** A plan table's total row states another sum than its rows' costs add up to. */
  note('plan-total-mismatch', { planYear: PlanYear, stated: Euros, summed: Euros, costedRows: Count }),
  note('plan-project-count-mismatch', { planYear: PlanYear, stated: Count, counted: Count }),
  note('plan-administrator-count-mismatch', {
    planYear: PlanYear,
    stated: Count,
    counted: Count,
    organisationIds: z.array(Slug),
  }),
  /** A project's cost cell is empty in a table that has costs. */
  note('missing-cost', { planYear: PlanYear }),
  note('uncertain-administrator', { written: Written, organisationIds: z.array(Slug) }),
  note('unknown-administrator', { written: Written }),
  note('blank-administrator', {}),
  /** Organisation shares of one project that do not add up to 100 %. */
  note('share-total-mismatch', { percentSum: z.number() }),
  note('lasse-in-matrix-not-list', { municipality: MunicipalityCode }),
  note('lasse-in-list-not-matrix', { municipality: MunicipalityCode }),
  note('lasse-duplicate-name', { municipality: MunicipalityCode, written: Written, provinceId: Slug }),
  /** A municipality name written with a typo, read as the municipality (curated). */
  note('municipality-spelling-variant', { municipality: MunicipalityCode, written: Written }),
  /** A list lost the separator between two municipality names (curated). */
  note('matrix-missing-separator', { written: Written, first: MunicipalityCode, second: MunicipalityCode }),
  note('lasse-count-participants', LasseCount),
  note('lasse-count-participants-later', LasseCount),
  note('lasse-count-area-members', LasseCount),
  note('lasse-count-area-members-later', LasseCount),
  note('lasse-count-areas', LasseCount),
  note('lasse-count-province-participants', { ...LasseCount, provinceId: Slug }),
  ...FACT_NOTES,
  ...READING_NOTES,
  /** A page-break artefact ("Sivu 3 (12)") inside a table or a list: skipped, as it belongs to neither. */
  note('page-break-line', { written: Written }),
  /** A compound-ellipsis hyphen the transcript lost ("hyvinvointija"), restored (`read`: "hyvinvointi- ja"; curated). */
  note('lost-hyphen', { written: Written, read: Written }),
  /** A theme heading inside a table worded differently from the numbered list above it, read as that theme. */
  note('theme-heading-variant', { written: Written, themeId: Slug }),
]);
export type QualityIssue = z.infer<typeof QualityIssue>;
export type QualityKind = QualityIssue['kind'];
export const Quality = z.array(QualityIssue);

/**
 * What the documents say beyond the plan tables. Every value is a fact a document states — a
 * title, a number, a date, or a short phrase the document itself uses as a heading or list item — with the
 * lines it stands on. No paragraphs, no contact details, no names of private persons.
 */

/** A date as precise as the document gives it: a year, a month, or a day. */
export const DateBound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type DateBound = z.infer<typeof DateBound>;

/**
 * An event's date as precise as the document gives it, or a day or month it writes without its year ("12.3.",
 * "helmikuu") in ISO 8601's form without one: --MM-DD or --MM. No year is supplied: the pages show such a date as
 * written and do not place it on a year axis.
 */
export const EventDate = z
  .string()
  .regex(
    /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD (or --MM, --MM-DD where a document gives no year)',
  );
export type EventDate = z.infer<typeof EventDate>;

/**
 * A short phrase (heading, list item, goal, method) as the document writes it. The cap keeps paragraphs out; the
 * longest list item the documents have (the Vaasa plan's first method) is about 320 characters.
 */
export const Fact = z.object({
  text: z.string().min(1).max(400),
  translation: PhraseTranslation.optional(),
  source: SourceRef,
});
export type Fact = z.infer<typeof Fact>;

/** A number a document states; `key` says what it counts (documented in the README's data table). */
export const Figure = z.object({
  key: Slug,
  value: z.number().nonnegative(),
  unit: z.enum(['count', 'percent', 'eur', 'persons']),
  /** The upper end where the document gives a range ("2-4 krt vuodessa": value 2, upTo 4). */
  upTo: z.number().nonnegative().optional(),
  /** The words around the number, as written (short). */
  label: z.string().min(1).max(200),
  labelTranslation: PhraseTranslation.optional(),
  /** What the number counts, in each language (curated per key): the words around it may name other numbers too. */
  what: Translated.optional(),
  source: SourceRef,
});
export type Figure = z.infer<typeof Figure>;

/** What a name a document mentions in passing is (sources.json `mentions`). */
export const MentionKind = z.enum([
  'organisation',
  'project',
  'programme',
  'document',
  'website',
  'law',
  'model',
  'heading',
  'item',
]);
export type MentionKind = z.infer<typeof MentionKind>;

/**
 * A name, heading or short list item a document's own text gives that no other table of the data holds (a body, a
 * project, a report it cites, a website, an act, a slide's heading or list item), as written, with the date or
 * period and the places the same phrase gives it and the heading or list it stands under.
 */
export const Mention = z.object({
  name: z.string().min(1).max(200),
  translation: PhraseTranslation.optional(),
  kind: MentionKind,
  /** The heading, list or phrase it stands under, as written ("Perhekeskusratkaisut kunnissa"); null: none. */
  under: z.string().min(1).max(200).nullable(),
  underTranslation: PhraseTranslation.optional(),
  /** A date or period the phrase gives it, as precise as written (--MM-DD without a year). */
  start: EventDate.nullable(),
  end: EventDate.nullable(),
  /** Places the phrase names for it, as written ("Hfors", "Jkylä"). */
  places: z.array(z.string().min(1)),
  /** The Swedish and English names of those places, by the name as written (municipalities' names, else curated). */
  placeNames: z.record(z.string(), PhraseTranslation).optional(),
  source: SourceRef,
});
export type Mention = z.infer<typeof Mention>;

/** What kind of document a preview's own words say it is ("loppuraportti", "-opas", "seminaari", "pro gradu"). */
export const PreviewKind = z.enum([
  'report',
  'plan',
  'guide',
  'seminar',
  'thesis',
  'minutes',
  'meeting',
  'newsletter',
  'regulation',
]);
export type PreviewKind = z.infer<typeof PreviewKind>;

/**
 * What a preview's text line (or title) says of the previewed document, read only where the words say what a date
 * dates: `dated` (a report's date after its name and period, a thesis's month), `period` (the period after the
 * title's own words or a report's name), `board` (a board's meeting with its decision's section number), `approved`
 * ("hyväksytty" in a body, on a date),
 * `updated` ("päivitetty"), `met` (a minutes' meeting time, "PÖYTÄKIRJA … Aika:"), `issuer` (the cover's
 * organisation line before its contents), `municipalities` (a list line of municipality names).
 */
export const PreviewStatedFact = z.enum([
  'dated',
  'period',
  'board',
  'approved',
  'updated',
  'met',
  'issuer',
  'municipalities',
]);
export type PreviewStatedFact = z.infer<typeof PreviewStatedFact>;

export const PreviewStated = z.object({
  fact: PreviewStatedFact,
  start: EventDate.nullable(),
  end: EventDate.nullable(),
  /** The body or organisation as written in its basic form ("Perusturvalautakunta", "Tampereen kaupunki"). */
  name: z.string().min(1).nullable(),
  nameTranslation: PhraseTranslation.optional(),
  /** A section number the line gives with a board's date ("105"). */
  section: z.string().nullable(),
  /** Municipalities by their Finnish names, with the Swedish and English names. */
  places: z.array(z.string().min(1)),
  placeNames: z.record(z.string(), PhraseTranslation).optional(),
  /** The line it is read from: the title line or the text line. */
  source: SourceRef,
});
export type PreviewStated = z.infer<typeof PreviewStated>;

/**
 * Another document a document previews after its own text ("Lisätiedot": a title and its first lines): the title as
 * written without private persons' names or contact details, and what its words state.
 */
export const Preview = z.object({
  title: z.string().min(1),
  titleTranslation: PhraseTranslation.optional(),
  kind: PreviewKind.nullable(),
  /** The first date or period the title gives, else its series number's year. */
  start: EventDate.nullable(),
  end: EventDate.nullable(),
  /** A publication series with its number as written ("Sosiaali- ja terveysministeriön selvityksiä 2008:6"). */
  series: z.string().nullable(),
  seriesTranslation: PhraseTranslation.optional(),
  organisation: z.string().nullable(),
  organisationTranslation: PhraseTranslation.optional(),
  /** Places the title writes before a date ("Helsinki 8.3."). */
  places: z.array(z.string()),
  /** The Swedish and English names of those places, by the name as written (curated). */
  placeNames: z.record(z.string(), PhraseTranslation).optional(),
  /** What the text line (or the title beyond its first date) states, each with its line. */
  stated: z.array(PreviewStated).optional(),
  /** The title line and the preview's text line. */
  source: SourceRef,
});
export type Preview = z.infer<typeof Preview>;

/** The role in which a document names an organisation, or a network, programme or fund standing for one. */
export const NamedRole = z.enum([
  'partner',
  'co-organiser',
  'organiser',
  'funding',
  'programme',
  'member',
  'chair',
  'vice-chair',
  'research-partner',
  'host',
  'authority',
  'support',
  'visitor',
]);
export type NamedRole = z.infer<typeof NamedRole>;

/**
 * An organisation (or a network, programme or fund) a document names in a role, in its basic form as written: a
 * partner, a funding source, a body's member, a host. `context` is what it is named in (a body, a piece of work) as
 * the document words it; null where it is the document's own work. No person's name.
 */
export const NamedOrganisation = z.object({
  name: z.string().min(1).max(200),
  /** A name not written in Finnish: Swedish, or an abbreviation or network name in no one language (curated). */
  language: z.enum(['sv', 'none']).optional(),
  translation: PhraseTranslation.optional(),
  role: NamedRole,
  context: z.string().min(1).max(200).nullable(),
  contextTranslation: PhraseTranslation.optional(),
  /** The years or months the document gives for the role, where it gives any. */
  start: DateBound.optional(),
  end: DateBound.optional(),
  /** The same organisation in regions.json, where it is there. */
  organisationId: Slug.nullable(),
  source: SourceRef,
});
export type NamedOrganisation = z.infer<typeof NamedOrganisation>;

export const SourceDocument = z.object({
  id: Slug,
  file: z.string().min(1),
  title: z.string().min(1),
  titleTranslation: PhraseTranslation.optional(),
  /** The document's lines the title is read from (its title line, or the minutes' appendix headings). */
  titleLines: z.array(Line).min(1),
  date: z.string().min(1),
  kind: z.enum(['minutes', 'presentation', 'project-plan', 'activity-report', 'action-plan']),
  lineCount: z.number().int().positive(),
  /** Size and SHA-256 of the file the build read (optional: data built before these were recorded has none). */
  bytes: z.number().int().positive().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** The other documents it previews after its own text, in their order (scripts/parsers/previews.ts). */
  previews: z.array(Preview).optional(),
  /** Names, headings and list items its text gives that no other table holds, in the order of their lines. */
  mentions: z.array(Mention).optional(),
  /** Numbers its text states that no project's or the report's figures hold. */
  figures: z.array(Figure).optional(),
  /** The organisations it names in a role, in the order it names them (scripts/normalise/documents.ts). */
  organisations: z.array(NamedOrganisation).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
export const Sources = z.array(SourceDocument);

export const NationalGoal = z.object({
  order: z.number().int().positive(),
  name: z.string().min(1),
  translation: PhraseTranslation.optional(),
  indicatorCount: z.number().int().positive(),
  source: SourceRef,
});
export type NationalGoal = z.infer<typeof NationalGoal>;
export const NationalMeans = z.object({
  order: z.number().int().positive(),
  name: z.string().min(1),
  translation: PhraseTranslation.optional(),
  source: SourceRef,
});
export type NationalMeans = z.infer<typeof NationalMeans>;

/** One of the five Kaste regions as the ministry's slides name them. */
export const KasteRegion = z.object({
  id: Slug,
  name: z.string().min(1),
  translation: PhraseTranslation.optional(),
  source: SourceRef,
});
export type KasteRegion = z.infer<typeof KasteRegion>;

/** A child-and-family Kaste project of a region, from the ministry's slides. */
export const RegionalProject = z.object({
  id: Slug,
  name: z.string().min(1),
  /** The dashboard's rendering of the name, for a Swedish or English reader. */
  translation: PhraseTranslation.optional(),
  regionId: Slug,
  /** "Valtionavustuspäätös" (a state-grant decision) or "Valtionavustushakemus" (still an application). */
  grantStatus: z.enum(['decision', 'application']),
  /** Projects in projects.json that share a name with this one but are different projects. */
  notSameAs: z.array(Slug),
  /** The period a slide or teaser of the same document gives the project, where one does. */
  period: z.object({ start: DateBound, end: DateBound, source: SourceRef }).optional(),
  /** The areas a slide names for the project, as written ("Oulunseutu"). */
  areas: z.array(z.string().min(1)).optional(),
  /** The areas, joined with ", ", in Swedish and English. */
  areasTranslation: PhraseTranslation.optional(),
  /**
   * Its sub-projects and continuation projects the teasers title with its name, each with the period the title
   * gives: "TUKEVA. Oulunkaaren osahankkeen loppuraportti 1.1.2009-31.10.2010", "TUKEVA 2 (JATKOHANKE) 2010-2012".
   */
  parts: z
    .array(
      z.object({
        name: z.string().min(1),
        translation: PhraseTranslation.optional(),
        relation: z.enum(['sub-project', 'successor']),
        start: DateBound,
        end: DateBound,
        source: SourceRef,
      }),
    )
    .optional(),
  sources: z.array(SourceRef).min(1),
});
export type RegionalProject = z.infer<typeof RegionalProject>;

/** A priority of Väli-Suomi's own child-and-family project and the provinces the slide names for it. */
export const RegionalPriority = z.object({
  name: z.string().min(1),
  translation: PhraseTranslation.optional(),
  provinceIds: z.array(Slug),
  /** The slide says "in all provinces" instead of naming them. */
  allProvinces: z.boolean(),
  source: SourceRef,
});
export type RegionalPriority = z.infer<typeof RegionalPriority>;

export const ProgrammePhase = z.object({
  id: Slug,
  name: z.string().min(1),
  start: DateBound,
  end: DateBound,
  source: SourceRef,
});
export type ProgrammePhase = z.infer<typeof ProgrammePhase>;

export const Programme = z.object({
  goals: z.array(NationalGoal),
  means: z.array(NationalMeans),
  regions: z.array(KasteRegion),
  regionalProjects: z.array(RegionalProject),
  /** Väli-Suomi's child-and-family project (a regionalProjects entry) and its priorities by province. */
  ownProjectId: Slug.nullable(),
  ownPriorities: z.array(RegionalPriority),
  phases: z.array(ProgrammePhase),
});
export type Programme = z.infer<typeof Programme>;

export const EventKind = z.enum([
  'meeting',
  'seminar',
  'evaluation',
  'application-round',
  'decision',
  'survey',
  'report',
  'training',
  'recruitment',
]);
export type EventKind = z.infer<typeof EventKind>;

/** A dated happening a document names: a meeting, seminar, evaluation, application round, decision. */
export const Event = z.object({
  id: Slug,
  kind: EventKind,
  title: z.string().min(1),
  titleTranslation: PhraseTranslation.optional(),
  /** Without a year (--MM-DD, --MM) where the document gives none; start and end then both lack it. */
  start: EventDate,
  end: EventDate.nullable(),
  place: z.string().nullable(),
  placeTranslation: PhraseTranslation.optional(),
  /** The clock time as written ("12.30–13.30"), where the line gives one. */
  time: z.string().min(1).optional(),
  /** The project it belongs to (projects.json), if any. */
  projectId: Slug.nullable(),
  source: SourceRef,
});
export type Event = z.infer<typeof Event>;
export const Events = z.array(Event);

/** A phase of a project with the tasks the plan lists for it. */
export const Phase = z.object({
  label: z.string().min(1),
  labelTranslation: PhraseTranslation.optional(),
  /** The part of the project the schedule belongs to, as the plan heads it ("B-moduuli"); absent: the whole project. */
  scope: z.string().min(1).optional(),
  scopeTranslation: PhraseTranslation.optional(),
  start: DateBound,
  end: DateBound,
  tasks: z.array(Fact),
  source: SourceRef,
});
export type Phase = z.infer<typeof Phase>;

/** A post in a project: what it is, how many, who employs it, whether it is new. */
export const Post = z.object({
  role: z.string().min(1),
  roleTranslation: PhraseTranslation.optional(),
  count: z.number().int().positive().nullable(),
  /** true: a new post; false: the organisation's own existing staff; null: not said. */
  newPost: z.boolean().nullable(),
  /** Employer as the document names it, and its organisation id where regions.json has it. */
  employer: z.string().nullable(),
  employerTranslation: PhraseTranslation.optional(),
  employerOrganisationId: Slug.nullable(),
  /** Where the post is based: a municipality's Finnish name, and its Swedish and English names. */
  location: z.string().nullable(),
  locationTranslation: PhraseTranslation.optional(),
  /** How much of their time the plan says the post's holders work in the project, as written ("osa-aikaisesti"). */
  workShare: Fact.optional(),
  source: SourceRef,
});
export type Post = z.infer<typeof Post>;

/** A project the documents name outside the plan tables: a predecessor, successor or related project. */
export const LinkedProject = z.object({
  name: z.string().min(1),
  /** The dashboard's rendering of a name that is not a project of projects.json. */
  translation: PhraseTranslation.optional(),
  relation: z.enum(['predecessor', 'successor', 'related']),
  start: DateBound.nullable(),
  end: DateBound.nullable(),
  /** The same project in projects.json, when it is there. */
  projectId: Slug.nullable(),
  source: SourceRef,
});
export type LinkedProject = z.infer<typeof LinkedProject>;

/** A body's decision a plan cites as its basis. */
export const Decision = z.object({
  body: z.string().min(1),
  bodyTranslation: PhraseTranslation.optional(),
  date: DateBound,
  reference: z.string().nullable(),
  source: SourceRef,
});
export type Decision = z.infer<typeof Decision>;

/** A statement elsewhere in a document that qualifies a project (e.g. a partner withdrawing). */
export const Statement = z.object({
  kind: z.enum([
    'withdrawal',
    'period-from-title',
    'period-from-other-title',
    'provinces-from-title',
    'provinces-from-predecessor',
  ]),
  /** The short phrase the statement turns on, as written. */
  text: z.string().min(1).max(300),
  /** Its curated Swedish and English, beside the quote; a phrase (not a name) of two words or more must have one. */
  translation: PhraseTranslation.optional(),
  source: SourceRef,
});
export type Statement = z.infer<typeof Statement>;

/**
 * Releases up to 00405b784c67 called `locations` `basedOn`; all it held were the Vaasa plan's day-care districts, so
 * an older release's entries are read as the locations they are.
 */
function locationsOnceBasedOn(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('basedOn' in value) || 'locations' in value) return value;
  const { basedOn, ...rest } = value as Record<string, unknown>;
  return { ...rest, locations: basedOn };
}

/** Everything the documents say about one project of projects.json beyond name, administrator and cost. */
const ProjectDetailFields = z.object({
  projectId: Slug,
  goals: z.array(Fact),
  targetGroup: z.array(Fact),
  ages: z
    .object({ from: z.number().int().nonnegative(), to: z.number().int().positive(), source: SourceRef })
    .nullable(),
  methods: z.array(Fact),
  /** Where the project works: the places a plan names (the open day-care centres of a district). */
  locations: z.array(Fact),
  results: z.array(Fact),
  phases: z.array(Phase),
  staffing: z.array(Post),
  figures: z.array(Figure),
  /** How costs are split: shares of the budget per organisation (percent null where the figure was lost). */
  financing: z.array(
    z.object({
      organisation: z.string().min(1),
      organisationTranslation: PhraseTranslation.optional(),
      organisationId: Slug.nullable(),
      what: z.string().min(1),
      whatTranslation: PhraseTranslation.optional(),
      percent: z.number().min(0).max(100).nullable(),
      source: SourceRef,
    }),
  ),
  linked: z.array(LinkedProject),
  decisions: z.array(Decision),
  statements: z.array(Statement),
  /** The acts a plan names as its legal basis, as written ("lastensuojelulaki 417/2007, 26 ja 27"). */
  legalBasis: z.array(Fact).optional(),
});
export const ProjectDetail = z.preprocess(locationsOnceBasedOn, ProjectDetailFields);
export type ProjectDetail = z.infer<typeof ProjectDetail>;
export const Details = z.array(ProjectDetail);

/** What a list of the activity report lists. */
export const ReportListKey = z.enum([
  'planned-projects',
  'disability-projects',
  'substance-groups',
  'created',
  'planned-study-modules',
  'bikva-results',
]);
export type ReportListKey = z.infer<typeof ReportListKey>;

/** The activity report 2005–2006: objectives, developer groups and the counts it gives. */
export const ReportFacts = z.object({
  objectives: z.array(Fact),
  developerGroups: z.array(z.object({ name: z.string().min(1), ledBy: z.string().nullable(), source: SourceRef })),
  figures: z.array(Figure),
  /** Units the report planned that reappear as projects in projects.json. */
  plannedUnits: z.array(z.object({ name: z.string().min(1), projectIds: z.array(Slug), source: SourceRef })),
  /** Projects the report names ("Väylä-hanke"), at their first line, with the year it says one ended. */
  projects: z.array(z.object({ name: z.string().min(1), end: DateBound.optional(), source: SourceRef })).optional(),
  /** Short lists the report gives, each item in its basic form; `key` says what it lists. */
  lists: z.array(z.object({ key: ReportListKey, items: z.array(Fact).min(1), source: SourceRef })).optional(),
  /** Periods the report states for a post or a programme, as written ("Pohjanmaan maakuntaohjelma" 2007–2010). */
  periods: z
    .array(z.object({ text: z.string().min(1).max(200), start: DateBound, end: DateBound, source: SourceRef }))
    .optional(),
});
export type ReportFacts = z.infer<typeof ReportFacts>;

/** Each published file's schema (the files themselves are listed in data/fetchData.ts). */
export const DATA_FILES = {
  'projects.json': Projects,
  'funding.json': Funding,
  'themes.json': Themes,
  'regions.json': Regions,
  'sources.json': Sources,
  'quality.json': Quality,
  'programme.json': Programme,
  'events.json': Events,
  'details.json': Details,
  'report.json': ReportFacts,
} as const satisfies Record<DataFileName, z.ZodType>;
export type { DataFileName };

export interface Dataset {
  projects: Project[];
  funding: Funding;
  themes: Theme[];
  regions: Regions;
  sources: SourceDocument[];
  quality: QualityIssue[];
  programme: Programme;
  events: Event[];
  details: ProjectDetail[];
  report: ReportFacts;
}
