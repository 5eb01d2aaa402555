import { formatList, formatMoney, formatMoneyCompact, formatNumber, formatPercent, useLang, useT } from '../i18n';
import { useAppStore } from '../state/store';
import { toggled } from '../state/facets';
import { leaders } from '../data/leaders';
import { costByArea, type AreaCost, type Segment, type Split } from './aggregate';
import { ProjectName } from '../ui/ProjectName';
import { wrap } from '../ui/AxisTick';
import { BarChart, NARROW_BELOW } from '../ui/BarChart';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { useProjectRows } from '../state/useProjectRows';
import { seriesColour } from '../ui/palette';
import { keepEarlyEdit } from '../ui/earlyEdit';
import type { ProjectRow } from '../data/rows';
import type { Theme } from '../data/schema';
import { useDataset } from '../data/DataContext';
import { explainContext, explainRowsCost, explainShare } from '../data/explain';

/** `noCost`: what the chart says instead of a drawing when no row it reads states a cost. */
export function CostByAreaChart({ rows, themes, noCost }: { rows: ProjectRow[]; themes: Theme[]; noCost: string }) {
  const m = useT('overview');
  const t = useT();
  const lang = useLang();
  const split = useAppStore((s) => s.chart.split);
  const setChart = useAppStore((s) => s.setChart);
  const selected = useAppStore((s) => s.filters.themes);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const { lookups } = useProjectRows();
  const ctx = explainContext(useDataset());

  const areas = costByArea(rows, themes, split, lang, lookups);
  const total = areas.reduce((s, a) => s + a.total, 0);
  const withoutCost = areas.reduce((s, a) => s + a.withoutCost, 0);
  const top = leaders(areas, (a) => a.total);
  const slots = Math.max(1, ...areas.map((a) => a.segments.length));
  // An area the filters leave out, or whose projects state no cost, says so in words: its "0 €" would be false.
  const amountText = (a: AreaCost) =>
    a.projects === 0 ? m('areaFilteredOut') : a.projects > a.withoutCost ? null : t('noCostData');
  const detail = (a: AreaCost, narrow: boolean) => {
    const parts = [
      amountText(a) ?? m('areaTick', { amount: formatMoney(lang, a.total), share: formatPercent(lang, a.share) }),
      a.withoutCost && a.projects > a.withoutCost ? m('noCostCount', { count: formatNumber(lang, a.withoutCost) }) : '',
    ].filter(Boolean);
    return narrow ? parts : parts.join(' · ');
  };

  const columns = [m('colArea'), m('colSegment'), m('colAmount'), m('colShare'), m('colProjects'), m('colWithoutCost')];
  const tableRows: DataRow[] = areas.flatMap((a) => [
    {
      key: a.theme.id,
      onFilter: () => toggle('themes', a.theme.id),
      active: selected.includes(a.theme.id),
      cells: [
        { text: a.theme.name[lang], csv: a.theme.name[lang] },
        { text: m('total'), csv: '' },
        amountText(a) === null
          ? { text: formatMoney(lang, a.total), csv: a.total, numeric: true }
          : { text: amountText(a)!, csv: '', numeric: true },
        amountText(a) === null
          ? { text: formatPercent(lang, a.share), csv: Math.round(a.share * 1000) / 10, numeric: true }
          : { text: '', csv: '', numeric: true },
        { text: formatNumber(lang, a.projects), csv: a.projects, numeric: true },
        { text: formatNumber(lang, a.withoutCost), csv: a.withoutCost, numeric: true },
      ],
    },
    ...a.segments.map((seg) => ({
      key: `${a.theme.id}/${seg.key}`,
      cells: [
        { text: a.theme.name[lang], csv: a.theme.name[lang] },
        { text: seg.label, csv: seg.label, content: <SegmentLabel segment={seg} /> },
        { text: formatMoney(lang, seg.amount), csv: seg.amount, numeric: true },
        {
          text: formatPercent(lang, total ? seg.amount / total : 0),
          csv: total ? Math.round((seg.amount / total) * 1000) / 10 : 0,
          numeric: true,
        },
        { text: formatNumber(lang, seg.projectIds.length), csv: seg.projectIds.length, numeric: true },
        { text: '', csv: '' },
      ],
    })),
  ]);

  const explanations = areas
    .filter((a) => amountText(a) === null)
    .map((a) => ({
      key: a.theme.id,
      label: `${a.theme.name[lang]}: ${formatMoney(lang, a.total)} (${formatPercent(lang, a.share)})`,
      explanation: explainShare(
        explainRowsCost(
          rows.filter((r) => r.project.themeId === a.theme.id),
          ctx,
        ),
        total,
      ),
    }));

  const controls = (
    <fieldset className="segmented">
      <legend>{m('areaSplit')}</legend>
      {(['project', 'administrator'] as Split[]).map((s) => (
        <label key={s}>
          <input
            type="radio"
            name="area-split"
            value={s}
            checked={split === s}
            onChange={() => setChart({ split: s })}
            ref={keepEarlyEdit(({ checked }) => checked && setChart({ split: s }))}
          />
          {m(s === 'project' ? 'splitProject' : 'splitAdministrator')}
        </label>
      ))}
    </fieldset>
  );

  return (
    <ChartFrame
      id="cost-by-area"
      title={m('areaTitle')}
      empty={total === 0}
      summary={
        top.length > 0 && total > 0
          ? [
              m('areaSummary', {
                total: formatMoney(lang, total),
                leaders: top.length,
                top: formatList(
                  lang,
                  top.map((a) => a.theme.name[lang]),
                ),
                topAmount: formatMoney(lang, top[0]!.total),
                topShare: formatPercent(lang, top[0]!.share),
              }),
              withoutCost ? m('areaMissing', { withoutCost }) : '',
            ]
              .filter(Boolean)
              .join(' ')
          : noCost
      }
      columns={columns}
      rows={tableRows}
      rule={split === 'administrator' ? 'split-equally' : 'full'}
      controls={controls}
      explanations={explanations}
      notes={split === 'administrator' ? <p className="muted">{m('sharedNote')}</p> : undefined}
    >
      <BarChart
        id="cost-by-area"
        label={m('areaTitle')}
        stacking="stacked"
        series={Array.from({ length: slots }, (_, i) => ({
          fill: seriesColour(i),
          stroke: 'var(--bg-raised)',
          strokeWidth: 2,
        }))}
        rows={areas.map((a) => ({
          id: a.theme.id,
          name: a.theme.name[lang],
          values: a.segments.map((seg) => seg.amount),
          bold: selected.includes(a.theme.id),
          dimmed: selected.length > 0 && !selected.includes(a.theme.id),
        }))}
        formatTick={(v) => formatMoneyCompact(lang, v)}
        filterTo={(id, f) => toggled(f, 'themes', id)}
        tooltip={(row) => <AreaTooltip area={areas[row]!} />}
        shape={(width, paper) => {
          const narrow = width < NARROW_BELOW;
          return {
            rowHeight: paper ? 60 : narrow ? 96 : 78,
            extraHeight: 40,
            // Room on the right for half of the last tick's label, which is centred on the axis' end.
            margin: { top: 8, right: 36, bottom: 8, left: 8 },
            axisWidth: narrow ? Math.round(width * 0.48) : 300,
            labels: areas.map((a) => ({
              lines: wrap(a.theme.name[lang], narrow ? 22 : 40),
              detail: detail(a, narrow),
            })),
          };
        }}
      />
      <SegmentLegend areas={areas} />
    </ChartFrame>
  );
}

/** A segment's name: a project's in the reader's language with its rendering, else its administrator. */
function SegmentLabel({ segment, inline = false }: { segment: Segment; inline?: boolean }) {
  const m = useT('overview');
  const { lookups } = useProjectRows();
  const project = segment.projectId ? lookups.projects.get(segment.projectId) : undefined;
  if (project) return <ProjectName project={project} rendered={inline ? 'inline' : true} />;
  return <>{segment.label || m('unknownAdmin')}</>;
}

/**
 * On paper there is no tooltip to say whose part of a bar a colour is: each area's segments, in the bar's order,
 * with their colour and cost (print.css shows it; on screen the tooltip and the table do this).
 */
function SegmentLegend({ areas }: { areas: AreaCost[] }) {
  const lang = useLang();
  const m = useT('overview');
  return (
    <div className="segment-legend print-only">
      <p className="segment-legend-title">{m('segmentLegend')}</p>
      {areas.map((a) => (
        <div key={a.theme.id}>
          <p className="segment-legend-area">{a.theme.name[lang]}</p>
          <ul>
            {a.segments.map((seg, i) => (
              <li key={seg.key}>
                <svg width="10" height="10" aria-hidden="true">
                  <rect width="10" height="10" fill={seriesColour(i)} />
                </svg>{' '}
                <SegmentLabel segment={seg} inline />: {formatMoney(lang, seg.amount)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function AreaTooltip({ area: a }: { area: AreaCost }) {
  const lang = useLang();
  const m = useT('overview');
  return (
    <div className="chart-tooltip">
      <strong>{a.theme.name[lang]}</strong>
      <ul>
        {a.segments.map((seg, i) => (
          <li key={seg.key}>
            <span className="swatch" style={{ background: seriesColour(i) }} aria-hidden="true" />{' '}
            <SegmentLabel segment={seg} inline />: {formatMoney(lang, seg.amount)}
          </li>
        ))}
      </ul>
      <p>
        {m('total')}: {formatMoney(lang, a.total)} ({formatPercent(lang, a.share)})
        {a.withoutCost ? ` · ${m('noCostCount', { count: formatNumber(lang, a.withoutCost) })}` : ''}
      </p>
    </div>
  );
}
