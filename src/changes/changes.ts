import type { Release, ReleaseChange } from '../data/releases';

export type ChangeGroup = 'projects' | 'notes' | 'sources' | 'files';

const GROUP: Record<ReleaseChange['kind'], ChangeGroup> = {
  'project-added': 'projects',
  'project-removed': 'projects',
  'project-renamed': 'projects',
  'cost-changed': 'projects',
  'note-added': 'notes',
  'note-removed': 'notes',
  'source-added': 'sources',
  'source-removed': 'sources',
  'source-changed': 'sources',
  'file-added': 'files',
  'file-removed': 'files',
  'file-changed': 'files',
};

/** A release's changes by what they concern, in the page's order; groups without a change are left out. */
export function groupChanges(changes: readonly ReleaseChange[]): Array<[ChangeGroup, ReleaseChange[]]> {
  const order: ChangeGroup[] = ['projects', 'notes', 'sources', 'files'];
  return order
    .map((g): [ChangeGroup, ReleaseChange[]] => [g, changes.filter((c) => GROUP[c.kind] === g)])
    .filter(([, list]) => list.length > 0);
}

/** The releases newest first, the newest marked as the one the site shows. */
export function newestFirst(releases: readonly Release[]): Array<Release & { current: boolean }> {
  return releases.map((r, i) => ({ ...r, current: i === releases.length - 1 })).reverse();
}
