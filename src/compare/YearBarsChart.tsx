import { Bar, BarChart, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../ui/useElementWidth';
import { formatNumber, useLang } from '../i18n';
import { AxisTick, wrap } from '../ui/AxisTick';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { seriesColour } from '../ui/palette';
import type { TooltipProps } from '../ui/tooltip';
import type { Explanation } from '../data/explain';
import type { YearPair } from './compare';

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
  onSelect?: (id: string) => void;
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
  onSelect,
  selected = [],
  explain,
}: Props) {
  const lang = useLang();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < 640;
  const wrapAt = narrow ? 20 : 36;
  const maxLines = Math.max(1, ...data.map((d) => wrap(d.label, wrapAt).length));
  const band = Math.max(56, maxLines * 16 + 18);
  const rows: DataRow[] = data.map((d) => ({
    key: d.id,
    onFilter: onSelect && (() => onSelect(d.id)),
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
  const hatch = `hatch-${id}`;
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
      <div ref={ref} className="chart-canvas">
        <BarChart
          width={width}
          height={data.length * band + 70}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
          role="img"
          aria-label={title}
          barGap={2}
        >
          <defs>
            <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={seriesColour(1)} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--bg-raised)" strokeWidth="2" />
            </pattern>
          </defs>
          <XAxis type="number" allowDecimals={false} stroke="var(--fg-muted)" />
          <YAxis
            type="category"
            dataKey="id"
            width={narrow ? Math.round(width * 0.42) : 280}
            interval={0}
            tick={(p: { x?: number | string; y?: number | string; index: number }) => (
              <AxisTick
                x={p.x}
                y={p.y}
                lines={wrap(data[p.index]!.label, wrapAt)}
                bold={selected.includes(data[p.index]!.id)}
              />
            )}
          />
          <Tooltip
            content={(p) => <YearTooltip active={p.active} payload={p.payload} years={years} />}
            cursor={{ fill: 'var(--accent-bg)' }}
          />
          <Legend verticalAlign="top" height={28} content={(p) => <YearLegend payload={p.payload} />} />
          {(['from', 'to'] as const).map((key) => (
            <Bar
              key={key}
              name={String(years[key])}
              dataKey={key}
              fill={key === 'from' ? seriesColour(0) : `url(#${hatch})`}
              stroke={key === 'from' ? seriesColour(0) : seriesColour(1)}
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={onSelect && ((d) => onSelect((d.payload as YearDatum).id))}
            >
              <LabelList
                dataKey={key}
                position="right"
                className="chart-value"
                formatter={(v: unknown) => (Number(v) ? formatNumber(lang, Number(v)) : '')}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
    </ChartFrame>
  );
}

function YearTooltip({ active, payload, years }: TooltipProps & { years: YearPair }) {
  const lang = useLang();
  const d = payload?.[0]?.payload as YearDatum | undefined;
  if (!active || !d) return null;
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

/**
 * Recharts' default legend names each swatch "2008 legend icon" in English for screen readers; the swatch only
 * repeats the year beside it, so it is hidden from them and the year is read once.
 */
function YearLegend({ payload }: { payload?: ReadonlyArray<{ value?: unknown; color?: string }> }) {
  return (
    <ul className="recharts-default-legend year-legend">
      {(payload ?? []).map((entry, i) => (
        <li key={i} className="recharts-legend-item">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <rect
              x="1"
              y="1"
              width="12"
              height="12"
              fill={entry.color}
              stroke={i === 0 ? entry.color : seriesColour(1)}
            />
          </svg>{' '}
          <span className="recharts-legend-item-text">{String(entry.value ?? '')}</span>
        </li>
      ))}
    </ul>
  );
}
