import type { ComponentType } from 'react';
import { reloadableLazy, type ReloadableComponent } from '../ui/reloadableLazy';
import type { View } from '../state/types';

interface ViewPage {
  Component: ReloadableComponent<object>;
  /** Starts downloading a lazily loaded view's code (the entry script calls it before hydrating that page). */
  preload: () => Promise<unknown>;
  /** The view's source module: the prerender finds its chunk and stylesheets in Vite's manifest by this key. */
  source: string;
}

interface ViewModule {
  default: ComponentType;
}

function lazyView(load: () => Promise<ViewModule>, source: string): ViewPage {
  let promise: Promise<ViewModule> | undefined;
  // A failed download is forgotten, so the error boundary's "try again" fetches the chunk anew.
  const preload = () =>
    (promise ??= load().catch((error: unknown) => {
      promise = undefined;
      throw error;
    }));
  const Component = reloadableLazy(preload);
  return { Component, preload: Component.preload, source };
}

/** What each view renders. A new view is one line here and one in state/routes.ts. */
export const VIEW_PAGES: Record<View, ViewPage> = {
  overview: lazyView(() => import('../overview/OverviewView'), 'src/overview/OverviewView.tsx'),
  projects: lazyView(() => import('../projects/ProjectsView'), 'src/projects/ProjectsView.tsx'),
  compare: lazyView(() => import('../compare/CompareView'), 'src/compare/CompareView.tsx'),
  map: lazyView(() => import('../map/MapView'), 'src/map/MapView.tsx'),
  timeline: lazyView(() => import('../timeline/TimelineView'), 'src/timeline/TimelineView.tsx'),
  context: lazyView(() => import('../context/ContextView'), 'src/context/ContextView.tsx'),
  data: lazyView(() => import('../data-page/DataPage'), 'src/data-page/DataPage.tsx'),
  glossary: lazyView(() => import('../glossary/GlossaryView'), 'src/glossary/GlossaryView.tsx'),
  changes: lazyView(() => import('../changes/ChangesView'), 'src/changes/ChangesView.tsx'),
  // Their code and text load with their own pages, not with every page.
  sources: lazyView(() => import('./SourcesView').then((m) => ({ default: m.SourcesView })), 'src/app/SourcesView.tsx'),
  accessibility: lazyView(
    () => import('./AccessibilityView').then((m) => ({ default: m.AccessibilityView })),
    'src/app/AccessibilityView.tsx',
  ),
};
