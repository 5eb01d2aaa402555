import type { ProjectRow } from '../data/rows';
import { useLang, useT } from '../i18n';
import { projectsCsv, projectsJson } from '../data/exportRows';
import { download } from '../ui/download';
import { useProjectRows } from '../state/useProjectRows';

export function ExportButtons({ rows }: { rows: ProjectRow[] }) {
  const t = useT();
  const lang = useLang();
  const { lookups } = useProjectRows();
  return (
    <div className="export needs-js" role="group" aria-label={t('exportLabel')}>
      <button
        type="button"
        onClick={() =>
          download(`kaste-hankkeet-${lang}.csv`, projectsCsv(rows, lang, lookups), 'text/csv;charset=utf-8')
        }
      >
        {t('exportCsv')}
      </button>
      <button type="button" onClick={() => download('kaste-hankkeet.json', projectsJson(rows), 'application/json')}>
        {t('exportJson')}
      </button>
    </div>
  );
}
