import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../ui/useElementWidth';
import { usePrinting } from '../ui/usePrinting';
import { formatMoney, formatMoneyCompact, formatNumber, useLang, useMessages, useT } from '../i18n';
import type { CountingRule } from '../data/counting';
import type { RankedCost } from './aggregate';
import { AxisTick, wrap } from '../ui/AxisTick';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { chartMessages } from './messages';
import type { TooltipProps } from '../ui/tooltip';
import { seriesColour } from '../ui/palette';
import type { Explanation } from '../data/explain';

interface Props {
  id: string;
  title: string;
  summary: string;
  labelColumn: string;
  items: RankedCost[];
  selected: string[];
  onSelect: (id: string) => void;
  colourIndex: number;
  /** A bar's arithmetic (data/explain.ts). */
  explain: (item: RankedCost) => Explanation;
  rule: CountingRule;
}

const label = (item: RankedCost) => (item.uncertain ? `${item.label} (?)` : item.label);

/** One bar per administrator or province, largest first; a click toggles that value in the shared filters. */
export function RankedCostChart({
  id,
  title,
  summary,
  labelColumn,
  items,
  selected,
  onSelect,
  colourIndex,
  explain,
  rule,
}: Props) {
  const m = useMessages(chartMessages);
  const t = useT();
  const lang = useLang();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < 640;
  // Paper has no pointer to aim at a bar: thinner bars let the overview's three charts share two pages.
  const barHeight = usePrinting() ? 30 : 44;
  const detail = (item: RankedCost) =>
    item.withoutCost ? m('noCostCount', { count: formatNumber(lang, item.withoutCost) }) : undefined;
  const rows: DataRow[] = items.map((item) => ({
    key: item.id,
    onFilter: () => onSelect(item.id),
    active: selected.includes(item.id),
    cells: [
      { text: label(item), csv: label(item) },
      item.hasCost
        ? { text: formatMoney(lang, Math.round(item.amount)), csv: Math.round(item.amount), numeric: true }
        : { text: t('noCostData'), csv: '', numeric: true },
      { text: formatNumber(lang, item.projects), csv: item.projects, numeric: true },
      { text: formatNumber(lang, item.withoutCost), csv: item.withoutCost, numeric: true },
      { text: formatNumber(lang, item.uncertain), csv: item.uncertain, numeric: true },
    ],
  }));
  const hasUncertain = items.some((i) => i.uncertain > 0);

  return (
    <ChartFrame
      id={id}
      title={title}
      summary={items.length ? summary : m('empty')}
      columns={[labelColumn, m('colAmount'), m('colProjects'), m('colWithoutCost'), m('colUncertain')]}
      rows={rows}
      explanations={items.map((item) => ({
        key: item.id,
        label: `${label(item)}: ${item.hasCost ? formatMoney(lang, Math.round(item.amount)) : t('noCostData')}`,
        explanation: explain(item),
      }))}
      rule={rule}
      notes={
        <p className="muted">
          {m('sharedNote')}
          {hasUncertain ? ` ${m('uncertainMark')}` : ''}
        </p>
      }
    >
      <div ref={ref} className="chart-canvas">
        <BarChart
          width={width}
          height={Math.max(80, items.length * barHeight + 40)}
          data={items}
          layout="vertical"
          margin={{ top: 8, right: narrow ? 70 : 110, bottom: 8, left: 8 }}
          role="img"
          aria-label={title}
        >
          <XAxis type="number" tickFormatter={(v: number) => formatMoneyCompact(lang, v)} stroke="var(--fg-muted)" />
          <YAxis
            type="category"
            dataKey="id"
            width={narrow ? Math.round(width * 0.4) : 240}
            interval={0}
            tick={(p: { x?: number | string; y?: number | string; index: number }) => {
              const item = items[p.index]!;
              return (
                <AxisTick
                  x={p.x}
                  y={p.y}
                  lines={wrap(label(item), narrow ? 18 : 32)}
                  detail={detail(item)}
                  bold={selected.includes(item.id)}
                />
              );
            }}
          />
          <Tooltip
            content={(p) => <RankedTooltip active={p.active} payload={p.payload} />}
            cursor={{ fill: 'var(--accent-bg)' }}
          />
          <Bar
            dataKey="amount"
            fill={seriesColour(colourIndex)}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(d) => onSelect((d.payload as RankedCost).id)}
          >
            {items.map((item) => (
              <Cell key={item.id} fillOpacity={selected.length && !selected.includes(item.id) ? 0.35 : 1} />
            ))}
            <LabelList
              dataKey="amount"
              position="right"
              className="chart-value"
              formatter={(v: unknown) => formatMoneyCompact(lang, Number(v))}
            />
          </Bar>
        </BarChart>
      </div>
    </ChartFrame>
  );
}

function RankedTooltip({ active, payload }: TooltipProps) {
  const lang = useLang();
  const m = useMessages(chartMessages);
  const t = useT();
  const item = payload?.[0]?.payload as RankedCost | undefined;
  if (!active || !item) return null;
  return (
    <div className="chart-tooltip">
      <strong>{label(item)}</strong>
      <p>
        {m('colAmount')}: {item.hasCost ? formatMoney(lang, Math.round(item.amount)) : t('noCostData')}
      </p>
      <p>
        {m('colProjects')}: {formatNumber(lang, item.projects)}
        {item.withoutCost ? ` · ${m('noCostCount', { count: formatNumber(lang, item.withoutCost) })}` : ''}
      </p>
    </div>
  );
}
