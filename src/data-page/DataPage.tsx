import { useMemo, useState } from 'react';
import { ScrollRegion } from '../ui/ScrollRegion';
import { BASE_URL } from '../data/config';
import { useDataset } from '../data/DataContext';
import { usePublication } from '../data/publication';
import { PACKAGE_FILE } from '../data/publicationFile';
import type { Publication } from '../data/publicationSchema';
import { dataTables, tableCsv, type DataTable } from '../data/tables';
import { formatDate, formatNumber, useLang, useT, type Lang } from '../i18n';
import { download } from '../ui/download';
import { DocumentTitle } from '../ui/SourceLines';
import { filterLabels } from '../ui/filterLabels';
import { activeFilterCount, useAppStore } from '../state/store';
import { useFilteredRows, useProjectRows } from '../state/useProjectRows';
import { filteredTables, sheetRows } from './workbook';
import { fileSize } from '../ui/fileSize';
import './data-page.css';

const DATA_URL = `${BASE_URL}data/`;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook: one sheet per table, bold titles and coded values in the reader's language, euros and dates formatted. */
async function workbook(tables: DataTable[], lang: Lang): Promise<Blob> {
  // Loaded only on click: the writer (and its zip library) stays out of every other page's download.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const sheets = tables.map((t) => ({
    sheet: t.title[lang].slice(0, 31),
    data: sheetRows(t, lang),
    columns: t.fields.map((f) => ({ width: f.type === 'string' ? 24 : 14 })),
    stickyRowsCount: 1,
  }));
  return writeXlsxFile(sheets).toBlob();
}

type XlsxState = { state: 'idle' | 'working' } | { state: 'failed'; detail: string };

/** Builds and downloads a workbook on click, with its progress and failure in a live region. */
function WorkbookButton({ name, tables, label }: { name: string; tables: DataTable[]; label: string }) {
  const m = useT('dataPage');
  const lang = useLang();
  const [xlsx, setXlsx] = useState<XlsxState>({ state: 'idle' });
  const make = async () => {
    setXlsx({ state: 'working' });
    try {
      download(name, await workbook(tables, lang), XLSX_TYPE);
      setXlsx({ state: 'idle' });
    } catch (e) {
      setXlsx({ state: 'failed', detail: (e as Error).message });
    }
  };
  return (
    <>
      <button type="button" onClick={make} disabled={xlsx.state === 'working'}>
        {label}
      </button>{' '}
      <span role="status">
        {xlsx.state === 'working' && m('xlsxWorking')}
        {xlsx.state === 'failed' && m('xlsxFailed', { detail: xlsx.detail })}
      </span>
    </>
  );
}

/**
 * With filters active (chosen in another view, they travel with the link), the projects they select, with their
 * costs and funding shares, as Excel CSV and XLSX; said to be filtered, unlike the full tables below.
 */
function FilteredSection({ tables }: { tables: DataTable[] }) {
  const m = useT('dataPage');
  const filters = useAppStore((s) => s.filters);
  if (activeFilterCount(filters) === 0)
    return (
      <p className="needs-js" data-testid="filtered-downloads">
        {m('unfilteredNote')}
      </p>
    );
  return <FilteredDownloads tables={tables} />;
}

/** The filtered projects' downloads: building their tables' rows waits until filters are active. */
function FilteredDownloads({ tables }: { tables: DataTable[] }) {
  const m = useT('dataPage');
  const lang = useLang();
  const filters = useAppStore((s) => s.filters);
  const { rows: all, lookups } = useProjectRows();
  const rows = useFilteredRows();
  const selection = useMemo(() => filteredTables(tables, new Set(rows.map((r) => r.project.id))), [tables, rows]);
  const projects = selection[0]!;
  return (
    <section aria-labelledby="data-filtered" className="notice" data-testid="filtered-downloads">
      <h2 id="data-filtered">{m('filteredHeading')}</h2>
      <p>
        {m('filteredIntro', {
          filters: filterLabels(filters, lang, lookups)
            .map((f) => f.label)
            .join('; '),
          shown: formatNumber(lang, projects.count),
          total: formatNumber(lang, all.length),
        })}
      </p>
      <p className="filtered-buttons">
        <button
          type="button"
          onClick={() =>
            download(
              `kaste-projects-suodatettu-${lang}-excel.csv`,
              tableCsv(projects, 'excel', lang),
              'text/csv;charset=utf-8',
            )
          }
        >
          {m('filteredCsv')}
        </button>{' '}
        <WorkbookButton
          name={`kaste-vali-suomi-suodatettu-${lang}.xlsx`}
          tables={selection}
          label={m('filteredXlsx')}
        />
      </p>
    </section>
  );
}

function TablesSection({ tables, publication }: { tables: DataTable[]; publication: Publication | null }) {
  const m = useT('dataPage');
  const lang = useLang();
  const csvBytes = (id: string) => publication?.resources.find((r) => r.path === `${id}.csv`)?.bytes;
  return (
    <section aria-labelledby="data-tables">
      <h2 id="data-tables">{m('tablesHeading')}</h2>
      <p>{m('tablesIntro')}</p>
      <noscript>
        <p className="notice">{m('noScriptDownloads')}</p>
      </noscript>
      <ScrollRegion label={m('tablesHeading')}>
        <table className="data-table data-files">
          <thead>
            <tr>
              <th scope="col">{m('colFile')}</th>
              <th scope="col">{m('colContent')}</th>
              <th scope="col" className="num">
                {m('colRows')}
              </th>
              <th scope="col">{m('colDownload')}</th>
            </tr>
          </thead>
          <tbody>
            {tables.map((t) => {
              const bytes = csvBytes(t.id);
              return (
                <tr key={t.id} data-table-id={t.id}>
                  <th scope="row">{t.title[lang]}</th>
                  <td>{t.description[lang]}</td>
                  <td className="num">{formatNumber(lang, t.count)}</td>
                  <td className="data-downloads">
                    <button
                      type="button"
                      className="link-button needs-js"
                      aria-label={`${m('excelCsv')}: ${t.title[lang]}`}
                      onClick={() =>
                        download(
                          `kaste-${t.id}-${lang}-excel.csv`,
                          tableCsv(t, 'excel', lang),
                          'text/csv;charset=utf-8',
                        )
                      }
                    >
                      {m('excelCsv')}
                    </button>
                    <a
                      href={`${DATA_URL}${t.id}.csv`}
                      download={`kaste-${t.id}-en.csv`}
                      aria-label={`${m('englishCsv')}: ${t.title[lang]}`}
                    >
                      {m('englishCsv')}
                    </a>
                    {bytes !== undefined && <span className="muted"> {fileSize(lang, bytes)}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{m('xlsxHeading')}</h3>
      <p>{m('xlsxIntro')}</p>
      <p className="needs-js">
        <WorkbookButton name={`kaste-vali-suomi-${lang}.xlsx`} tables={tables} label={m('xlsxButton')} />
      </p>
    </section>
  );
}

function FilesSection({ publication, packageBytes }: { publication: Publication; packageBytes: number }) {
  // The documents as the data names them, so their titles read in the page's language like on the sources page.
  const { sources } = useDataset();
  const m = useT('dataPage');
  const lang = useLang();
  const json = publication.resources.filter((r) => r.format === 'json');
  return (
    <>
      <section aria-labelledby="data-json">
        <h2 id="data-json">{m('jsonHeading')}</h2>
        <p>{m('jsonIntro')}</p>
        <ul className="file-list">
          {json.map((r) => (
            <li key={r.path}>
              <a href={`${DATA_URL}${r.path}`} download={r.path}>
                {r.path}
              </a>{' '}
              <span className="muted">({fileSize(lang, r.bytes)})</span> – {r.descriptions[lang]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="data-package">
        <h2 id="data-package">{m('packageHeading')}</h2>
        <p>{m('packageIntro')}</p>
        <ul className="file-list">
          <li>
            <a href={`${DATA_URL}${PACKAGE_FILE}`} download={PACKAGE_FILE}>
              {PACKAGE_FILE}
            </a>{' '}
            <span className="muted">({fileSize(lang, packageBytes)})</span> – {m('packageDescription')}
          </li>
        </ul>
        <h3>{m('sourcesHeading')}</h3>
        <ul className="source-list">
          {sources.map((d) => (
            <li key={d.id}>
              <DocumentTitle doc={d} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export default function DataPage() {
  const m = useT('dataPage');
  const lang = useLang();
  const dataset = useDataset();
  const state = usePublication();
  const tables = useMemo(() => dataTables(dataset, lang), [dataset, lang]);
  const publication = state.status === 'ok' ? state.publication : null;
  const licence = publication?.licenses[0];
  return (
    <section aria-labelledby="data-title" className="data-page">
      <h1 id="data-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      {state.status === 'loading' && <p role="status">{m('loading')}</p>}
      {state.status === 'error' && <p className="error-panel">{m('failed', { detail: state.detail })}</p>}
      {publication && licence && (
        <p className="prose">
          {m('licence')}{' '}
          <a href={licence.path} rel="license">
            {m('licenceLink')}
          </a>
          . {m('credit')}{' '}
          {m('release', { date: formatDate(lang, publication.created.slice(0, 10)), version: publication.version })}
        </p>
      )}
      <FilteredSection tables={tables} />
      <TablesSection tables={tables} publication={publication} />
      {state.status === 'ok' && <FilesSection publication={state.publication} packageBytes={state.bytes} />}
    </section>
  );
}
