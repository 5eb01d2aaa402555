import type { SourceDocument, SourceRef } from '../data/schema';
import { translate, type Lang } from '../i18n/core';

/**
 * The one name a reader sees for a source document: its kind and date ("Pöytäkirja 2008", "Protokoll 2008"). Each
 * source is the only one of its kind, so this names it without the build's ids or the seed files' hex names.
 * @example documentName({ kind: 'minutes', date: '2008', … }, 'sv') // 'Protokoll 2008'
 */
export function documentName(doc: Pick<SourceDocument, 'kind' | 'date'>, lang: Lang): string {
  const kind = translate(lang, `kind.${doc.kind}`);
  return `${kind.charAt(0).toLocaleUpperCase(lang)}${kind.slice(1)} ${doc.date}`;
}

/** The lines of a source in words: "rad 20", "rader 92–94". */
export function linesLabel(source: SourceRef, lang: Lang): string {
  return source.lineStart === source.lineEnd
    ? translate(lang, 'line', { start: source.lineStart })
    : translate(lang, 'lines', { start: source.lineStart, end: source.lineEnd });
}

/**
 * A document and its lines as a reader reads them: "Protokoll 2008, rader 92–94".
 * @example sourceLabel({ document: 'minutes-2008', lineStart: 92, lineEnd: 94 }, sources, 'sv')
 */
export function sourceLabel(source: SourceRef, documents: readonly SourceDocument[], lang: Lang): string {
  const doc = documents.find((d) => d.id === source.document);
  return `${doc ? documentName(doc, lang) : source.document}, ${linesLabel(source, lang)}`;
}
