import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { isYearless } from '../data/eventDate';
import { formatDateBound, formatDateSpan, formatNumber, pluralCategory, useLang, useT } from '../i18n';
import { useDocumentDate } from '../ui/useDocumentDate';
import { activeFilterCount, useAppStore } from '../state/store';
import { useFilteredRows } from '../state/useProjectRows';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useElementWidth } from '../ui/useElementWidth';
import { buildTimeline, FIRST_YEAR, LAST_YEAR, yearPosition, type TimelineItem } from './timeline';
import { sourceLabel } from '../ui/documentName';
import '../ui/charts.css';
import './timeline.css';

const ROW = 38;
const AXIS = 26;
const PAD = 10;
/** Average advance of a 13 px label character: longer names are cut with "…" (the full name is in the tooltip and table). */
const CHAR = 6.6;

const fit = (text: string, room: number) => {
  const max = Math.floor(room / CHAR);
  return text.length <= max ? text : `${text.slice(0, Math.max(max - 1, 1)).trimEnd()}…`;
};

/** Project periods, linked projects, programme phases and events, 2004–2017, following the shared filters. */
export default function TimelineView() {
  const m = useT('timeline');
  const lang = useLang();
  const d = useDataset();
  const filtered = useFilteredRows();
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selectedProjectId);
  const select = useAppStore((s) => s.selectProject);
  const timeline = useMemo(
    () => buildTimeline(d, new Set(filtered.map((r) => r.project.id)), lang),
    [d, filtered, lang],
  );
  const count = (key: 'project' | 'linked' | 'event', n: number) =>
    m(`count.${key}.${pluralCategory(lang, n)}`, { count: formatNumber(lang, n) });
  const of = (lane: TimelineItem['lane']) => timeline.items.filter((i) => i.lane === lane).length;
  // What the drawing shows: an event whose date has no year is in the table only (said below it).
  const drawnEvents = timeline.items.filter((i) => i.lane === 'event' && i.start && !isYearless(i.start)).length;
  const summary = m('summary', {
    projects: count('project', of('project')),
    linked: count('linked', of('linked')),
    events: count('event', drawnEvents),
  });
  const typeOf = (i: TimelineItem) =>
    i.lane === 'linked'
      ? m(`relation.${i.relation!}`)
      : i.lane === 'event'
        ? m(`event.${i.eventKind!}`)
        : m(`lane.${i.lane === 'phase' ? 'phase' : 'project'}`);
  const doc = (i: TimelineItem) => sourceLabel(i.source, d.sources, lang);
  const date = (b: string | null) => (b ? formatDateBound(lang, b) : m('noDate'));
  const documentDate = useDocumentDate();
  const startDate = (b: string | null) => (b ? documentDate(b) : m('noDate'));
  const yearless = timeline.items.filter((i) => i.start && isYearless(i.start)).length;
  const rows: DataRow[] = timeline.items.map((i) => ({
    key: i.key,
    onFilter: i.lane === 'project' ? () => select(selected === i.projectId ? null : i.projectId) : undefined,
    active: i.lane === 'project' && selected === i.projectId,
    cells: [
      {
        // The rendering follows the name it renders, before the place and time ("Välittäjä 2009 (…), Vasa").
        text: `${i.name}${i.rendering ? ` (${i.rendering})` : ''}${i.rest}`,
        csv: `${i.name}${i.rendering ? ` (${i.rendering})` : ''}${i.rest}`,
        content: (
          <>
            {i.lang && i.lang !== lang ? <span lang={i.lang}>{i.name}</span> : i.name}
            {i.rendering && <span className="name-rendering is-inline"> ({i.rendering})</span>}
            {i.rest}
          </>
        ),
      },
      { text: typeOf(i), csv: typeOf(i) },
      { text: startDate(i.start), csv: i.start ?? '' },
      { text: i.end ? date(i.end) : '', csv: i.end ?? '' },
      { text: doc(i), csv: doc(i) },
    ],
  }));

  return (
    <section aria-labelledby="timeline-title" className="timeline-view">
      <h1 id="timeline-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      <ChartFrame
        id="timeline"
        title={m('chartTitle')}
        summary={
          timeline.items.length
            ? `${summary}${activeFilterCount(filters) ? ` ${m('summaryFiltered')}` : ''}`
            : m('empty')
        }
        columns={[m('colName'), m('colType'), m('colStart'), m('colEnd'), m('colSource')]}
        rows={rows}
        rule="full"
        notes={
          <>
            {timeline.undatedProjects > 0 && (
              <p>
                {m(`undated.${pluralCategory(lang, timeline.undatedProjects)}`, {
                  count: formatNumber(lang, timeline.undatedProjects),
                })}
              </p>
            )}
            {yearless > 0 && (
              <p>{m(`yearless.${pluralCategory(lang, yearless)}`, { count: formatNumber(lang, yearless) })}</p>
            )}
          </>
        }
      >
        <TimelineChart
          items={timeline.items}
          selected={selected}
          onSelect={(id) => select(selected === id ? null : id)}
          title={m('chartTitle')}
          eventsLane={m('eventsLane')}
          noDate={m('noDate')}
        />
      </ChartFrame>
      <FilteredProjects />
    </section>
  );
}

interface ChartProps {
  items: TimelineItem[];
  selected: string | null;
  onSelect: (projectId: string) => void;
  title: string;
  eventsLane: string;
  noDate: string;
}

/** The drafts' widths before the box is measured: a phone's and a wide screen's; timeline.css picks one. */
const DRAFT = { narrow: 360, wide: 1000 };

/**
 * One row per phase, project and linked project; a project's events sit on its row, the programme's on their own.
 * Not yet measured (the prerendered page and its hydration), it comes in both drafts, drawn fluid.
 */
function TimelineChart(props: ChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(null);
  return (
    <div ref={ref} className="timeline-chart">
      {width === null ? (
        <>
          <TimelineDrawing {...props} width={DRAFT.narrow} className="timeline-if-narrow" />
          <TimelineDrawing {...props} width={DRAFT.wide} className="timeline-if-wide" />
        </>
      ) : (
        <TimelineDrawing {...props} width={width} />
      )}
    </div>
  );
}

function TimelineDrawing({
  items,
  selected,
  onSelect,
  title,
  eventsLane,
  noDate,
  width,
  className,
}: ChartProps & { width: number; className?: string }) {
  const lang = useLang();
  const bars = items.filter((i) => i.lane !== 'event');
  // An event without a year has no place on the axis: the table lists it.
  const placed = items.filter((i) => i.lane === 'event' && i.start && !isYearless(i.start));
  const programmeEvents = placed.filter(
    (i) => !i.projectId || !bars.some((b) => b.lane === 'project' && b.projectId === i.projectId),
  );
  const rowOf = new Map(bars.map((b, n) => [b.lane === 'project' ? b.projectId : b.key, n]));
  const eventRow = bars.length;
  const height = AXIS + (bars.length + (programmeEvents.length ? 1 : 0)) * ROW + PAD;
  const span = LAST_YEAR + 1 - FIRST_YEAR;
  const x = (pos: number) =>
    PAD + ((Math.min(Math.max(pos, FIRST_YEAR), LAST_YEAR + 1) - FIRST_YEAR) / span) * (width - 2 * PAD);
  const years = Array.from({ length: span }, (_, n) => FIRST_YEAR + n).filter((y) => width >= 560 || y % 2 === 0);
  const top = (row: number) => AXIS + row * ROW;
  const when = (i: TimelineItem) =>
    i.start ? formatDateSpan(lang, i.start, i.end) : i.end ? formatDateBound(lang, i.end) : '';

  return (
    <svg
      data-chart="timeline"
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
    >
      {years.map((y) => (
        <g key={y}>
          <line x1={x(y)} x2={x(y)} y1={AXIS - 6} y2={height - PAD} className="timeline-grid" />
          <text x={x(y) + 3} y={AXIS - 10} className="timeline-year">
            {y}
          </text>
        </g>
      ))}
      {bars.map((b, n) => {
        const y = top(n);
        const clickable = b.lane === 'project';
        const active = clickable && selected === b.projectId;
        const x0 = b.start ? x(yearPosition(b.start, 'start')) : null;
        const x1 = b.start ? x(yearPosition(b.end ?? b.start, 'end')) : null;
        return (
          <g
            key={b.key}
            className={`timeline-row timeline-${b.lane}${active ? ' is-active' : ''}`}
            onClick={clickable ? () => onSelect(b.projectId!) : undefined}
          >
            {/* A tooltip holds no markup: the name (in its language) is the title, its rendering the description. */}
            <title lang={b.lang && b.lang !== lang ? b.lang : undefined}>
              {`${b.name}${b.start ? ` (${when(b)})` : ''}`}
            </title>
            {b.rendering && <desc>{b.rendering}</desc>}
            <text x={PAD} y={y + 13} className="timeline-label" lang={b.lang && b.lang !== lang ? b.lang : undefined}>
              {fit(b.lane === 'linked' ? `↳ ${b.name}` : b.name, width - 2 * PAD)}
            </text>
            {x0 !== null && x1 !== null ? (
              <rect x={x0} y={y + 18} width={Math.max(x1 - x0, 3)} height={12} rx={2} className="timeline-bar" />
            ) : (
              <text x={PAD} y={y + 29} className="timeline-nodate">
                {noDate}
              </text>
            )}
          </g>
        );
      })}
      {programmeEvents.length > 0 && (
        <text x={PAD} y={top(eventRow) + 13} className="timeline-label">
          {eventsLane}
        </text>
      )}
      {placed.map((e) => {
        const row = programmeEvents.includes(e) ? eventRow : (rowOf.get(e.projectId) ?? eventRow);
        const cx = x((yearPosition(e.start!, 'start') + yearPosition(e.end ?? e.start!, 'end')) / 2);
        const cy = top(row) + 24;
        return (
          <path
            key={e.key}
            d={`M ${cx} ${cy - 6} L ${cx + 6} ${cy} L ${cx} ${cy + 6} L ${cx - 6} ${cy} Z`}
            className={`timeline-event timeline-event-${e.eventKind}`}
          >
            {/* A tooltip holds no markup: it is marked Finnish only when all of it is. */}
            <title lang={e.lang && e.lang !== lang && !e.rest ? e.lang : undefined}>
              {`${e.name}${e.rendering ? ` (${e.rendering})` : ''}${e.rest} (${when(e)})`}
            </title>
          </path>
        );
      })}
    </svg>
  );
}
