import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { useLang, useT } from '../i18n';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useFilteredRows, useProjectRows } from '../state/useProjectRows';
import { useAppStore } from '../state/store';
import { AdminOverlap } from './AdminOverlap';
import { administratorOverlap, continuingProjects, pickYears, planYears, projectsPerTheme, themeFlow } from './compare';
import { countWord } from './countWords';
import { YearPicker } from './YearPicker';
import { ContinuingProjects } from './ContinuingProjects';
import { NationalMatrix } from './NationalMatrix';
import { ThemeFlow } from './ThemeFlow';
import CompareCharts from './CompareCharts';
import '../ui/charts.css';

import './compare.css';

export default function CompareView() {
  const m = useT('compare');
  const lang = useLang();
  const d = useDataset();
  const { rows: all, lookups } = useProjectRows();
  const rows = useFilteredRows();
  const asked = useAppStore((s) => s.chart.compare);
  const setChart = useAppStore((s) => s.setChart);
  const available = useMemo(() => planYears(d.themes), [d.themes]);
  const years = useMemo(() => pickYears(asked, available), [asked, available]);
  const flow = useMemo(() => themeFlow(d.themes, years), [d.themes, years]);
  const perTheme = useMemo(
    () => [...projectsPerTheme(rows, d.themes, years.from), ...projectsPerTheme(rows, d.themes, years.to)],
    [rows, d.themes, years],
  );
  const counts = useMemo(() => new Map(perTheme.map((p) => [p.theme.id, p.projects])), [perTheme]);
  const overlap = useMemo(() => administratorOverlap(rows, years), [rows, years]);
  // A pair belongs to the comparison when it leads into the later year from the earlier one (or from no plan).
  const pairs = useMemo(
    () =>
      continuingProjects(all).filter(
        (p) =>
          (rows.includes(p.from) || rows.includes(p.to)) &&
          p.to.project.planYear === years.to &&
          (p.from.project.planYear === years.from || p.from.project.planYear === null),
      ),
    [all, rows, years],
  );
  const themeCount = (year: number) => d.themes.filter((t) => t.scheme === `plan-${year}`).length;
  const yearVars = { from: String(years.from), to: String(years.to) };

  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">{m('heading', yearVars)}</h1>
      <p className="prose">
        {m('intro', {
          ...yearVars,
          fromCount: countWord(lang, themeCount(years.from)),
          toCount: countWord(lang, themeCount(years.to), 'translative'),
        })}
      </p>
      {available.length > 2 && (
        <YearPicker years={years} available={available} onChange={(compare) => setChart({ compare })} />
      )}
      <ThemeFlow flow={flow} projectCounts={counts} years={years} />
      <NationalMatrix flow={flow} years={years} />
      <div className="chart-grid">
        <CompareCharts rows={rows} years={years} />
        <AdminOverlap overlap={overlap} lookups={lookups} years={years} />
      </div>
      <ContinuingProjects pairs={pairs} years={years} />
      <FilteredProjects />
    </section>
  );
}
