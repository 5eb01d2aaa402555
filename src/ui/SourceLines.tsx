import { useDataset } from '../data/DataContext';
import type { SourceRef } from '../data/schema';
import { useT } from '../i18n';

export function SourceLines({ source }: { source: SourceRef }) {
  const t = useT();
  const { sources } = useDataset();
  const doc = sources.find((d) => d.id === source.document);
  const lines = source.lineStart === source.lineEnd ? t('line', { start: source.lineStart }) : t('lines', { start: source.lineStart, end: source.lineEnd });
  return (
    <span className="source-lines">
      <cite>{doc?.title ?? source.document}</cite> (<code>{doc?.file}</code>), {lines}
    </span>
  );
}
