import { useMemo } from 'react';
import { reloadableLazy } from '../ui/reloadableLazy';
import { ChartsSuspense } from '../ui/ChartsSuspense';
import { useDataset } from '../data/DataContext';
import { useMessages } from '../i18n';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useFilteredRows, useProjectRows } from '../state/useProjectRows';
import { AdminOverlap } from './AdminOverlap';
import { administratorOverlap, continuingProjects, projectsPerTheme, themeFlow } from './compare';
import { ContinuingProjects } from './ContinuingProjects';
import { compareMessages } from './messages';
import { NationalMatrix } from './NationalMatrix';
import { ThemeFlow } from './ThemeFlow';
import '../ui/charts.css';

const CompareCharts = reloadableLazy(() => import('./CompareCharts'));
/** The prerender renders the charts' tables for readers without JavaScript (app/views). */
export const prerenderParts = () => CompareCharts.preload();
import './compare.css';

export default function CompareView() {
  const m = useMessages(compareMessages);
  const d = useDataset();
  const { rows: all, lookups } = useProjectRows();
  const rows = useFilteredRows();
  const flow = useMemo(() => themeFlow(d.themes), [d.themes]);
  const perTheme = useMemo(
    () => [...projectsPerTheme(rows, d.themes, 2008), ...projectsPerTheme(rows, d.themes, 2009)],
    [rows, d.themes],
  );
  const counts = useMemo(() => new Map(perTheme.map((p) => [p.theme.id, p.projects])), [perTheme]);
  const overlap = useMemo(() => administratorOverlap(rows), [rows]);
  const pairs = useMemo(
    () => continuingProjects(all).filter((p) => rows.includes(p.from) || rows.includes(p.to)),
    [all, rows],
  );

  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      <ThemeFlow flow={flow} projectCounts={counts} />
      <NationalMatrix flow={flow} />
      <div className="chart-grid">
        <ChartsSuspense reserveClass="reserve-compare-charts">
          <CompareCharts rows={rows} />
        </ChartsSuspense>
        <AdminOverlap overlap={overlap} lookups={lookups} />
      </div>
      <ContinuingProjects pairs={pairs} />
      <FilteredProjects />
    </section>
  );
}
