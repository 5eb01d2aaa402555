import type { UrlState, View } from './types';
import { encodeUrlState } from './url';

/** Where an in-app link leads: another view, a project's detail panel, or both. */
export interface LinkTarget {
  /** Default: the view the link sits in. */
  view?: View;
  /** A project to open; `null` closes the open one. */
  project?: string | null;
  /** A fragment for the new-tab case (an anchor inside the target page). */
  hash?: string;
}

/**
 * The state a link leads to from the current one. Language, filters, sort and map settings travel with every
 * link: the filters are the dashboard's one shared selection, so a project or view opened from a filtered page
 * shows it in the same context, and a link opened in a new tab reproduces exactly what a plain click shows.
 */
export function linkState(current: UrlState, to: LinkTarget): UrlState {
  return {
    ...current,
    view: to.view ?? current.view,
    selectedProjectId: to.project === undefined ? current.selectedProjectId : to.project,
  };
}

/**
 * The href of an in-app link. Every link of the app is built here from the URL encoder, so how a state becomes
 * an address is decided in this file and url.ts only.
 *
 * @example linkHref({ ...DEFAULT_URL_STATE, lang: 'sv' }, { view: 'projects', project: 'x' }) // '?view=projects&lang=sv&project=x'
 */
export function linkHref(current: UrlState, to: LinkTarget): string {
  return `${encodeUrlState(linkState(current, to)) || '?'}${to.hash ? `#${to.hash}` : ''}`;
}
