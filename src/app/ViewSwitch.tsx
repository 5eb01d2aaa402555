import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { SourcesView } from './SourcesView';
import { AccessibilityView } from './AccessibilityView';

const OverviewView = lazy(() => import('../charts/OverviewView'));
const ProjectsView = lazy(() => import('../table/ProjectsView'));
const CompareView = lazy(() => import('../compare/CompareView'));
const MapView = lazy(() => import('../map/MapView'));
const DataPage = lazy(() => import('../data-page/DataPage'));

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  return (
    <Suspense
      fallback={
        <p className="loading" role="status" data-loading>
          {t('loadingView')}
        </p>
      }
    >
      {view === 'overview' && <OverviewView />}
      {view === 'projects' && <ProjectsView />}
      {view === 'compare' && <CompareView />}
      {view === 'map' && <MapView />}
      {view === 'sources' && <SourcesView />}
      {view === 'accessibility' && <AccessibilityView />}
      {view === 'data' && <DataPage />}
    </Suspense>
  );
}
