import type { Preview, SourceDocument } from '../../src/data/schema.ts';
import type { SourceText } from '../lib/document.ts';
import { lineAt } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { SourceError } from '../lib/errors.ts';
import {
  readActionPlanTitle,
  readAppendixHeadings,
  readHeadingTitle,
  readPresentationTitle,
} from '../parsers/titles.ts';
import {
  DOCUMENTS,
  MENTIONS,
  PREVIEW_NOT_TITLES,
  PREVIEW_PERSON_WORDS,
  PREVIEW_STATED_PICKS,
  type DocumentId,
} from '../curation.ts';
import { previewDate, readPreviews, type PreviewBlock } from '../parsers/previews.ts';
import { afterRepeatedTitle, statedFacts, type MunicipalityLookup } from '../parsers/previewStated.ts';
import { readSlides, slidePreviewBlocks } from '../parsers/slideFacts.ts';
import {
  citedReports,
  namedPeriods,
  pickedMentions,
  seminarTalks,
  slideExamples,
  slideFigures,
  slideListItems,
  slidePlaceLists,
  slideYearLists,
  type ReadFigure,
  type ReadMention,
} from '../parsers/mentions.ts';
import { teaserBlocks } from '../parsers/lassePlan.ts';

/** The seed file a document id stands for, so that every error names a file a user can open. */
export function fileOf(documentId: string): string {
  const doc = DOCUMENTS.find((d) => d.id === documentId);
  if (!doc) throw new Error(`unknown document id ${documentId}`);
  return doc.file;
}

/** What each document says about itself, by the placeholders of DOCUMENTS' titleFrame and date. */
function statedFields(
  kind: (typeof DOCUMENTS)[number]['kind'],
  src: SourceText,
): { fields: Record<string, string | null>; lines: number[] } {
  switch (kind) {
    case 'minutes': {
      const [a1, a2] = readAppendixHeadings(src);
      return { fields: { appendix1: a1!.heading, appendix2: a2!.heading }, lines: [a1!.line, a2!.line] };
    }
    case 'presentation': {
      const t = readPresentationTitle(src);
      return { fields: { title: t.title, presenter: t.presenter }, lines: t.lines };
    }
    case 'action-plan': {
      const t = readActionPlanTitle(src);
      return { fields: { title: t.title }, lines: t.lines };
    }
    default: {
      const t = readHeadingTitle(src);
      return { fields: { title: t.title, years: t.years }, lines: t.lines };
    }
  }
}

/** The previews after a document of a family that has them: the slides' and the LasSe plan's "Lisätiedot". */
const PREVIEW_BLOCKS: Partial<Record<(typeof DOCUMENTS)[number]['kind'], (src: SourceText) => PreviewBlock[]>> = {
  presentation: slidePreviewBlocks,
  'action-plan': teaserBlocks,
};

/**
 * What a document's text names that no other table holds, and the numbers it states: the curated picks of its running
 * text (MENTIONS), and by family the slides' lists, examples, places, years, talks, periods and figures and the reports a
 * text cites.
 */
function mentionsOf(
  kind: (typeof DOCUMENTS)[number]['kind'],
  id: DocumentId,
  src: SourceText,
): { mentions: ReadMention[]; figures: ReadFigure[] } {
  const picks = MENTIONS[id] ?? [];
  if (kind === 'presentation') {
    const slides = readSlides(src);
    const listed = slideListItems(slides).flatMap(({ slide, items }) =>
      items.map((name) => ({
        name,
        kind: 'item' as const,
        under: null,
        start: null,
        end: null,
        places: [],
        line: slide.line,
      })),
    );
    return {
      mentions: [
        ...pickedMentions(src, picks, { dated: false }),
        ...listed,
        ...slideExamples(slides),
        ...slidePlaceLists(slides),
        ...slideYearLists(slides, src.file),
        ...citedReports(src),
        ...seminarTalks(src),
        ...namedPeriods(src),
      ],
      figures: slideFigures(slides, src.file),
    };
  }
  const cited = kind === 'project-plan' ? citedReports(src) : [];
  return { mentions: [...pickedMentions(src, picks, { dated: true }), ...cited], figures: [] };
}

/** A preview with what its title and text line state beyond its title's own date, each with its line. */
function withStated(src: SourceText, p: Preview, lookup: MunicipalityLookup, id: DocumentId): Preview {
  const { lineStart, lineEnd } = p.source;
  const text = afterRepeatedTitle(squash(lineAt(src, lineStart)), lineAt(src, lineEnd));
  const picked = (PREVIEW_STATED_PICKS[id] ?? [])
    .filter((pick) => p.title.startsWith(pick.title))
    .map((pick) => {
      const date = text.includes(pick.written) ? previewDate(/[\d.]+$/.exec(pick.written)![0], false) : null;
      if (!date)
        throw new SourceError(
          src.file,
          lineEnd,
          `PREVIEW_STATED_PICKS["${pick.title}"] finds no "${pick.written}" in the preview's text line: update or remove the entry in scripts/curation.ts`,
        );
      return {
        fact: pick.fact,
        start: date.start,
        end: null,
        name: null,
        section: null,
        places: [],
        from: 'text' as const,
      };
    });
  const stated = [...statedFacts(p.title, text, p, lookup), ...picked].map(({ from, ...f }) => {
    const line = from === 'title' ? lineStart : lineEnd;
    return { ...f, source: { document: p.source.document, lineStart: line, lineEnd: line } };
  });
  return stated.length ? { ...p, stated } : p;
}

/** A pick whose title starts no preview of its document is stale: the build stops naming it. */
function checkPicks(id: DocumentId, previews: Preview[]): void {
  const stale = (PREVIEW_STATED_PICKS[id] ?? []).find((pick) => !previews.some((p) => p.title.startsWith(pick.title)));
  if (stale)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `PREVIEW_STATED_PICKS["${stale.title}"] starts no preview title of ${fileOf(id)}: update or remove the entry`,
    );
}

/** The published list of documents: titles (and a date a title states) read from the documents, the rest curated. */
export function documentSources(doc: (id: DocumentId) => SourceText, lookup: MunicipalityLookup): SourceDocument[] {
  return DOCUMENTS.map((d) => {
    const src = doc(d.id);
    const { fields, lines } = statedFields(d.kind, src);
    const blocks = PREVIEW_BLOCKS[d.kind];
    const previews =
      blocks &&
      readPreviews(src, blocks(src), d.id, PREVIEW_PERSON_WORDS[d.id] ?? [], PREVIEW_NOT_TITLES[d.id]).previews.map(
        (p) => withStated(src, p, lookup, d.id),
      );
    if (previews) checkPicks(d.id, previews);
    const read = mentionsOf(d.kind, d.id, src);
    const ref = (line: number) => ({ document: d.id, lineStart: line, lineEnd: line });
    // In the order of their lines; on one line, in the order they were read.
    const mentions = read.mentions
      .map(({ line, ...m }, i) => ({ m: { ...m, source: ref(line) }, line, i }))
      .sort((a, b) => a.line - b.line || a.i - b.i)
      .map((x) => x.m);
    const figures = read.figures.map(({ line, ...f }) => ({ ...f, source: ref(line) }));
    const fill = (frame: string) =>
      frame.replace(/\{(\w+)\}/g, (_, key: string) => {
        const value = fields[key];
        if (!value)
          throw new SourceError(
            src.file,
            null,
            `the document states no ${key} for DOCUMENTS["${d.id}"] in scripts/curation.ts ("${frame}"); give the value there or restore it in the document`,
          );
        return value;
      });
    return {
      id: d.id,
      file: d.file,
      title: fill(d.titleFrame),
      titleLines: lines,
      date: fill(d.date),
      kind: d.kind,
      lineCount: src.lines.length,
      bytes: src.bytes,
      sha256: src.sha256,
      ...(previews && { previews }),
      ...(mentions.length ? { mentions } : {}),
      ...(figures.length ? { figures } : {}),
    };
  });
}
