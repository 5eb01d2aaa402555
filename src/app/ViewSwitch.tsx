import { Suspense, useState } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { ViewBoundary } from '../ui/ViewBoundary';
import { PrintHeader } from '../ui/PrintHeader';
import { useIgnoredParts } from '../state/useIgnoredParts';
import { VIEW_PAGES } from './views';
import { IgnoredNotice } from './IgnoredNotice';
import type { View } from '../state/types';

export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  return (
    // Keyed by view: an error in one view is forgotten when the user opens another.
    // The print header and the pruning of unknown ids read the data too, so a broken file is caught here as well.
    <ViewBoundary key={view}>
      <PrintHeader />
      <IgnoredAddressParts />
      <ViewContent view={view} />
    </ViewBoundary>
  );
}

/**
 * A view whose code is here (the page's own view, prerendered and hydrating) renders without a Suspense boundary:
 * React hydrates a boundary in a later pass, so the page would be marked live while its view still showed the
 * prerendered markup, unfiltered by the address's query. Another view's code loads behind the boundary.
 */
function ViewContent({ view }: { view: View }) {
  const t = useT();
  const { Component } = VIEW_PAGES[view];
  // Decided once per mount (ViewSwitch's boundary is keyed by view), so the tree above the view never changes shape.
  const [loaded] = useState(Component.isLoaded);
  if (loaded) return <Component />;
  return (
    <Suspense
      fallback={
        <p className="loading" role="status" data-loading>
          {t('loadingView')}
        </p>
      }
    >
      <Component />
    </Suspense>
  );
}

/** Prunes the ids the data does not know and tells the reader what of the address was ignored. */
function IgnoredAddressParts() {
  return <IgnoredNotice parts={useIgnoredParts()} />;
}
