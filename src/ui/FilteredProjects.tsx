import { Suspense, type ComponentProps } from 'react';
import type { ProjectsTable as Table } from './ProjectsTable';
import { formatNumber, useLang, useT } from '../i18n';
import { projectSummary } from './projectSummary';
import { reloadableLazy } from './reloadableLazy';
import { activeFilterCount, useAppStore } from '../state/store';
import { DetailPanel } from './DetailPanel';
import { RowsCostExplain } from './ExplainNumber';
import { FilterChips } from './FilterChips';
import { useProjectListing, useProjectRows } from '../state/useProjectRows';
import './projects.css';

// The table's code (TanStack Table and Virtual) loads only once a selection shows the table.
const ProjectsTable = reloadableLazy<ComponentProps<typeof Table>>(() =>
  import('./ProjectsTable').then(({ ProjectsTable }) => ({ default: ProjectsTable })),
);

/** The projects table under a chart or the map: what a click there selected, with its chips and details. */
export function FilteredProjects() {
  const t = useT();
  const lang = useLang();
  const { all, rows, summary, selected } = useProjectListing();
  const { lookups } = useProjectRows();
  const active = useAppStore((s) => activeFilterCount(s.filters));
  // Unfiltered, the full table belongs to the projects view; here it would only lengthen the page.
  // Unfiltered, it only says what a click would do: nothing without JavaScript, so it is hidden then.
  if (active === 0 && !selected)
    return (
      <section aria-labelledby="filtered-title" className="filtered-projects needs-js">
        <h2 id="filtered-title">{t('filteredHeading')}</h2>
        <p className="muted">
          <span className="needs-js">{t('filteredHintAction')} </span>
          {t('filteredHint')}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="filtered-title" className="filtered-projects">
      <h2 id="filtered-title">{t('filteredHeading')}</h2>
      <p className="summary" role="status" data-testid="filtered-summary">
        {projectSummary(lang, summary, all.length, lookups)}
      </p>
      <RowsCostExplain rows={rows} label={t('knownCostsLabel')} />
      <FilterChips />
      {selected && <DetailPanel row={selected} />}
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('loadingView')}
          </p>
        }
      >
        <ProjectsTable
          rows={rows}
          caption={t('tableCaption', { shown: formatNumber(lang, rows.length), total: formatNumber(lang, all.length) })}
        />
      </Suspense>
    </section>
  );
}
