import { useDataState } from '../data/DataContext';
import { rowsOf } from '../data/rows';
import { formatDate, useLang, useT } from '../i18n';
import { ProjectName } from './ProjectName';
import { useAppStore } from '../state/store';
import type { View } from '../state/types';
import { filterLabels } from './filterLabels';
import { usePageAddress } from './useCurrentAddress';
import { useDataRelease } from './useDataRelease';

/** Views whose figures follow the shared filters; the others print no filter line. */
const FILTERED_VIEWS: View[] = ['overview', 'projects', 'compare', 'map'];

/**
 * What a printed page needs to stand on its own at a meeting: the view, the filters in words, the data's
 * release, the source and the address to open it again. Shown only in print (see print.css).
 */
export function PrintHeader() {
  const t = useT();
  const m = useT('page');
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selectedProjectId);
  const data = useDataState();
  const release = useDataRelease();
  const address = usePageAddress();
  const lookups = 'ok' in data && data.ok ? rowsOf(data.dataset).lookups : null;
  const labels = lookups ? filterLabels(filters, lang, lookups) : [];
  const project = selected && lookups ? lookups.projects.get(selected) : undefined;
  return (
    <div className="print-header" data-testid="print-header">
      <p className="print-title">
        {t('appTitle')} – {t(`view.${view}`)}
      </p>
      {project && (
        <p>
          {m('printProject', { name: '' })}
          <ProjectName project={project} rendered />
        </p>
      )}
      {FILTERED_VIEWS.includes(view) && (
        <p>
          {labels.length ? m('printFilters', { filters: labels.map((l) => l.label).join(' · ') }) : m('printNoFilters')}
        </p>
      )}
      <p>
        {release &&
          `${m('printData', { date: formatDate(lang, release.created.slice(0, 10)), version: release.version })} `}
        {t('footerSource')}
      </p>
      <p className="print-address">{m('printAddress', { url: address })}</p>
    </div>
  );
}
