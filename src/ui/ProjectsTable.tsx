import { useMemo, type ReactNode } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ProjectRow, Lookups } from '../data/rows';
import { useLang, useT, type Lang } from '../i18n';
import { useAppStore } from '../state/store';
import type { SortColumn } from '../state/types';
import { administratorName, costLabel, periodLabel, provincesLabel, themeLabel } from '../data/labels';
import { useProjectRows } from '../state/useProjectRows';
import { AppLink } from './AppLink';
import { ScrollRegion } from './ScrollRegion';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ProjectRow>();

/** Past this many rows only the visible ones are rendered (window virtualisation); below it every row is in the DOM. */
export const VIRTUALISE_FROM = 150;
const ROW_HEIGHT = 56;

type T = ReturnType<typeof useT>;

function Administrators({ row, t, lang, l }: { row: ProjectRow; t: T; lang: Lang; l: Lookups }) {
  const p = row.project;
  if (p.administratorStatus === 'unknown') return <span className="muted">{t('admin.unknown')}</span>;
  if (p.administratorStatus === 'blank') return <span className="muted">{t('admin.blank')}</span>;
  return (
    <>
      {p.administrators.map((a, i) => (
        <span key={a.organisationId + i} className={a.certainty === 'uncertain' ? 'uncertain' : undefined}>
          {i > 0 && ', '}
          {administratorName(a, lang, l)}
          {a.certainty === 'uncertain' && (
            <>
              {' '}
              <abbr title={t('uncertainLabel')}>(?)</abbr>
            </>
          )}
        </span>
      ))}
    </>
  );
}

function columnsFor(lang: Lang, t: T, l: Lookups) {
  return helper.columns([
    helper.display({
      id: 'name',
      cell: ({ row }) => (
        <AppLink to={{ project: row.original.project.id }} lang={row.original.project.language}>
          {row.original.project.name}
        </AppLink>
      ),
    }),
    helper.display({ id: 'planYear', cell: ({ row }) => row.original.project.planYear ?? '' }),
    helper.display({ id: 'theme', cell: ({ row }) => themeLabel(row.original, lang) }),
    helper.display({ id: 'administrators', cell: ({ row }) => <Administrators row={row.original} t={t} lang={lang} l={l} /> }),
    helper.display({ id: 'provinces', cell: ({ row }) => provincesLabel(row.original, lang, l) }),
    helper.display({
      id: 'cost',
      cell: ({ row }) =>
        row.original.cost === null ? (
          <span>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('noCostLabel')}</span>
          </span>
        ) : (
          costLabel(row.original, lang)
        ),
    }),
    helper.display({ id: 'period', cell: ({ row }) => periodLabel(row.original.project, lang) }),
    helper.display({
      id: 'sources',
      cell: ({ row }) => {
        const s = row.original.project.sources[0]!;
        return (
          <AppLink to={{ project: row.original.project.id, hash: 'provenance' }}>{t('sourceLink', { start: s.lineStart, end: s.lineEnd })}</AppLink>
        );
      },
    }),
  ]);
}

const SORTABLE: SortColumn[] = ['name', 'planYear', 'theme', 'administrators', 'provinces', 'cost', 'period'];
const NUMERIC = new Set(['cost', 'planYear']);

function SortHeader({ id, label }: { id: SortColumn; label: string }) {
  const sort = useAppStore((s) => s.sort);
  const setSort = useAppStore((s) => s.setSort);
  const active = sort?.id === id;
  const next = () => setSort(!active ? { id, desc: id === 'cost' } : sort!.desc === (id === 'cost') ? { id, desc: !sort!.desc } : null);
  return (
    <button type="button" className="sort-button" onClick={next}>
      {label}
      <span aria-hidden="true" className="sort-icon">
        {active ? (sort!.desc ? '▼' : '▲') : '↕'}
      </span>
    </button>
  );
}

/** The semantic projects table; rows arrive filtered and sorted from the store's selectors. */
export function ProjectsTable({ rows, caption }: { rows: ProjectRow[]; caption: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const sort = useAppStore((s) => s.sort);
  const selected = useAppStore((s) => s.selectedProjectId);
  const l = useProjectRows().lookups;
  const columns = useMemo(() => columnsFor(lang, t, l), [lang, t, l]);
  const virtual = rows.length >= VIRTUALISE_FROM;
  const virtualizer = useWindowVirtualizer({ count: virtual ? rows.length : 0, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  // Rows come filtered and sorted; the table model is built for the rows on screen only, so a filter change at
  // 100 000 projects costs the same as at 100.
  const windowRows = useMemo(() => (virtual ? items.map((i) => rows[i.index]!) : rows), [virtual, items, rows]);
  const table = useTable({ features, columns, data: windowRows, getRowId: (row) => row.project.id });
  const visible = table.getRowModel().rows;
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <ScrollRegion label={t('projectsHeading')}>
      <table className="data-table projects-table" aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.getHeaderGroups()[0]!.headers.map((h) => {
              const id = h.column.id as SortColumn;
              const sortable = SORTABLE.includes(id);
              const ariaSort = sort?.id === id ? (sort.desc ? 'descending' : 'ascending') : sortable ? 'none' : undefined;
              return (
                <th key={h.id} scope="col" aria-sort={ariaSort} className={NUMERIC.has(id) ? 'num' : undefined}>
                  {sortable ? <SortHeader id={id} label={t(`col.${id}`)} /> : t(`col.${id as 'sources'}`)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: padTop }} />
            </tr>
          )}
          {visible.map((row) => (
            <tr key={row.original.project.id} data-project={row.original.project.id} aria-selected={row.original.project.id === selected ? true : undefined} className={row.original.project.id === selected ? 'selected' : undefined}>
              {row.getAllCells().map((cell) => {
                const id = cell.column.id;
                const Tag = id === 'name' ? 'th' : 'td';
                return (
                  <Tag key={cell.id} scope={id === 'name' ? 'row' : undefined} className={NUMERIC.has(id) ? 'num' : undefined} data-column={id}>
                    <table.FlexRender cell={cell} />
                  </Tag>
                );
              })}
            </tr>
          ))}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: padBottom }} />
            </tr>
          )}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length}>{t('noRows')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
