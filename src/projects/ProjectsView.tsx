import { useRef } from 'react';
import { formatNumber, useLang, useT } from '../i18n';
import { projectSummary } from '../ui/projectSummary';
import { FilterPanel } from './FilterPanel';
import { FilterChips } from '../ui/FilterChips';
import { ProjectsTable } from '../ui/ProjectsTable';
import { DetailPanel } from '../ui/DetailPanel';
import { RowsCostExplain } from '../ui/ExplainNumber';
import { ExportButtons } from './ExportButtons';
import { useProjectListing, useProjectRows } from '../state/useProjectRows';
import { activeFilterCount, useAppStore } from '../state/store';
import '../ui/projects.css';
import './table.css';

export default function ProjectsView() {
  const t = useT();
  const lang = useLang();
  const { all, rows, summary, selected } = useProjectListing();
  const { lookups } = useProjectRows();
  const summaryText = projectSummary(lang, summary, all.length, lookups);
  const results = useRef<HTMLDivElement>(null);
  const active = useAppStore((s) => activeFilterCount(s.filters));

  return (
    <section aria-labelledby="projects-title" className="projects-view">
      <h1 id="projects-title">{t('projectsHeading')}</h1>
      {/* The filters come first in the reading order; keyboard users skip them to reach the rows. */}
      <a
        href="#projects-results"
        className="skip-results"
        onClick={(e) => {
          e.preventDefault();
          results.current?.focus();
        }}
      >
        {t('skipToResults')}
      </a>
      <p className="summary" role="status" data-testid="summary">
        {summaryText}
      </p>
      <RowsCostExplain rows={rows} label={t('knownCostsLabel')} />
      <noscript>
        <p className="notice">{t('noScriptControls')}</p>
      </noscript>
      {/*
        On a phone the filters open over the page from this button (the browser's popover: it works before the app
        has taken over), so the rows start near the top; on a desktop they stand beside the rows and it is hidden.
      */}
      <button type="button" className="filters-toggle" popoverTarget="filter-panel">
        {t('filters')}
        {active > 0 && (
          <span className="filters-active"> ({t('filtersActive', { count: formatNumber(lang, active) })})</span>
        )}
      </button>
      <div className="projects-layout">
        <FilterPanel id="filter-panel" shown={rows.length} />
        <div
          className="projects-main"
          id="projects-results"
          ref={results}
          tabIndex={-1}
          aria-label={t('projectsHeading')}
        >
          <FilterChips />
          <ExportButtons rows={rows} />
          {selected && <DetailPanel row={selected} />}
          <ProjectsTable
            rows={rows}
            caption={t('tableCaption', {
              shown: formatNumber(lang, rows.length),
              total: formatNumber(lang, all.length),
            })}
          />
        </div>
      </div>
    </section>
  );
}
