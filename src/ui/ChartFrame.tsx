import { useId, useRef, useState, type ReactNode } from 'react';
import { formatDate, useLang, useT } from '../i18n';
import { csvFormatFor, toCsv, type CsvValue } from '../data/csv';
import { download, downloadChartPng, downloadChartSvg, type ChartPicture, type LegendEntry } from './download';
import { ScrollRegion } from './ScrollRegion';
import { ExplainList, type ExplainItem } from './ExplainNumber';
import { Citation } from './Citation';
import { useDataRelease } from './useDataRelease';
import { CountingRuleNote } from './CountingRuleNote';
import type { CountingRule } from '../data/counting';

/** The legends the charts draw: the bar charts', the theme flow's and the map's, each entry a swatch and words. */
const LEGEND_ITEMS = '.chart-legend li, .flow-legend li, .map-legend li';

function legendOf(body: HTMLElement): LegendEntry[] {
  return [...body.querySelectorAll<HTMLElement>(LEGEND_ITEMS)].map((item) => ({
    swatch: item.querySelector('svg'),
    label: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** The chart's drawing: the largest chart surface, not a legend's swatch. */
function chartSvg(body: HTMLElement): SVGSVGElement | null {
  const area = (el: Element) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
  const surfaces = [...body.querySelectorAll<SVGSVGElement>('svg.recharts-surface, svg[data-chart]')].filter(
    (el) => !el.closest(LEGEND_ITEMS),
  );
  return surfaces.sort((a, b) => area(b) - area(a))[0] ?? null;
}

export interface Cell {
  /** What the table shows, in the active locale. */
  text: string;
  /** What the CSV holds: numbers as numbers (the writer formats them), text as text. */
  csv: CsvValue;
  numeric?: boolean;
  /** The text's language where it is not the page's: a project's name as written (WCAG 3.1.2). */
  lang?: string;
  /** What the table shows in place of `text` when it needs markup (a project's name with its rendering). */
  content?: ReactNode;
}

const cellText = (cell: Cell) => cell.content ?? (cell.lang ? <span lang={cell.lang}>{cell.text}</span> : cell.text);

export interface DataRow {
  key: string;
  cells: Cell[];
  /** The keyboard equivalent of clicking the bar: the first cell becomes a toggle button. */
  onFilter?: () => void;
  active?: boolean;
}

interface Props {
  id: string;
  title: string;
  /** One sentence that says what the chart shows, for everyone (screen readers read it before the chart). */
  summary: string;
  columns: string[];
  rows: DataRow[];
  controls?: ReactNode;
  notes?: ReactNode;
  /** Each bar's arithmetic (data/explain.ts), listed under the chart. */
  explanations?: ExplainItem[];
  /** The explanations' disclosure, when the figure has no bars ("How the sums add up"). */
  explanationsHeading?: string;
  /** The counting rule of the chart's figures (data/counting.ts), said in words under the summary. */
  rule?: CountingRule;
  /**
   * Nothing to draw (no stated cost among the rows): the summary, which says why, stands alone, with no drawing of
   * zeros, no table and nothing to download or cite.
   */
  empty?: boolean;
  children: ReactNode;
}

/** A chart with its title, summary, table alternative and downloads (PNG, SVG, CSV of the same numbers). */
export function ChartFrame({
  id,
  title,
  summary,
  columns,
  rows,
  controls,
  notes,
  explanations,
  explanationsHeading,
  rule,
  empty,
  children,
}: Props) {
  const m = useT('frame');
  const pm = useT('page');
  const t = useT();
  const lang = useLang();
  const release = useDataRelease();
  const [asTable, setAsTable] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const summaryId = useId();
  const picture = (): ChartPicture | null => {
    const svg = body.current && chartSvg(body.current);
    if (!body.current || !svg) return null;
    // The variables hold light-dark(…) and var(…): a probe element resolves them to the colours on screen.
    const probe = document.createElement('span');
    body.current.appendChild(probe);
    const colour = (name: string) => {
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color;
    };
    const result: ChartPicture = {
      svg,
      title,
      legend: legendOf(body.current),
      footer: [
        t('footerSource'),
        ...(release
          ? [pm('printData', { date: formatDate(lang, release.created.slice(0, 10)), version: release.version })]
          : []),
      ],
      background: colour('--bg-raised'),
      foreground: colour('--fg'),
      muted: colour('--fg-muted'),
      font: getComputedStyle(svg).fontFamily || 'sans-serif',
    };
    probe.remove();
    return result;
  };
  const filename = `kaste-${id}-${lang}`;
  const heading = (
    <figcaption>
      <h2 id={headingId}>{title}</h2>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      {rule && <CountingRuleNote rule={rule} />}
    </figcaption>
  );

  if (empty)
    return (
      <figure className="chart chart-empty" aria-labelledby={headingId} aria-describedby={summaryId} data-chart-id={id}>
        {heading}
      </figure>
    );
  return (
    <figure className="chart" aria-labelledby={headingId} aria-describedby={summaryId} data-chart-id={id}>
      {heading}
      <div className="chart-toolbar needs-js">
        {controls}
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {m('showTable')}
        </button>
        <div role="group" aria-label={m('download')} className="chart-downloads">
          <span aria-hidden="true">{m('download')}:</span>
          <button
            type="button"
            className="link-button"
            disabled={asTable}
            onClick={() => {
              const p = picture();
              if (p) downloadChartPng(p, `${filename}.png`);
            }}
          >
            {m('downloadPng')}
          </button>
          <button
            type="button"
            className="link-button"
            disabled={asTable}
            onClick={() => {
              const p = picture();
              if (p) downloadChartSvg(p, `${filename}.svg`);
            }}
          >
            {m('downloadSvg')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              download(
                `${filename}.csv`,
                toCsv(
                  columns,
                  rows.map((r) => r.cells.map((c) => c.csv)),
                  csvFormatFor(lang),
                ),
                'text/csv;charset=utf-8',
              )
            }
          >
            {m('downloadCsv')}
          </button>
        </div>
        <Citation figure={title} />
      </div>
      <div ref={body} className="chart-body">
        {asTable ? <ChartTable columns={columns} rows={rows} title={title} /> : children}
        {/* Without JavaScript the "show as table" button does nothing: the table comes under the drawing. */}
        <noscript>
          <ChartTable columns={columns} rows={rows} title={title} plain />
        </noscript>
      </div>
      {notes && <div className="chart-notes">{notes}</div>}
      {explanations && <ExplainList items={explanations} heading={explanationsHeading} />}
    </figure>
  );
}

/** `plain`: the names without their filter buttons, for a page without JavaScript. */
function ChartTable({
  columns,
  rows,
  title,
  plain,
}: {
  columns: string[];
  rows: DataRow[];
  title: string;
  plain?: boolean;
}) {
  const m = useT('frame');
  return (
    <ScrollRegion label={title}>
      <table className="data-table chart-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 && rows[0]?.cells[i]?.numeric ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {row.onFilter && !plain ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={!!row.active}
                        onClick={row.onFilter}
                        aria-label={m('filterBy', { label: cell.text })}
                      >
                        {cellText(cell)}
                      </button>
                    ) : (
                      cellText(cell)
                    )}
                  </th>
                ) : (
                  <td key={i} className={cell.numeric ? 'num' : undefined}>
                    {cellText(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
