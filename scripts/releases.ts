import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ReleaseHistory,
  type Release,
  type ReleaseChange,
  type Snapshot,
  type StoredRelease,
} from '../src/data/releases.ts';

/** What a release is compared by; read leniently, so that older releases' files (from git) can be read too. */
export interface SnapshotInput {
  projects: Array<{ id: string; name: string }>;
  funding: { costs: Array<{ projectId: string; amountEur: number }> };
  quality: Array<{ id: string; kind?: string }>;
  sources: Array<{ id: string; sha256?: string }>;
}

/** A release's content: `files` is datapackage.json's `resources` (each file's path and hash). */
export function snapshotOf(data: SnapshotInput, files: Array<{ path: string; hash: string }>): Snapshot {
  const costs = new Map<string, number>();
  for (const c of data.funding.costs) costs.set(c.projectId, (costs.get(c.projectId) ?? 0) + c.amountEur);
  return {
    projects: Object.fromEntries(data.projects.map((p) => [p.id, { name: p.name, costEur: costs.get(p.id) ?? null }])),
    notes: Object.fromEntries(data.quality.map((q) => [q.id, q.kind ?? 'note'])),
    sources: Object.fromEntries(data.sources.map((s) => [s.id, s.sha256 ?? null])),
    files: Object.fromEntries(files.map((f) => [f.path, f.hash])),
  };
}

const countsOf = (s: Snapshot): Release['counts'] => ({
  projects: Object.keys(s.projects).length,
  costs: Object.values(s.projects).filter((p) => p.costEur !== null).length,
  notes: Object.keys(s.notes).length,
  sources: Object.keys(s.sources).length,
});

/** Every difference between two releases' snapshots, in a fixed order (projects, notes, sources, files; by id). */
export function changesBetween(before: Snapshot, after: Snapshot): ReleaseChange[] {
  const changes: ReleaseChange[] = [];
  const ids = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const id of ids(before.projects, after.projects)) {
    const [a, b] = [before.projects[id], after.projects[id]];
    if (!a) changes.push({ kind: 'project-added', id, name: b!.name });
    else if (!b) changes.push({ kind: 'project-removed', id, name: a.name });
    else {
      if (a.name !== b.name) changes.push({ kind: 'project-renamed', id, from: a.name, to: b.name });
      if (a.costEur !== b.costEur)
        changes.push({ kind: 'cost-changed', id, name: b.name, from: a.costEur, to: b.costEur });
    }
  }
  for (const id of ids(before.notes, after.notes)) {
    const [a, b] = [before.notes[id], after.notes[id]];
    if (a === undefined) changes.push({ kind: 'note-added', id, noteKind: b! });
    else if (b === undefined) changes.push({ kind: 'note-removed', id, noteKind: a });
  }
  for (const id of ids(before.sources, after.sources)) {
    const [a, b] = [before.sources[id], after.sources[id]];
    if (a === undefined) changes.push({ kind: 'source-added', id });
    else if (b === undefined) changes.push({ kind: 'source-removed', id });
    // A digest first recorded is not a change of the document.
    else if (a !== null && a !== b) changes.push({ kind: 'source-changed', id, from: a, to: b ?? null });
  }
  for (const id of ids(before.files, after.files)) {
    const [a, b] = [before.files[id], after.files[id]];
    if (a === undefined) changes.push({ kind: 'file-added', id });
    else if (b === undefined) changes.push({ kind: 'file-removed', id });
    else if (a !== b) changes.push({ kind: 'file-changed', id });
  }
  return changes;
}

/**
 * The history with this release in it: unchanged when the newest recorded release has the same version (a rebuild
 * of the same data; only a release recorded as not stored becomes stored), else the release appended with what
 * changed since the newest one. `stored` is what the release store holds of it (scripts/releaseStore.ts).
 */
export function withRelease(
  history: ReleaseHistory | null,
  release: { version: string; created: string; stored: StoredRelease },
  snapshot: Snapshot,
): ReleaseHistory {
  const last = history?.releases.at(-1);
  if (history && last?.version === release.version)
    return {
      releases: [...history.releases.slice(0, -1), { ...last, stored: last.stored ?? release.stored }],
      snapshot,
    };
  const entry: Release = {
    version: release.version,
    created: release.created.slice(0, 10),
    counts: countsOf(snapshot),
    stored: release.stored,
    changes: history ? changesBetween(history.snapshot, snapshot) : [],
  };
  return { releases: [...(history?.releases ?? []), entry], snapshot };
}

/** The committed history (public/data/releases.json from the repository root, whatever OUT_DIR is), or null. */
export function committedHistory(path: string = resolve('public/data/releases.json')): ReleaseHistory | null {
  if (!existsSync(path)) return null;
  const parsed = ReleaseHistory.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a release history: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
