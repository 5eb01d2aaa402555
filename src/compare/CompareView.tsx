import { useMemo } from 'react';
import { YearBarsChart } from '../charts/YearBarsChart';
import { useDataset } from '../data/DataContext';
import { formatNumber, useLang, useMessages } from '../i18n';
import { useAppStore } from '../state/store';
import { FilteredProjects } from '../table/FilteredProjects';
import { useFilteredRows, useProjectRows } from '../table/useProjectRows';
import { AdminOverlap } from './AdminOverlap';
import { administratorOverlap, continuingProjects, projectsPerNationalTheme, projectsPerTheme, provincesPerYear, themeFlow } from './compare';
import { ContinuingProjects } from './ContinuingProjects';
import { compareMessages } from './messages';
import { NationalMatrix } from './NationalMatrix';
import { ThemeFlow } from './ThemeFlow';
import '../charts/charts.css';
import './compare.css';

export default function CompareView() {
  const m = useMessages(compareMessages);
  const lang = useLang();
  const d = useDataset();
  const { rows: all, lookups } = useProjectRows();
  const rows = useFilteredRows();
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const flow = useMemo(() => themeFlow(d.themes), [d.themes]);
  const perTheme = useMemo(() => [...projectsPerTheme(rows, d.themes, 2008), ...projectsPerTheme(rows, d.themes, 2009)], [rows, d.themes]);
  const counts = useMemo(() => new Map(perTheme.map((p) => [p.theme.id, p.projects])), [perTheme]);
  const national = useMemo(() => projectsPerNationalTheme(rows, d.themes), [rows, d.themes]);
  const provinces = useMemo(() => provincesPerYear(rows, d.regions.provinces.map((p) => p.id)).filter((p) => p.y2008 + p.y2009 > 0), [rows, d.regions.provinces]);
  const overlap = useMemo(() => administratorOverlap(rows), [rows]);
  const pairs = useMemo(() => continuingProjects(all).filter((p) => rows.includes(p.from) || rows.includes(p.to)), [all, rows]);
  const sum = (year: number) => perTheme.filter((p) => p.theme.scheme === `plan-${year}`).reduce((s, p) => s + p.projects, 0);
  const topNational = [...national].sort((a, b) => b.y2009 - a.y2009)[0];

  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      <ThemeFlow flow={flow} projectCounts={counts} />
      <NationalMatrix flow={flow} />
      <div className="chart-grid">
        <YearBarsChart
          id="projects-per-theme"
          title={m('perThemeTitle')}
          summary={m('perThemeSummary', { y2008: formatNumber(lang, sum(2008)), y2009: formatNumber(lang, sum(2009)) })}
          labelColumn={m('colTheme')}
          data={perTheme.map((p) => ({ id: p.theme.id, label: p.theme.name[lang], y2008: p.theme.scheme === 'plan-2008' ? p.projects : 0, y2009: p.theme.scheme === 'plan-2009' ? p.projects : 0 }))}
          selected={filters.themes}
          onSelect={(id) => toggle('themes', id)}
        />
        <YearBarsChart
          id="projects-per-national-theme"
          title={m('perNationalTitle')}
          summary={m('perNationalSummary', { top: topNational?.theme.name[lang] ?? '', count: formatNumber(lang, topNational?.y2009 ?? 0) })}
          labelColumn={m('colNational')}
          data={national.map((n) => ({ id: n.theme.id, label: n.theme.name[lang], y2008: n.y2008, y2009: n.y2009 }))}
        />
        <YearBarsChart
          id="projects-per-province"
          title={m('provincesTitle')}
          summary={m('provincesSummary')}
          labelColumn={m('colProvince')}
          data={provinces.map((p) => ({ id: p.provinceId, label: lookups.provinces.get(p.provinceId)?.name[lang] ?? p.provinceId, y2008: p.y2008, y2009: p.y2009 }))}
          selected={filters.provinces}
          onSelect={(id) => toggle('provinces', id)}
        />
        <AdminOverlap overlap={overlap} lookups={lookups} />
      </div>
      <ContinuingProjects pairs={pairs} />
      <FilteredProjects />
    </section>
  );
}
