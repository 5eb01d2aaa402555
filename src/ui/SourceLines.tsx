import { useDataset } from '../data/DataContext';
import type { SourceDocument, SourceRef } from '../data/schema';
import { useLang } from '../i18n';
import { localPhrase } from '../data/names';
import { documentName, linesLabel } from './documentName';

/** A source document's title in the page's language (curated), or in Finnish marked lang="fi". */
export function DocumentTitle({ doc }: { doc: SourceDocument }) {
  const p = localPhrase(doc.title, doc.titleTranslation, useLang());
  return <cite lang={p.lang}>{p.text}</cite>;
}

/** The document, by the one name readers see for it (documentName, "Protokoll 2008"), and the lines a value comes from. */
export function SourceLines({ source }: { source: SourceRef }) {
  const lang = useLang();
  const { sources } = useDataset();
  const doc = sources.find((d) => d.id === source.document);
  return (
    <span className="source-lines">
      <cite>{doc ? documentName(doc, lang) : source.document}</cite>, {linesLabel(source, lang)}
    </span>
  );
}
