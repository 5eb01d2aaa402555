import { formatNumber, useLang } from '../i18n';
import { wrap } from '../ui/AxisTick';
import { BarChart, NARROW_BELOW } from '../ui/BarChart';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { seriesColour } from '../ui/palette';
import { applyFilterTo, type FilterTo } from '../ui/StaticBarChart';
import type { Explanation } from '../data/explain';
import type { YearPair } from './compare';
import { useAppStoreApi } from '../state/store';

export interface YearDatum {
  id: string;
  label: string;
  from: number;
  to: number;
}

interface Props {
  id: string;
  title: string;
  summary: string;
  years: YearPair;
  labelColumn: string;
  data: YearDatum[];
  /** The filters a bar or the table's filter button leads to. */
  filterTo?: FilterTo;
  selected?: string[];
  /** A bar's count explained: the projects it counts (data/explain.ts). */
  explain?: (id: string, year: number) => Explanation;
}

/** Counts per category for the earlier year beside the later; the later year's bars are hatched so the years differ by more than colour. */
export function YearBarsChart({
  id,
  title,
  summary,
  years,
  labelColumn,
  data,
  filterTo,
  selected = [],
  explain,
}: Props) {
  const lang = useLang();
  const store = useAppStoreApi();
  const rows: DataRow[] = data.map((d) => ({
    key: d.id,
    onFilter: filterTo && (() => applyFilterTo(store, filterTo, d.id)),
    active: selected.includes(d.id),
    cells: [
      { text: d.label, csv: d.label },
      { text: formatNumber(lang, d.from), csv: d.from, numeric: true },
      { text: formatNumber(lang, d.to), csv: d.to, numeric: true },
    ],
  }));
  const explanations =
    explain &&
    data.flatMap((d) =>
      (['from', 'to'] as const)
        .filter((key) => d[key] > 0)
        .map((key) => ({
          key: `${d.id}-${years[key]}`,
          label: `${d.label}, ${years[key]}: ${formatNumber(lang, d[key])}`,
          explanation: explain(d.id, years[key]),
        })),
    );
  return (
    <ChartFrame
      id={id}
      title={title}
      summary={summary}
      columns={[labelColumn, String(years.from), String(years.to)]}
      rows={rows}
      rule="full"
      explanations={explanations}
    >
      <BarChart
        id={id}
        label={title}
        stacking="grouped"
        series={[
          { name: String(years.from), fill: seriesColour(0), stroke: seriesColour(0) },
          { name: String(years.to), fill: seriesColour(1), stroke: seriesColour(1), hatched: true },
        ]}
        rows={data.map((d) => ({ id: d.id, name: d.label, values: [d.from, d.to], bold: selected.includes(d.id) }))}
        formatTick={(v) => formatNumber(lang, v)}
        formatValue={(v) => formatNumber(lang, v)}
        integer
        barGap={2}
        legend
        filterTo={filterTo}
        tooltip={(row) => <YearTooltip d={data[row]!} years={years} />}
        shape={(width) => {
          const wrapAt = width < NARROW_BELOW ? 20 : 36;
          const labels = data.map((d) => ({ lines: wrap(d.label, wrapAt) }));
          const maxLines = Math.max(1, ...labels.map((l) => l.lines.length));
          return {
            rowHeight: Math.max(56, maxLines * 16 + 18),
            // 70 px besides the rows as before, less the legend's 28 px above the drawing (charts.css).
            extraHeight: 42,
            margin: { top: 8, right: 40, bottom: 8, left: 8 },
            axisWidth: width < NARROW_BELOW ? Math.round(width * 0.42) : 280,
            labels,
          };
        }}
      />
    </ChartFrame>
  );
}

function YearTooltip({ d, years }: { d: YearDatum; years: YearPair }) {
  const lang = useLang();
  return (
    <div className="chart-tooltip">
      <strong>{d.label}</strong>
      <p>
        {years.from}: {formatNumber(lang, d.from)}
      </p>
      <p>
        {years.to}: {formatNumber(lang, d.to)}
      </p>
    </div>
  );
}
