import {
  EVENT_TRANSLATIONS,
  MENTION_TRANSLATIONS,
  FIGURE_LABELS,
  LINKED_PROJECT_TRANSLATIONS,
  PHRASE_TRANSLATIONS,
  PREVIEW_NAME_TRANSLATIONS,
  PREVIEW_PLACE_NAMES,
  PREVIEW_TITLE_TRANSLATIONS,
  PROGRAMME_TRANSLATIONS,
  QUOTE_TRANSLATIONS,
  THEME_REASON_TRANSLATIONS,
} from '../curation.ts';
import type {
  Event,
  Fact,
  PhraseTranslation,
  Programme,
  ProjectDetail,
  QualityIssue,
  SourceDocument,
  Translated,
} from '../../src/data/schema.ts';
import { SourceError } from '../lib/errors.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { municipalityNames } from './regions.ts';

/** The curated sv/en of a Finnish phrase, without its reason; undefined where none is curated. */
export function phraseTranslation(
  fi: string | null,
  table: Record<string, { sv: string; en: string }> = PHRASE_TRANSLATIONS,
): PhraseTranslation | undefined {
  const t = fi === null ? undefined : table[fi];
  return t && { sv: t.sv, en: t.en };
}

const fact = (f: Fact): Fact => {
  const translation = phraseTranslation(f.text);
  return translation ? { ...f, translation } : f;
};

/** Only the fields a translation exists for are added, so the JSON says which phrases are translated. */
const withTranslations = <T extends object>(item: T, fields: Record<string, PhraseTranslation | undefined>): T => {
  const present = Object.entries(fields).filter(([, t]) => t !== undefined);
  return present.length ? { ...item, ...Object.fromEntries(present) } : item;
};

/**
 * Every curated translation must still find its phrase: a phrase reworded in a document would otherwise lose its
 * Swedish and English without a word, and the stale entry would wait for a phrase that no longer comes.
 */
function requireAllUsed(table: Record<string, unknown>, name: string, found: ReadonlyArray<string | null>) {
  const present = new Set(found);
  const stale = Object.keys(table).find((fi) => !present.has(fi));
  if (stale !== undefined)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `${name}["${stale}"] matches no phrase the documents give now: update the entry to the document's new wording, or remove it`,
    );
}

/** The details with the curated translations of their phrases beside the Finnish. */
export function translateDetails(details: ProjectDetail[]): ProjectDetail[] {
  requireAllUsed(
    PHRASE_TRANSLATIONS,
    'PHRASE_TRANSLATIONS',
    details.flatMap((d) => [
      ...[...d.goals, ...d.targetGroup, ...d.methods, ...d.locations, ...d.results].map((f) => f.text),
      ...d.phases.flatMap((p) => [p.label, p.scope ?? null, ...p.tasks.map((t) => t.text)]),
      ...d.staffing.flatMap((s) => [s.role, s.employer, s.workShare?.text ?? null]),
      ...d.financing.flatMap((f) => [f.organisation, f.what]),
      ...d.figures.map((f) => f.label),
      ...d.decisions.map((x) => x.body),
      ...(d.legalBasis ?? []).map((f) => f.text),
      ...d.statements.map((x) => x.text),
    ]),
  );
  requireAllUsed(
    FIGURE_LABELS,
    'FIGURE_LABELS',
    details.flatMap((d) => d.figures.map((f) => f.key)),
  );
  const unnamed = details.flatMap((d) => d.figures).find((f) => !FIGURE_LABELS[f.key]);
  if (unnamed)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `the figure "${unnamed.key}" (${unnamed.source.document}:${unnamed.source.lineStart}) has no label: add what it counts to FIGURE_LABELS`,
    );
  // A withdrawal or a title's period quotes a phrase; the other statements quote a name.
  const untranslated = details
    .flatMap((d) => d.statements)
    .find((x) => x.kind !== 'provinces-from-predecessor' && /\s/.test(x.text) && !PHRASE_TRANSLATIONS[x.text]);
  if (untranslated)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `the quote "${untranslated.text}" (${untranslated.source.document}:${untranslated.source.lineStart}) has no rendering: add its Swedish and English to PHRASE_TRANSLATIONS`,
    );
  return details.map((d) => ({
    ...d,
    goals: d.goals.map(fact),
    targetGroup: d.targetGroup.map(fact),
    methods: d.methods.map(fact),
    locations: d.locations.map(fact),
    results: d.results.map(fact),
    phases: d.phases.map((p) => ({
      ...withTranslations(p, {
        labelTranslation: phraseTranslation(p.label),
        scopeTranslation: phraseTranslation(p.scope ?? null),
      }),
      tasks: p.tasks.map(fact),
    })),
    staffing: d.staffing.map((s) =>
      withTranslations(
        { ...s, ...(s.workShare && { workShare: fact(s.workShare) }) },
        {
          roleTranslation: phraseTranslation(s.role),
          employerTranslation: phraseTranslation(s.employer),
        },
      ),
    ),
    financing: d.financing.map((f) =>
      withTranslations(f, {
        organisationTranslation: phraseTranslation(f.organisation),
        whatTranslation: phraseTranslation(f.what),
      }),
    ),
    figures: d.figures.map((f) => ({
      ...withTranslations(f, { labelTranslation: phraseTranslation(f.label) }),
      what: FIGURE_LABELS[f.key]!,
    })),
    decisions: d.decisions.map((x) => withTranslations(x, { bodyTranslation: phraseTranslation(x.body) })),
    ...(d.legalBasis && { legalBasis: d.legalBasis.map(fact) }),
    statements: d.statements.map((x) => withTranslations(x, { translation: phraseTranslation(x.text) })),
    linked: d.linked.map((l) =>
      l.projectId === null
        ? withTranslations(l, { translation: phraseTranslation(l.name, LINKED_PROJECT_TRANSLATIONS) })
        : l,
    ),
  }));
}

/** The events with their titles' and places' curated translations (EVENT_TRANSLATIONS). */
export function translateEvents(events: Event[]): Event[] {
  requireAllUsed(
    EVENT_TRANSLATIONS,
    'EVENT_TRANSLATIONS',
    events.flatMap((e) => [e.title, e.place]),
  );
  const t = (fi: string | null) => phraseTranslation(fi, EVENT_TRANSLATIONS);
  return events.map((e) => withTranslations(e, { titleTranslation: t(e.title), placeTranslation: t(e.place) }));
}

/** The Finnish a note quotes: what a line writes, or the appendix heading a project stands under. */
const writtenOf = (q: QualityIssue): string | null => {
  if ('written' in q.values && typeof q.values.written === 'string') return q.values.written;
  return 'appendixHeading' in q.values ? q.values.appendixHeading : null;
};

/** Every further Finnish phrase a note quotes in a list: names, titles, staff, a slide's term or words. */
const quotesOf = (q: QualityIssue): string[] => {
  const v = q.values as Record<string, unknown>;
  return ['written', 'listed', 'working', 'term', 'phrase']
    .flatMap((key) => v[key])
    .filter((x): x is string => typeof x === 'string' && x !== writtenOf(q));
};

/** The notes with the curated translation of the Finnish sentence, heading or names they quote (QUOTE_TRANSLATIONS). */
export function translateQuality(quality: QualityIssue[]): QualityIssue[] {
  requireAllUsed(QUOTE_TRANSLATIONS, 'QUOTE_TRANSLATIONS', [...quality.map(writtenOf), ...quality.flatMap(quotesOf)]);
  return quality.map((q) => {
    const quotes = quotesOf(q).flatMap((fi) => {
      const t = phraseTranslation(fi, QUOTE_TRANSLATIONS);
      return t ? [[fi, t] as const] : [];
    });
    const translated = withTranslations(q, { writtenTranslation: phraseTranslation(writtenOf(q), QUOTE_TRANSLATIONS) });
    return quotes.length ? { ...translated, quoteTranslations: Object.fromEntries(quotes) } : translated;
  });
}

/** The national programme's goals, means, regions, areas and priorities with their curated translations. */
export function translateProgramme(p: Programme): Programme {
  const areas = (x: { areas?: string[] }) => (x.areas ? x.areas.join(', ') : null);
  requireAllUsed(PROGRAMME_TRANSLATIONS, 'PROGRAMME_TRANSLATIONS', [
    ...[...p.goals, ...p.means, ...p.regions, ...p.ownPriorities].map((x) => x.name),
    ...p.regionalProjects.map(areas),
    ...p.regionalProjects.map((x) => x.name),
    ...p.regionalProjects.flatMap((x) => (x.parts ?? []).map((part) => part.name)),
  ]);
  const t = (fi: string | null) => phraseTranslation(fi, PROGRAMME_TRANSLATIONS);
  const named = <T extends { name: string }>(x: T) => withTranslations(x, { translation: t(x.name) });
  return {
    ...p,
    goals: p.goals.map(named),
    means: p.means.map(named),
    regions: p.regions.map(named),
    ownPriorities: p.ownPriorities.map(named),
    regionalProjects: p.regionalProjects.map((x) =>
      withTranslations(
        {
          ...x,
          ...(x.parts && { parts: x.parts.map((part) => withTranslations(part, { translation: t(part.name) })) }),
        },
        { translation: t(x.name), areasTranslation: t(areas(x)) },
      ),
    ),
  };
}

/** A theme-mapping reason (curated in English) in all three languages; every reason must have its translation. */
export function reasonText(reason: string | undefined, theme: string): Translated | undefined {
  if (reason === undefined) return undefined;
  const t = THEME_REASON_TRANSLATIONS[reason];
  if (!t)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `the reason of theme "${theme}" has no Finnish and Swedish text in THEME_REASON_TRANSLATIONS: "${reason}"`,
    );
  return { fi: t.fi, sv: t.sv, en: reason };
}

/**
 * A preview title without its numbers and dashes: a title redated or written with another dash still finds its
 * curated entry, so the entry is not stale, but only a title written exactly as the entry's gets its rendering (a
 * rendering with the old date would be wrong).
 */
const previewKey = (title: string) => title.replace(/[–—]/g, '-').replace(/\d[\d.\s/:-]*/g, '#');

/** The documents with their previews' titles rendered (PREVIEW_TITLE_TRANSLATIONS); a reworded title stops the build. */
export function translatePreviews(sources: SourceDocument[]): SourceDocument[] {
  const titles = new Set(sources.flatMap((d) => (d.previews ?? []).map((p) => previewKey(p.title))));
  const stale = Object.keys(PREVIEW_TITLE_TRANSLATIONS).find((fi) => !titles.has(previewKey(fi)));
  if (stale !== undefined)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `PREVIEW_TITLE_TRANSLATIONS["${stale}"] matches no phrase the documents give now: update the entry to the document's new wording, or remove it`,
    );
  return sources.map((d) =>
    d.previews
      ? {
          ...d,
          previews: d.previews.map((p) => {
            const named = p.places.flatMap((place) => {
              const t = phraseTranslation(place, PREVIEW_PLACE_NAMES);
              return t ? [[place, t] as const] : [];
            });
            const titled = withTranslations(p, {
              titleTranslation: phraseTranslation(p.title, PREVIEW_TITLE_TRANSLATIONS),
              seriesTranslation: phraseTranslation(p.series, PREVIEW_NAME_TRANSLATIONS),
              organisationTranslation: phraseTranslation(p.organisation, PREVIEW_NAME_TRANSLATIONS),
            });
            const stated = p.stated?.map((f) =>
              withTranslations(f, { nameTranslation: phraseTranslation(f.name, PREVIEW_NAME_TRANSLATIONS) }),
            );
            const withStated = stated ? { ...titled, stated } : titled;
            return named.length ? { ...withStated, placeNames: Object.fromEntries(named) } : withStated;
          }),
        }
      : d,
  );
}

/**
 * A place a phrase names, in Swedish and English: a municipality of the reference CSVs by its names, else its curated
 * names (PREVIEW_PLACE_NAMES: towns outside the region, a region, an abbreviation written out); else none.
 */
function placeNames(place: string, refs: ReadonlyArray<MunicipalityRef>): PhraseTranslation | undefined {
  const ref = refs.find((r) => r.nameFi === place);
  if (!ref) return phraseTranslation(place, PREVIEW_PLACE_NAMES);
  const { fi, sv, en = fi } = municipalityNames(ref);
  return { sv, en };
}

/**
 * The documents' mentions and figures with their words and places rendered (MENTION_TRANSLATIONS, placeNames); a
 * stale entry stops the build.
 */
export function translateMentions(sources: SourceDocument[], refs: ReadonlyArray<MunicipalityRef>): SourceDocument[] {
  requireAllUsed(
    MENTION_TRANSLATIONS,
    'MENTION_TRANSLATIONS',
    sources.flatMap((d) => [
      ...(d.mentions ?? []).flatMap((m) => [m.name, m.under]),
      ...(d.figures ?? []).map((f) => f.label),
    ]),
  );
  const t = (fi: string | null) => phraseTranslation(fi, MENTION_TRANSLATIONS);
  return sources.map((d) => ({
    ...d,
    ...(d.mentions && {
      mentions: d.mentions.map((m) => {
        const named = m.places.flatMap((place) => {
          const names = placeNames(place, refs);
          return names ? [[place, names] as const] : [];
        });
        const translated = withTranslations(m, { translation: t(m.name), underTranslation: t(m.under) });
        return named.length ? { ...translated, placeNames: Object.fromEntries(named) } : translated;
      }),
    }),
    ...(d.figures && { figures: d.figures.map((f) => withTranslations(f, { labelTranslation: t(f.label) })) }),
  }));
}
