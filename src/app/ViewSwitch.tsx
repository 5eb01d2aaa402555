import { Suspense } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { ViewBoundary } from '../ui/ViewBoundary';
import { PrintHeader } from '../ui/PrintHeader';
import { usePruneUnknownIds } from '../state/usePruneUnknownIds';
import { VIEW_PAGES } from './views';
import { IgnoredNotice } from './IgnoredNotice';

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const { Component } = VIEW_PAGES[view];
  return (
    // Keyed by view: an error in one view is forgotten when the user opens another.
    // The print header and the pruning of unknown ids read the data too, so a broken file is caught here as well.
    <ViewBoundary key={view}>
      <PrintHeader />
      <PruneUnknownIds />
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

/** Prunes the ids the data does not know and tells the reader what of the address was ignored. */
function PruneUnknownIds() {
  return <IgnoredNotice parts={usePruneUnknownIds()} />;
}
