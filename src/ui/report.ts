import type { FeedbackChannel } from './feedback';

export interface ReportContent {
  title: string;
  /** Label and value, one line each: the page's address, the project or note, the figure. */
  facts: Array<[string, string]>;
  /** The heading of the source lines and one line per source. */
  sources: [string, string[]];
  /** The line that asks the reader to describe the problem, after the facts. */
  intro: string;
}

/** The report's text: the facts it names, its source lines, and room for the reader's own words. */
export function reportBody(content: ReportContent): string {
  const [sourcesLabel, sources] = content.sources;
  return [
    ...content.facts.map(([label, value]) => `${label}: ${value}`),
    ...(sources.length ? [`${sourcesLabel}:`, ...sources.map((s) => `- ${s}`)] : []),
    '',
    content.intro,
    '',
  ].join('\n');
}

/**
 * Where a prefilled report opens: the repository's new-issue form when one is configured, else an e-mail to the
 * feedback address; null when the build has neither (the page then says so instead of a dead link).
 */
export function reportHref(
  channel: FeedbackChannel,
  content: ReportContent,
): { href: string; kind: 'issue' | 'email' } | null {
  const title = encodeURIComponent(content.title);
  const body = encodeURIComponent(reportBody(content));
  if (channel.issueUrl) return { href: `${channel.issueUrl}?title=${title}&body=${body}`, kind: 'issue' };
  if (channel.email) return { href: `mailto:${channel.email}?subject=${title}&body=${body}`, kind: 'email' };
  return null;
}
