import { formatMoney, formatNumber, useLang, useT } from '../i18n';
import { FilterPanel } from './FilterPanel';
import { FilterChips } from '../ui/FilterChips';
import { ProjectsTable } from '../ui/ProjectsTable';
import { DetailPanel } from '../ui/DetailPanel';
import { ExportButtons } from './ExportButtons';
import { useProjectListing } from '../state/useProjectRows';
import '../ui/projects.css';
import './table.css';

export default function ProjectsView() {
  const t = useT();
  const lang = useLang();
  const { all, rows, summary, selected } = useProjectListing();
  const summaryText = t('summary', {
    shown: formatNumber(lang, summary.shown),
    total: formatNumber(lang, all.length),
    sum: formatMoney(lang, summary.knownCostTotal),
    unknown: formatNumber(lang, summary.withoutCost),
  });

  return (
    <section aria-labelledby="projects-title" className="projects-view">
      <h1 id="projects-title">{t('projectsHeading')}</h1>
      <p className="summary" role="status" data-testid="summary">
        {summaryText}
      </p>
      <div className="projects-layout">
        <FilterPanel />
        <div className="projects-main">
          <FilterChips />
          <ExportButtons rows={rows} />
          {selected && <DetailPanel row={selected} />}
          <ProjectsTable rows={rows} caption={t('tableCaption', { shown: formatNumber(lang, rows.length), total: formatNumber(lang, all.length) })} />
        </div>
      </div>
    </section>
  );
}
