import { useId, useRef, useState, type ReactNode } from 'react';
import { useLang, useMessages } from '../i18n';
import { csvFormatFor, toCsv, type CsvValue } from '../data/csv';
import { download, downloadPng, downloadSvg } from './download';
import { frameMessages } from './messages';
import { ScrollRegion } from './ScrollRegion';

export interface Cell {
  /** What the table shows, in the active locale. */
  text: string;
  /** What the CSV holds: numbers as numbers (the writer formats them), text as text. */
  csv: CsvValue;
  numeric?: boolean;
}

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
  children: ReactNode;
}

/** A chart with its title, summary, table alternative and downloads (PNG, SVG, CSV of the same numbers). */
export function ChartFrame({ id, title, summary, columns, rows, controls, notes, children }: Props) {
  const m = useMessages(frameMessages);
  const lang = useLang();
  const [asTable, setAsTable] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const summaryId = useId();
  const svg = () => body.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-chart]') ?? null;
  const background = () => getComputedStyle(document.documentElement).getPropertyValue('--bg-raised').trim() || '#fff';
  const filename = `kaste-${id}-${lang}`;

  return (
    <figure className="chart" aria-labelledby={headingId} aria-describedby={summaryId} data-chart-id={id}>
      <figcaption>
        <h2 id={headingId}>{title}</h2>
        <p id={summaryId} className="chart-summary">
          {summary}
        </p>
      </figcaption>
      <div className="chart-toolbar">
        {controls}
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {m('showTable')}
        </button>
        <div role="group" aria-label={m('download')} className="chart-downloads">
          <span aria-hidden="true">{m('download')}:</span>
          <button type="button" className="link-button" disabled={asTable} onClick={() => svg() && downloadPng(svg()!, `${filename}.png`, background())}>
            {m('downloadPng')}
          </button>
          <button type="button" className="link-button" disabled={asTable} onClick={() => svg() && downloadSvg(svg()!, `${filename}.svg`, background())}>
            {m('downloadSvg')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => download(`${filename}.csv`, toCsv(columns, rows.map((r) => r.cells.map((c) => c.csv)), csvFormatFor(lang)), 'text/csv;charset=utf-8')}
          >
            {m('downloadCsv')}
          </button>
        </div>
      </div>
      <div ref={body} className="chart-body">
        {asTable ? <ChartTable columns={columns} rows={rows} title={title} /> : children}
      </div>
      {notes && <div className="chart-notes">{notes}</div>}
    </figure>
  );
}

function ChartTable({ columns, rows, title }: { columns: string[]; rows: DataRow[]; title: string }) {
  const m = useMessages(frameMessages);
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
                    {row.onFilter ? (
                      <button type="button" className="link-button" aria-pressed={!!row.active} onClick={row.onFilter} aria-label={m('filterBy', { label: cell.text })}>
                        {cell.text}
                      </button>
                    ) : (
                      cell.text
                    )}
                  </th>
                ) : (
                  <td key={i} className={cell.numeric ? 'num' : undefined}>
                    {cell.text}
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
