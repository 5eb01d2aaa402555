import { Suspense } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { ViewBoundary } from '../ui/ViewBoundary';
import { VIEW_PAGES } from './views';

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const { Component } = VIEW_PAGES[view];
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
        <Component />
      </Suspense>
    </ViewBoundary>
  );
}
