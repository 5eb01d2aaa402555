import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { formatList, useLang, useT } from '../i18n';
import { useAppStore, activeFilterCount } from '../state/store';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useFilteredRows, useProjectRows } from '../state/useProjectRows';
import { keyFigures } from './aggregate';
import OverviewCharts from './OverviewCharts';
import { KeyFigures } from './KeyFigures';
import { CountingRuleNote } from '../ui/CountingRuleNote';
import '../ui/charts.css';

export default function OverviewView() {
  const m = useT('overview');
  const d = useDataset();
  const filtered = useFilteredRows();
  const filters = useAppStore((s) => s.filters);
  const figures = useMemo(() => keyFigures(d), [d]);
  // Costs exist only in the 2008 plan, so the cost charts read the filtered 2008 rows.
  const rows2008 = useMemo(() => filtered.filter((r) => r.project.planYear === 2008), [filtered]);
  const active = activeFilterCount(filters);
  const lang = useLang();
  const { lookups } = useProjectRows();

  return (
    <section aria-labelledby="overview-title" className="overview">
      <h1 id="overview-title">{m('heading')}</h1>
      <p className="prose">
        {m('intro')} <span className="needs-js">{m('introAction')}</span>
      </p>
      <KeyFigures figures={figures} />
      <CountingRuleNote rule="full" />
      {active > 0 && <p className="chart-filter-note">{m('filteredNote', { count: active })}</p>}
      {filters.provinces.length > 0 && (
        // The filter means "working in"; the charts group by the administrator's home: the two are named together.
        <p className="chart-filter-note" data-testid="province-filter-note">
          {m('provinceFilterNote', {
            provinces: formatList(
              lang,
              filters.provinces.map((id) => lookups.names.province(id, lang)),
            ),
          })}
        </p>
      )}
      <OverviewCharts rows2008={rows2008} without2008={rows2008.length === 0 && filtered.length > 0} />
      <FilteredProjects />
    </section>
  );
}
