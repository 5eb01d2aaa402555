import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { linkState } from '../state/links';
import { urlStateOf, type AppStore } from '../state/store';
import type { Filters } from '../state/types';
import { AppLink } from './AppLink';
import { AxisTick } from './AxisTick';
import type { BarLayout, Margin } from './barLayout';

export interface BarSeries {
  /** Its name in the legend (charts with `legend`). */
  name?: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  /** Striped with the page's colour over `fill`, so the series differs from the others by more than colour. */
  hatched?: boolean;
}

export interface BarRow {
  id: string;
  /** The category's name: a bar that filters is a link named by it. */
  name: string;
  /** One value per series: a stack's segments in order, or the grouped series side by side. */
  values: number[];
  bold?: boolean;
  /** Drawn faint: something else is selected. */
  dimmed?: boolean;
}

/** What depends on the drawing's width: the labels' wrapping, the rows' height, the label column. */
export interface BarShape {
  rowHeight: number;
  extraHeight: number;
  minHeight?: number;
  margin: Margin;
  axisWidth: number;
  labels: { lines: string[]; detail?: string | string[] }[];
}

export interface BarChartSpec {
  /** The chart's id: names its patterns. */
  id: string;
  /** The drawing's accessible name. */
  label: string;
  stacking: 'stacked' | 'grouped';
  series: BarSeries[];
  rows: BarRow[];
  formatTick: (value: number) => string;
  /** A label at each bar's end. */
  formatValue?: (value: number) => string;
  /** Counts: whole-number ticks. */
  integer?: boolean;
  barGap?: number;
  legend?: boolean;
  /** The filters a click on a row's bars leads to from the current ones: the bars are a link to the page with them. */
  filterTo?: FilterTo;
  /** The tooltip of the row under the pointer (the interactive drawing's). */
  tooltip: (row: number) => ReactNode;
}

export type FilterTo = (id: string, filters: Filters) => Filters;

/** Where a row's bars lead: the same page with the filters `filterTo` makes of the current ones. */
const filterTarget = (filterTo: FilterTo, id: string) => ({
  change: (current: { filters: Filters }) => ({ filters: filterTo(id, current.filters) }),
});

/** What a click on a row's bars does once the app is running (the Recharts drawing's, the table's filter button). */
export function applyFilterTo(store: AppStore, filterTo: FilterTo, id: string) {
  const state = store.getState();
  state.restore(linkState(urlStateOf(state), filterTarget(filterTo, id)));
}

export interface DrawingProps {
  spec: BarChartSpec;
  shape: BarShape;
  layout: BarLayout;
  /** Prefix of the drawing's pattern ids, unique on the page. */
  patternId: string;
}

export const barFill = (series: BarSeries, index: number, patternId: string) =>
  series.hatched ? `url(#${patternId}-${index})` : series.fill;

export function HatchPatterns({ series, patternId }: { series: BarSeries[]; patternId: string }) {
  if (!series.some((s) => s.hatched)) return null;
  return (
    <defs>
      {series.map(
        (s, i) =>
          s.hatched && (
            <pattern
              key={i}
              id={`${patternId}-${i}`}
              patternUnits="userSpaceOnUse"
              width="6"
              height="6"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={s.fill} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--bg-raised)" strokeWidth="2" />
            </pattern>
          ),
      )}
    </defs>
  );
}

/** A category label, placed as Recharts places a left axis' tick (tick line 6 px, margin 2 px). */
export function CategoryLabel({
  spec,
  shape,
  row,
  x,
  y,
}: {
  spec: BarChartSpec;
  shape: BarShape;
  row: number;
  x: number;
  y: number;
}) {
  const label = shape.labels[row];
  return <AxisTick x={x} y={y} lines={label?.lines ?? []} detail={label?.detail} bold={spec.rows[row]?.bold} />;
}

/**
 * The bar chart as plain SVG, from its layout: what the prerendered page shows and what hydrates, with no charting
 * library. A row's bars that filter are one link to the page with that filter (`filterTo`): it works as HTML before
 * the app has taken over, and the app then answers a click in place; the table alternative has the same filters.
 * `fluid` draws it before its box is measured: as wide as the box, scaled down where the box is narrower.
 */
export function StaticBarChart({
  spec,
  shape,
  layout,
  patternId,
  fluid,
  className,
}: DrawingProps & { fluid?: boolean; className?: string }) {
  const m = useT('frame');
  const { plot } = layout;
  const { filterTo } = spec;
  const rowBars = spec.rows.map((row, i) => {
    const bars = layout.bars
      .filter((bar) => bar.row === i)
      .map((bar) => {
        const series = spec.series[bar.series]!;
        return (
          <rect
            key={`${row.id}-${bar.series}`}
            className="chart-bar"
            data-row={row.id}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            fill={barFill(series, bar.series, patternId)}
            fillOpacity={row.dimmed ? 0.35 : 1}
            stroke={series.stroke}
            strokeWidth={series.strokeWidth}
          />
        );
      });
    if (!bars.length) return null;
    return filterTo ? (
      <AppLink
        key={row.id}
        className="chart-bar-link"
        to={filterTarget(filterTo, row.id)}
        aria-label={m('filterBy', { label: row.name })}
      >
        {bars}
      </AppLink>
    ) : (
      <g key={row.id}>{bars}</g>
    );
  });
  return (
    <svg
      data-chart
      // With links in it the drawing is a group of them, named as the image would be; its words are the table's.
      role={filterTo ? 'group' : 'img'}
      aria-label={spec.label}
      className={className}
      width={fluid ? '100%' : layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <HatchPatterns series={spec.series} patternId={patternId} />
      {rowBars}
      <g aria-hidden="true">
        <g className="chart-axis">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.ticks.map((t) => (
            <line key={t.value} x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 6} />
          ))}
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          {layout.bands.map((b, i) => (
            <line key={i} x1={plot.left - 6} x2={plot.left} y1={b.centre} y2={b.centre} />
          ))}
        </g>
        {layout.ticks.map((t) => (
          <text key={t.value} x={t.x} y={plot.bottom + 8} dy="0.71em" textAnchor="middle" className="chart-axis-value">
            {spec.formatTick(t.value)}
          </text>
        ))}
        {layout.bands.map((b, i) => (
          <CategoryLabel key={spec.rows[i]!.id} spec={spec} shape={shape} row={i} x={plot.left - 8} y={b.centre} />
        ))}
        {spec.formatValue &&
          layout.bars.map((bar) => (
            <text
              key={`${bar.row}-${bar.series}`}
              x={bar.x + bar.width + 5}
              y={bar.y + bar.height / 2}
              dy="0.355em"
              className="chart-value"
            >
              {spec.formatValue!(bar.value)}
            </text>
          ))}
      </g>
    </svg>
  );
}

/** The series' names with their swatches, above the drawing (both drawings: the swap leaves it in place). */
export function BarLegend({ series, patternId }: { series: BarSeries[]; patternId: string }) {
  return (
    <ul className="chart-legend">
      {series.map((s, i) => (
        <li key={i}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <HatchPatterns series={[s]} patternId={`${patternId}-legend-${i}`} />
            <rect
              x="1"
              y="1"
              width="12"
              height="12"
              fill={barFill(s, 0, `${patternId}-legend-${i}`)}
              stroke={s.stroke ?? s.fill}
            />
          </svg>{' '}
          <span>{s.name}</span>
        </li>
      ))}
    </ul>
  );
}
