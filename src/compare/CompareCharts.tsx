import { useMemo } from 'react';
import { YearBarsChart } from './YearBarsChart';
import { useDataset } from '../data/DataContext';
import type { ProjectRow } from '../data/rows';
import {
  explainContext,
  explainNationalThemeCount,
  explainProvinceProjectCount,
  explainThemeCount,
} from '../data/explain';
import { formatList, quoted, useLang, useT } from '../i18n';
import { leaders } from '../data/leaders';
import { useAppStore } from '../state/store';
import { toggled } from '../state/facets';
import { useProjectRows } from '../state/useProjectRows';
import { projectsPerNationalTheme, projectsPerTheme, provincesPerYear, type YearPair } from './compare';
import { countWord } from './countWords';

/** The comparison's bar charts: projects per theme, per national theme and per province in the two years. */
export default function CompareCharts({ rows, years }: { rows: ProjectRow[]; years: YearPair }) {
  const m = useT('compare');
  const lang = useLang();
  const d = useDataset();
  const { lookups } = useProjectRows();
  const filters = useAppStore((s) => s.filters);
  const perTheme = useMemo(
    () => [...projectsPerTheme(rows, d.themes, years.from), ...projectsPerTheme(rows, d.themes, years.to)],
    [rows, d.themes, years],
  );
  const national = useMemo(() => projectsPerNationalTheme(rows, d.themes, years), [rows, d.themes, years]);
  const provinces = useMemo(
    () =>
      provincesPerYear(
        rows,
        d.regions.provinces.map((p) => p.id),
        years,
      ).filter((p) => p.from + p.to > 0),
    [rows, d.regions.provinces, years],
  );
  const sum = (year: number) =>
    perTheme.filter((p) => p.theme.scheme === `plan-${year}`).reduce((s, p) => s + p.projects, 0);
  const themeCount = (year: number) => d.themes.filter((t) => t.scheme === `plan-${year}`).length;
  const topNational = leaders(national, (n) => n.to);
  const yearVars = { from: String(years.from), to: String(years.to) };
  // One cell of the view's chart grid, beside the administrators.
  return (
    <div>
      <YearBarsChart
        id="projects-per-theme"
        title={m('perThemeTitle', yearVars)}
        summary={m('perThemeSummary', {
          ...yearVars,
          nFrom: sum(years.from),
          nTo: sum(years.to),
          fromCount: countWord(lang, themeCount(years.from), 'adessive'),
          toCount: countWord(lang, themeCount(years.to), 'adessive'),
        })}
        years={years}
        labelColumn={m('colTheme')}
        data={perTheme.map((p) => ({
          id: p.theme.id,
          label: p.theme.name[lang],
          from: p.theme.scheme === `plan-${years.from}` ? p.projects : 0,
          to: p.theme.scheme === `plan-${years.to}` ? p.projects : 0,
        }))}
        selected={filters.themes}
        filterTo={(id, f) => toggled(f, 'themes', id)}
        explain={(id) => explainThemeCount(rows, id, explainContext(d))}
      />
      <YearBarsChart
        id="projects-per-national-theme"
        title={m('perNationalTitle')}
        summary={m('perNationalSummary', {
          ...yearVars,
          leaders: topNational.length,
          // Quoted when there are several: the names have "ja"/"och" of their own, and the list would run them together.
          top: formatList(
            lang,
            topNational.map((n) => (topNational.length > 1 ? quoted(lang, n.theme.name[lang]) : n.theme.name[lang])),
          ),
          count: topNational[0]?.to ?? 0,
        })}
        years={years}
        labelColumn={m('colNational')}
        data={national.map((n) => ({ id: n.theme.id, label: n.theme.name[lang], from: n.from, to: n.to }))}
        explain={(id, year) => explainNationalThemeCount(rows, d.themes, id, year, explainContext(d))}
      />
      <YearBarsChart
        id="projects-per-province"
        title={m('provincesTitle', yearVars)}
        summary={m('provincesSummary')}
        years={years}
        labelColumn={m('colProvince')}
        data={provinces.map((p) => ({
          id: p.provinceId,
          label: lookups.names.province(p.provinceId, lang),
          from: p.from,
          to: p.to,
        }))}
        selected={filters.provinces}
        filterTo={(id, f) => toggled(f, 'provinces', id)}
        explain={(id, year) => explainProvinceProjectCount(rows, id, year, explainContext(d))}
      />
    </div>
  );
}
