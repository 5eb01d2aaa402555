import { useMemo } from 'react';
import { YearBarsChart } from './YearBarsChart';
import { useDataset } from '../data/DataContext';
import type { ProjectRow } from '../data/rows';
import { formatList, useLang, useMessages } from '../i18n';
import { leaders } from '../data/leaders';
import { useAppStore } from '../state/store';
import { useProjectRows } from '../state/useProjectRows';
import { projectsPerNationalTheme, projectsPerTheme, provincesPerYear } from './compare';
import { compareMessages } from './messages';

/** The comparison's Recharts charts, in a chunk of their own so the theme flow paints first. */
export default function CompareCharts({ rows }: { rows: ProjectRow[] }) {
  const m = useMessages(compareMessages);
  const lang = useLang();
  const d = useDataset();
  const { lookups } = useProjectRows();
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const perTheme = useMemo(
    () => [...projectsPerTheme(rows, d.themes, 2008), ...projectsPerTheme(rows, d.themes, 2009)],
    [rows, d.themes],
  );
  const national = useMemo(() => projectsPerNationalTheme(rows, d.themes), [rows, d.themes]);
  const provinces = useMemo(
    () =>
      provincesPerYear(
        rows,
        d.regions.provinces.map((p) => p.id),
      ).filter((p) => p.y2008 + p.y2009 > 0),
    [rows, d.regions.provinces],
  );
  const sum = (year: number) =>
    perTheme.filter((p) => p.theme.scheme === `plan-${year}`).reduce((s, p) => s + p.projects, 0);
  const topNational = leaders(national, (n) => n.y2009);
  return (
    <>
      <YearBarsChart
        id="projects-per-theme"
        title={m('perThemeTitle')}
        summary={m('perThemeSummary', { y2008: sum(2008), y2009: sum(2009) })}
        labelColumn={m('colTheme')}
        data={perTheme.map((p) => ({
          id: p.theme.id,
          label: p.theme.name[lang],
          y2008: p.theme.scheme === 'plan-2008' ? p.projects : 0,
          y2009: p.theme.scheme === 'plan-2009' ? p.projects : 0,
        }))}
        selected={filters.themes}
        onSelect={(id) => toggle('themes', id)}
      />
      <YearBarsChart
        id="projects-per-national-theme"
        title={m('perNationalTitle')}
        summary={m('perNationalSummary', {
          leaders: topNational.length,
          top: formatList(
            lang,
            topNational.map((n) => n.theme.name[lang]),
          ),
          count: topNational[0]?.y2009 ?? 0,
        })}
        labelColumn={m('colNational')}
        data={national.map((n) => ({ id: n.theme.id, label: n.theme.name[lang], y2008: n.y2008, y2009: n.y2009 }))}
      />
      <YearBarsChart
        id="projects-per-province"
        title={m('provincesTitle')}
        summary={m('provincesSummary')}
        labelColumn={m('colProvince')}
        data={provinces.map((p) => ({
          id: p.provinceId,
          label: lookups.names.province(p.provinceId, lang),
          y2008: p.y2008,
          y2009: p.y2009,
        }))}
        selected={filters.provinces}
        onSelect={(id) => toggle('provinces', id)}
      />
    </>
  );
}
