import { Suspense } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { reloadableLazy } from '../ui/reloadableLazy';
import { ViewBoundary } from '../ui/ViewBoundary';
import { SourcesView } from './SourcesView';
import { AccessibilityView } from './AccessibilityView';

const OverviewView = reloadableLazy(() => import('../charts/OverviewView'));
const ProjectsView = reloadableLazy(() => import('../table/ProjectsView'));
const CompareView = reloadableLazy(() => import('../compare/CompareView'));
const MapView = reloadableLazy(() => import('../map/MapView'));
const TimelineView = reloadableLazy(() => import('../timeline/TimelineView'));
const ContextView = reloadableLazy(() => import('../context/ContextView'));

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  return (
    // Keyed by view: an error in one view is forgotten when the user opens another.
    <ViewBoundary key={view}>
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
        {view === 'timeline' && <TimelineView />}
        {view === 'context' && <ContextView />}
        {view === 'sources' && <SourcesView />}
        {view === 'accessibility' && <AccessibilityView />}
      </Suspense>
    </ViewBoundary>
  );
}
