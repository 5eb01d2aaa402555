import { useDataset } from '../data/DataContext';
import type { SourceRef } from '../data/schema';
import { useT } from '../i18n';
import { feedbackChannel } from './feedback';
import { reportHref } from './report';
import { usePageAddress } from './useCurrentAddress';

const channel = feedbackChannel(import.meta.env);

/**
 * "Report a problem" with a project or a note: the issue form or e-mail of the build's feedback channel, prefilled
 * with the page's address, what is reported (`facts`) and its source lines. Without a channel it says so.
 */
export function ReportLink({
  title,
  facts,
  sources,
}: {
  title: string;
  facts: Array<[string, string]>;
  sources: readonly SourceRef[];
}) {
  const t = useT();
  const m = useT('cite');
  const { sources: documents } = useDataset();
  const address = usePageAddress();
  const sourceLines = sources.map((s) => {
    const file = documents.find((d) => d.id === s.document)?.file ?? s.document;
    const lines =
      s.lineStart === s.lineEnd
        ? t('line', { start: s.lineStart })
        : t('lines', { start: s.lineStart, end: s.lineEnd });
    return `${file}, ${lines}${s.excerpt ? `: "${s.excerpt}"` : ''}`;
  });
  const target = reportHref(channel, {
    title,
    facts: [[m('reportPage'), address], ...facts],
    sources: [m('reportSources'), sourceLines],
    intro: m('reportIntro'),
  });
  if (!target) return <p className="report-link muted">{m('reportNoChannel')}</p>;
  return (
    <p className="report-link">
      <a href={target.href} data-report={target.kind}>
        {m(target.kind === 'issue' ? 'report' : 'reportByEmail')}
      </a>
    </p>
  );
}
