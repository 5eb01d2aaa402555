import type { UrlState, View } from './types';
import { encodeLocation } from './url';

/** Where an in-app link leads: another view, a project's detail panel, or both. */
export interface LinkTarget {
  /** Default: the view the link sits in. */
  view?: View;
  /** A project to open; `null` closes the open one. */
  project?: string | null;
  /** A fragment for the new-tab case (an anchor inside the target page). */
  hash?: string;
  /** Other filters or another sort, from the current ones: a chart's bar, a sort header. */
  change?: (current: UrlState) => Partial<Pick<UrlState, 'filters' | 'sort'>>;
}

/**
 * The state a link leads to from the current one. Language, filters, sort and map settings travel with every
 * link: the filters are the dashboard's one shared selection, so a project or view opened from a filtered page
 * shows it in the same context, and a link opened in a new tab reproduces exactly what a plain click shows.
 */
export function linkState(current: UrlState, to: LinkTarget): UrlState {
  return {
    ...current,
    ...to.change?.(current),
    view: to.view ?? current.view,
    selectedProjectId: to.project === undefined ? current.selectedProjectId : to.project,
  };
}

/**
 * The href of an in-app link: the target page's path below the base, the query, the fragment. Every link of the
 * app is built here from the URL encoder, so how a state becomes an address is decided in this file, url.ts and
 * routes.ts only.
 *
 * @example linkHref({ ...DEFAULT_URL_STATE, lang: 'sv' }, { view: 'projects', project: 'x' }, '/k/') // '/k/sv/projects/x/'
 */
export function linkHref(current: UrlState, to: LinkTarget, base?: string): string {
  return `${encodeLocation(linkState(current, to), base)}${to.hash ? `#${to.hash}` : ''}`;
}
