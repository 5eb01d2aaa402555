import type { ProjectRow } from '../data/rows';
import { useLang, useT } from '../i18n';
import { useProjectRows } from '../state/useProjectRows';

/** The export's code comes with the first click on it: it is no part of the page's first tap. */
const exporting = () =>
  Promise.all([import('../data/exportRows'), import('../ui/download')]).then(([rows, file]) => ({
    ...rows,
    ...file,
  }));

export function ExportButtons({ rows }: { rows: ProjectRow[] }) {
  const t = useT();
  const lang = useLang();
  const { lookups } = useProjectRows();
  return (
    <div className="export needs-js" role="group" aria-label={t('exportLabel')}>
      <button
        type="button"
        onClick={() =>
          void exporting().then(({ projectsCsv, download }) =>
            download(`kaste-hankkeet-${lang}.csv`, projectsCsv(rows, lang, lookups), 'text/csv;charset=utf-8'),
          )
        }
      >
        {t('exportCsv')}
      </button>
      <button
        type="button"
        onClick={() =>
          void exporting().then(({ projectsJson, download }) =>
            download('kaste-hankkeet.json', projectsJson(rows), 'application/json'),
          )
        }
      >
        {t('exportJson')}
      </button>
    </div>
  );
}
