import { formatMoney, formatMoneyCompact, formatNumber, useLang, useT } from '../i18n';
import type { CountingRule } from '../data/counting';
import type { RankedCost } from './aggregate';
import { wrap } from '../ui/AxisTick';
import { BarChart, NARROW_BELOW } from '../ui/BarChart';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { applyFilterTo, type FilterTo } from '../ui/StaticBarChart';
import { seriesColour } from '../ui/palette';
import type { Explanation } from '../data/explain';
import { useAppStoreApi } from '../state/store';

interface Props {
  id: string;
  title: string;
  summary: string;
  labelColumn: string;
  items: RankedCost[];
  selected: string[];
  /** The filters a bar or the table's filter button leads to. */
  filterTo: FilterTo;
  colourIndex: number;
  /** A bar's arithmetic (data/explain.ts). */
  explain: (item: RankedCost) => Explanation;
  rule: CountingRule;
}

const label = (item: RankedCost) => (item.uncertain ? `${item.label} (?)` : item.label);

/** One bar per administrator or province, largest first; a click changes the shared filters as `filterTo` says. */
export function RankedCostChart({
  id,
  title,
  summary,
  labelColumn,
  items,
  selected,
  filterTo,
  colourIndex,
  explain,
  rule,
}: Props) {
  const m = useT('overview');
  const t = useT();
  const lang = useLang();
  const store = useAppStoreApi();
  const detail = (item: RankedCost) =>
    item.withoutCost ? m('noCostCount', { count: formatNumber(lang, item.withoutCost) }) : undefined;
  const rows: DataRow[] = items.map((item) => ({
    key: item.id,
    onFilter: () => applyFilterTo(store, filterTo, item.id),
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
      summary={summary}
      empty={!items.some((item) => item.hasCost)}
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
      <BarChart
        id={id}
        label={title}
        stacking="grouped"
        series={[{ fill: seriesColour(colourIndex) }]}
        rows={items.map((item) => ({
          id: item.id,
          name: label(item),
          values: [item.amount],
          bold: selected.includes(item.id),
          dimmed: selected.length > 0 && !selected.includes(item.id),
        }))}
        formatTick={(v) => formatMoneyCompact(lang, v)}
        formatValue={(v) => formatMoneyCompact(lang, v)}
        filterTo={filterTo}
        tooltip={(row) => <RankedTooltip item={items[row]!} />}
        shape={(width, paper) => {
          // Paper has no pointer to aim at a bar: thinner bars let the overview's three charts share two pages.
          const barHeight = paper ? 30 : 44;
          const narrow = width < NARROW_BELOW;
          const labels = items.map((item) => ({ lines: wrap(label(item), narrow ? 18 : 32), detail: detail(item) }));
          // A long name wraps to several lines (a Swedish joint authority's to five on a phone): the rows make room.
          // Paper is wide, its labels two lines at most, and keeps its thin bars.
          const mostLines = Math.max(1, ...labels.map((l) => l.lines.length + (l.detail ? 1 : 0)));
          return {
            rowHeight: paper ? barHeight : Math.max(barHeight, mostLines * 16 + 8),
            extraHeight: 40,
            minHeight: 80,
            margin: { top: 8, right: narrow ? 70 : 110, bottom: 8, left: 8 },
            axisWidth: narrow ? Math.round(width * 0.4) : 240,
            labels,
          };
        }}
      />
    </ChartFrame>
  );
}

function RankedTooltip({ item }: { item: RankedCost }) {
  const lang = useLang();
  const m = useT('overview');
  const t = useT();
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
