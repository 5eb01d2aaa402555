import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { applyFilterTo, barFill, CategoryLabel, HatchPatterns, type DrawingProps } from './StaticBarChart';
import { CATEGORY_GAP, X_AXIS_HEIGHT } from './barLayout';
import { useAppStoreApi } from '../state/store';

interface Datum {
  id: string;
  row: number;
  [series: `v${number}`]: number;
}

/**
 * The bar chart in Recharts, for its tooltips (ui/BarChart): drawn at the static drawing's size, with its value axis
 * band, category gap, domain and ticks, so it takes its place without moving anything.
 */
export default function InteractiveBarChart({ spec, shape, layout, patternId }: DrawingProps) {
  const store = useAppStoreApi();
  const data: Datum[] = spec.rows.map((r, row) => {
    const d: Datum = { id: r.id, row };
    r.values.forEach((v, i) => (d[`v${i}`] = v));
    return d;
  });
  const { filterTo } = spec;
  return (
    <BarChart
      width={layout.width}
      height={layout.height}
      data={data}
      layout="vertical"
      margin={shape.margin}
      barGap={spec.barGap ?? 4}
      barCategoryGap={`${CATEGORY_GAP * 100}%`}
      role="img"
      aria-label={spec.label}
    >
      <HatchPatterns series={spec.series} patternId={patternId} />
      <XAxis
        type="number"
        height={X_AXIS_HEIGHT}
        domain={layout.domain}
        ticks={layout.ticks.map((t) => t.value)}
        interval={0}
        tickFormatter={spec.formatTick}
        stroke="var(--fg-muted)"
      />
      <YAxis
        type="category"
        dataKey="id"
        width={shape.axisWidth}
        interval={0}
        stroke="var(--fg-muted)"
        tick={(p: { x?: number | string; y?: number | string; index: number }) => (
          <CategoryLabel spec={spec} shape={shape} row={p.index} x={Number(p.x)} y={Number(p.y)} />
        )}
      />
      <Tooltip
        content={(p) => {
          const d = p.payload?.[0]?.payload as Datum | undefined;
          return p.active && d ? spec.tooltip(d.row) : null;
        }}
        cursor={{ fill: 'var(--accent-bg)' }}
      />
      {spec.series.map((s, i) => (
        <Bar
          key={i}
          dataKey={`v${i}`}
          stackId={spec.stacking === 'stacked' ? 'stack' : undefined}
          fill={barFill(s, i, patternId)}
          stroke={s.stroke}
          strokeWidth={s.strokeWidth}
          isAnimationActive={false}
          cursor={filterTo ? 'pointer' : undefined}
          onClick={filterTo && ((d) => applyFilterTo(store, filterTo, (d.payload as Datum).id))}
        >
          {spec.rows.map((r) => (
            <Cell key={r.id} fillOpacity={r.dimmed ? 0.35 : 1} />
          ))}
          {spec.formatValue && (
            <LabelList
              dataKey={`v${i}`}
              position="right"
              className="chart-value"
              formatter={(v: unknown) => (Number(v) > 0 ? spec.formatValue!(Number(v)) : '')}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  );
}
