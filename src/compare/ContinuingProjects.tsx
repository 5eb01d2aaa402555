import { continuingCounts } from '../data/counting';
import type { ProjectRow } from '../data/rows';
import { useLang, useT } from '../i18n';
import { ProjectName, ProjectRendering } from '../ui/ProjectName';
import { useAppStore } from '../state/store';
import { administratorsLabel, costLabel } from '../data/labels';
import { useProjectRows } from '../state/useProjectRows';
import type { YearPair } from './compare';
import { ScrollRegion } from '../ui/ScrollRegion';

/** Each project with a successor (2008 → 2009, and the Vaasa family centre → its 2009 follow-up). */
export function ContinuingProjects({
  pairs,
  years,
}: {
  pairs: Array<{ from: ProjectRow; to: ProjectRow }>;
  years: YearPair;
}) {
  const m = useT('compare');
  const lang = useLang();
  const select = useAppStore((s) => s.selectProject);
  const { lookups } = useProjectRows();
  const counts = continuingCounts(pairs, years.from);
  const link = (row: ProjectRow) => (
    <>
      <button type="button" className="link-button needs-js" onClick={() => select(row.project.id)}>
        <ProjectName project={row.project} />
      </button>
      <noscript>
        <ProjectName project={row.project} />
      </noscript>
    </>
  );
  const year = (row: ProjectRow) => (row.project.planYear ? ` (${row.project.planYear})` : '');
  return (
    <section aria-labelledby="continuing-title" className="chart">
      <h2 id="continuing-title">{m('continuingTitle')}</h2>
      <p className="chart-summary" data-testid="continuing-summary">
        {m('continuingSummary', { count: counts.fromPlan, from: String(years.from), to: String(years.to) })}
        {counts.fromElsewhere > 0 && ` ${m('continuingOther', { count: counts.fromElsewhere, to: String(years.to) })}`}
      </p>
      <ScrollRegion label={m('continuingTitle')}>
        <table className="data-table" data-testid="continuing">
          <caption className="visually-hidden">{m('continuingTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('colFrom')}</th>
              <th scope="col">{m('colAdmins')}</th>
              <th scope="col" className="num">
                {m('colCostFrom', { from: String(years.from) })}
              </th>
              <th scope="col">{m('colTo')}</th>
              <th scope="col">{m('colAdmins')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map(({ from, to }) => (
              <tr key={`${from.project.id}-${to.project.id}`}>
                <th scope="row">
                  {link(from)}
                  {year(from)}
                  <ProjectRendering project={from.project} />
                </th>
                <td>{administratorsLabel(from.project, lang, lookups)}</td>
                <td className="num">{costLabel(from, lang)}</td>
                <td>
                  {link(to)}
                  {year(to)}
                  <ProjectRendering project={to.project} />
                </td>
                <td>{administratorsLabel(to.project, lang, lookups)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
