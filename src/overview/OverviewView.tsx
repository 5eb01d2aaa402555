import { useMemo } from 'react';
import { reloadableLazy } from '../ui/reloadableLazy';
import { useDataset } from '../data/DataContext';
import { useMessages } from '../i18n';
import { useAppStore, activeFilterCount } from '../state/store';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useFilteredRows } from '../state/useProjectRows';
import { keyFigures } from './aggregate';
import { ChartsSuspense } from '../ui/ChartsSuspense';
import { KeyFigures } from './KeyFigures';
import { CountingRuleNote } from '../ui/CountingRuleNote';
import { chartMessages } from './messages';
import '../ui/charts.css';

const OverviewCharts = reloadableLazy(() => import('./OverviewCharts'));
/** The prerender renders the charts' tables for readers without JavaScript (app/views). */
export const prerenderParts = () => OverviewCharts.preload();

export default function OverviewView() {
  const m = useMessages(chartMessages);
  const d = useDataset();
  const filtered = useFilteredRows();
  const filters = useAppStore((s) => s.filters);
  const figures = useMemo(() => keyFigures(d), [d]);
  // Costs exist only in the 2008 plan, so the cost charts read the filtered 2008 rows.
  const rows2008 = useMemo(() => filtered.filter((r) => r.project.planYear === 2008), [filtered]);
  const active = activeFilterCount(filters);

  return (
    <section aria-labelledby="overview-title" className="overview">
      <h1 id="overview-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      <KeyFigures figures={figures} />
      <CountingRuleNote rule="full" />
      {active > 0 && <p className="chart-filter-note">{m('filteredNote', { count: active })}</p>}
      <ChartsSuspense reserveClass="reserve-overview-charts">
        <OverviewCharts rows2008={rows2008} />
      </ChartsSuspense>
      <FilteredProjects />
    </section>
  );
}
