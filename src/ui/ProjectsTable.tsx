import { useMemo, type ReactNode } from 'react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Column,
  type SortingState,
} from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ProjectRow, Lookups } from '../data/rows';
import { useLang, useT, type Lang, type Translate } from '../i18n';
import { ProjectName, ProjectRendering } from './ProjectName';
import { useAppStore } from '../state/store';
import { HIDEABLE_COLUMNS, type Sort, type SortColumn, type TableColumn } from '../state/types';
import { administratorName, costLabel, periodLabel, provincesLabel, themeLabel } from '../data/labels';
import { searchMatches } from '../state/searchMatch';
import { useProjectRows } from '../state/useProjectRows';
import { AppLink } from './AppLink';
import { ScrollRegion } from './ScrollRegion';
import { usePrinting } from './usePrinting';
import { ColumnChooser } from './ColumnChooser';
import { EvidenceBadge } from './EvidenceBadge';
import { Term, type GlossaryTerm } from './Term';
import { SourceLines } from './SourceLines';

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof features, ProjectRow>();

/** Past this many rows only the visible ones are rendered (window virtualisation); below it every row is in the DOM. */
export const VIRTUALISE_FROM = 150;
const ROW_HEIGHT = 56;

/** Column headers whose word the glossary defines; their "?" is the term's first use on the page. */
const COLUMN_TERMS: Partial<Record<string, GlossaryTerm>> = {
  theme: 'theme',
  administrators: 'administrator',
  provinces: 'province',
  cost: 'costs',
};

type T = Translate;

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

/** Under the project's name, what the search found that the name does not show ("kotipaikka: Hämeenlinna"). */
function SearchMatches({ row, q, t, lang }: { row: ProjectRow; q: string; t: T; lang: Lang }) {
  const matches = q.trim() ? searchMatches(row, q, lang) : [];
  if (!matches.length) return null;
  return (
    <span className="search-match">
      <span className="visually-hidden">{t('match.found')}: </span>
      {matches.map((m) => `${t(`match.${m.field}`)}: ${m.name}`).join('; ')}
    </span>
  );
}

/**
 * The columns. Accessors give each column a sortable value (TanStack sorts only columns with one), in no language,
 * because TanStack caches a row's values; the cells render the labels in the active language. The sorting itself
 * happens in the store's selectors over every filtered row, before the table sees the rows on screen.
 */
function columnsFor(lang: Lang, t: T, l: Lookups, q: string) {
  return helper.columns([
    helper.accessor((r) => r.project.name, {
      id: 'name',
      header: t('col.name'),
      enableHiding: false,
      cell: ({ row }) => (
        <>
          <AppLink to={{ project: row.original.project.id }}>
            <ProjectName project={row.original.project} />
          </AppLink>
          <ProjectRendering project={row.original.project} />
          <SearchMatches row={row.original} q={q} t={t} lang={lang} />
        </>
      ),
    }),
    helper.accessor((r) => r.project.planYear, {
      id: 'planYear',
      header: t('col.planYear'),
      cell: ({ row }) => row.original.project.planYear ?? '',
    }),
    helper.accessor((r) => r.theme?.id, {
      id: 'theme',
      header: t('col.theme'),
      cell: ({ row }) => themeLabel(row.original, lang),
    }),
    helper.accessor((r) => r.adminIds.join(), {
      id: 'administrators',
      header: t('col.administrators'),
      cell: ({ row }) => <Administrators row={row.original} t={t} lang={lang} l={l} />,
    }),
    helper.accessor((r) => r.provinceIds.join(), {
      id: 'provinces',
      header: t('col.provinces'),
      cell: ({ row }) => provincesLabel(row.original, lang, l),
    }),
    helper.accessor((r) => r.cost, {
      id: 'cost',
      header: t('col.cost'),
      sortDescFirst: true,
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
    helper.accessor((r) => r.project.period?.start, {
      id: 'period',
      header: t('col.period'),
      cell: ({ row }) => periodLabel(row.original.project, lang),
    }),
    helper.display({
      id: 'sources',
      header: t('col.sources'),
      cell: ({ row }) => {
        return (
          <>
            <SourceLines source={row.original.project.sources[0]!} /> <EvidenceBadge status={row.original.evidence} />
          </>
        );
      },
    }),
  ]);
}

const NUMERIC = new Set(['cost', 'planYear']);

const toSorting = (sort: Sort | null): SortingState => (sort ? [sort] : []);

/** The sort a header leads to from the current one, in TanStack's order: its first direction, the other, none. */
export function nextSort(sort: Sort | null, id: SortColumn, descFirst: boolean): Sort | null {
  if (sort?.id !== id) return { id, desc: descFirst };
  return sort.desc === descFirst ? { id, desc: !descFirst } : null;
}

function SortHeader({ column, label }: { column: Column<typeof features, ProjectRow, unknown>; label: ReactNode }) {
  const sorted = column.getIsSorted();
  const id = column.id as SortColumn;
  const descFirst = column.getFirstSortDir() === 'desc';
  return (
    <>
      {/* A link to the page sorted so, which works before the app has taken over; then the app answers it in place. */}
      <AppLink className="sort-button needs-js" to={{ change: (s) => ({ sort: nextSort(s.sort, id, descFirst) }) }}>
        {label}
        <span aria-hidden="true" className="sort-icon">
          {sorted === 'desc' ? '▼' : sorted === 'asc' ? '▲' : '↕'}
        </span>
      </AppLink>
      {/* Without JavaScript the table cannot sort: the header is its words. */}
      <noscript>{label}</noscript>
      {/* On paper the header is its words (print.css hides the link, which cannot sort there). */}
      <span className="print-only sort-label" aria-hidden="true">
        {label}
      </span>
    </>
  );
}

type TableRowModel = ReturnType<
  ReturnType<typeof useTable<typeof features, ProjectRow>>['getRowModel']
>['rows'][number];
type FlexRenderOf = ReturnType<typeof useTable<typeof features, ProjectRow>>['FlexRender'];

/**
 * One project's row, a component of its own: the hydration and a re-render build the cells row by row, yielding to
 * the browser between rows, instead of all of them in the table's render.
 */
function TableRow({ row, selected, FlexRender }: { row: TableRowModel; selected: boolean; FlexRender: FlexRenderOf }) {
  const id = row.original.project.id;
  return (
    <tr data-project={id} aria-selected={selected ? true : undefined} className={selected ? 'selected' : undefined}>
      {row.getVisibleCells().map((cell) => {
        const column = cell.column.id;
        const Tag = column === 'name' ? 'th' : 'td';
        return (
          <Tag
            key={cell.id}
            scope={column === 'name' ? 'row' : undefined}
            className={NUMERIC.has(column) ? 'num' : undefined}
            data-column={column}
          >
            <FlexRender cell={cell} />
          </Tag>
        );
      })}
    </tr>
  );
}

/** The semantic projects table; rows arrive filtered and sorted from the store's selectors. */
export function ProjectsTable({ rows, caption }: { rows: ProjectRow[]; caption: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const sort = useAppStore((s) => s.sort);
  const hidden = useAppStore((s) => s.hiddenColumns);
  const setHidden = useAppStore((s) => s.setHiddenColumns);
  const selected = useAppStore((s) => s.selectedProjectId);
  const l = useProjectRows().lookups;
  const q = useAppStore((s) => s.filters.q);
  const columns = useMemo(() => columnsFor(lang, t, l, q), [lang, t, l, q]);
  // On paper every row is printed, not the screenful the virtualiser keeps.
  const printing = usePrinting();
  const virtual = rows.length >= VIRTUALISE_FROM && !printing;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  // Rows come filtered and sorted; the table model is built for the rows on screen only, so its cost does not grow
  // with the data.
  // A new array per language: the table caches each row's accessor values by its data, and those are translated labels.
  const windowRows = useMemo(
    () => (virtual ? items.map((i) => rows[i.index]!) : [...rows]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- lang is the reason for the new array (above)
    [virtual, items, rows, lang],
  );
  const sorting = useMemo(() => toSorting(sort), [sort]);
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((c) => [c, false])), [hidden]);
  const table = useTable({
    features,
    columns,
    data: windowRows,
    getRowId: (row) => row.project.id,
    state: { sorting, columnVisibility },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      setHidden(HIDEABLE_COLUMNS.filter((c) => next[c] === false));
    },
    manualSorting: true,
    enableMultiSort: false,
    sortDescFirst: false,
  });
  const visible = table.getRowModel().rows;
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div className="projects-table-wrap">
      <ColumnChooser
        columns={table.getAllLeafColumns().filter((c) => c.getCanHide())}
        label={(id) => t(`col.${id as TableColumn}`)}
      />
      <ScrollRegion label={t('projectsHeading')}>
        <table className="data-table projects-table" aria-rowcount={virtual ? rows.length + 1 : undefined}>
          <caption>
            {caption} {/* Paper and a page without JavaScript cannot sort. */}
            <span className="no-print needs-js">{t('tableSortHint')}</span>
          </caption>
          <thead>
            <tr>
              {table.getHeaderGroups()[0]!.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                const ariaSort =
                  sorted === 'desc'
                    ? 'descending'
                    : sorted === 'asc'
                      ? 'ascending'
                      : h.column.getCanSort()
                        ? 'none'
                        : undefined;
                const label = <table.FlexRender header={h} />;
                return (
                  <th
                    key={h.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={NUMERIC.has(h.column.id) ? 'num' : undefined}
                  >
                    {h.column.getCanSort() ? <SortHeader column={h.column} label={label} /> : label}
                    {COLUMN_TERMS[h.column.id] && (
                      <Term id={COLUMN_TERMS[h.column.id]!} label={t(`col.${h.column.id as TableColumn}`)} />
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={table.getVisibleLeafColumns().length} style={{ height: padTop }} />
              </tr>
            )}
            {visible.map((row) => (
              <TableRow
                key={row.original.project.id}
                row={row}
                selected={row.original.project.id === selected}
                FlexRender={table.FlexRender}
              />
            ))}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={table.getVisibleLeafColumns().length} style={{ height: padBottom }} />
              </tr>
            )}
            {rows.length === 0 && (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>{t('noRows')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
