import { useDataset } from '../data/DataContext';
import type { SourceDocument, SourceRef } from '../data/schema';
import { useLang, useT } from '../i18n';
import { localPhrase } from '../data/names';

/** A source document's title in the page's language (curated), or in Finnish marked lang="fi". */
export function DocumentTitle({ doc }: { doc: SourceDocument }) {
  const p = localPhrase(doc.title, doc.titleTranslation, useLang());
  return <cite lang={p.lang}>{p.text}</cite>;
}

/** The document and lines a value comes from; `compact` names only the file, for lists with a source per item. */
export function SourceLines({ source, compact = false }: { source: SourceRef; compact?: boolean }) {
  const t = useT();
  const { sources } = useDataset();
  const doc = sources.find((d) => d.id === source.document);
  const lines =
    source.lineStart === source.lineEnd
      ? t('line', { start: source.lineStart })
      : t('lines', { start: source.lineStart, end: source.lineEnd });
  if (compact)
    return (
      <span className="source-lines source-compact">
        <code>{doc?.file ?? source.document}</code>, {lines}
      </span>
    );
  return (
    <span className="source-lines">
      {doc ? <DocumentTitle doc={doc} /> : <cite>{source.document}</cite>} (<code>{doc?.file}</code>), {lines}
    </span>
  );
}
