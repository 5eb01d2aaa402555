import { useDataset } from '../data/DataContext';
import type { SourceDocument, SourceRef } from '../data/schema';
import { useLang } from '../i18n';
import { localPhrase } from '../data/names';
import { sourceAnchor } from '../data/citedLines';
import { linkHref } from '../state/links';
import { urlStateOf, useAppStore } from '../state/store';
import { documentName, linesLabel } from './documentName';

/** A source document's title in the page's language (curated), or in Finnish marked lang="fi". */
export function DocumentTitle({ doc }: { doc: SourceDocument }) {
  const p = localPhrase(doc.title, doc.titleTranslation, useLang());
  return <cite lang={p.lang}>{p.text}</cite>;
}

/**
 * The address of a cited line range on the sources page (its anchor, data/citedLines.ts): a plain link, a page load
 * that lands on the line, with or without JavaScript (an in-app navigation would not scroll to it).
 */
export function useSourceHref(source: SourceRef): string {
  return useAppStore((s) => linkHref(urlStateOf(s), { view: 'sources', project: null, hash: sourceAnchor(source) }));
}

/**
 * The document, by the one name readers see for it (documentName, "Protokoll 2008"), and the lines a value comes
 * from: a link to those lines on the sources page, where their text is quoted as far as the data holds it.
 */
export function SourceLines({ source }: { source: SourceRef }) {
  const lang = useLang();
  const { sources } = useDataset();
  const href = useSourceHref(source);
  const doc = sources.find((d) => d.id === source.document);
  return (
    <a className="source-lines" href={href}>
      <cite>{doc ? documentName(doc, lang) : source.document}</cite>, {linesLabel(source, lang)}
    </a>
  );
}
