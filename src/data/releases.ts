import { z } from 'zod';

/**
 * releases.json: every release of the data the build has published, oldest first, and what changed from the one
 * before, as facts (ids, names, euros, note kinds) that the changelog page renders in each language. The build
 * appends a release when the package's version changes (scripts/releases.ts); `snapshot` is the newest release's
 * content, which the next one is compared with.
 */
const Id = z.string().min(1);

export const ReleaseChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project-added'), id: Id, name: z.string() }),
  z.object({ kind: z.literal('project-removed'), id: Id, name: z.string() }),
  z.object({ kind: z.literal('project-renamed'), id: Id, from: z.string(), to: z.string() }),
  z.object({
    kind: z.literal('cost-changed'),
    id: Id,
    name: z.string(),
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
  }),
  z.object({ kind: z.literal('note-added'), id: Id, noteKind: z.string() }),
  z.object({ kind: z.literal('note-removed'), id: Id, noteKind: z.string() }),
  z.object({ kind: z.literal('source-added'), id: Id }),
  z.object({ kind: z.literal('source-removed'), id: Id }),
  z.object({ kind: z.literal('source-changed'), id: Id, from: z.string().nullable(), to: z.string().nullable() }),
  /** A published file whose content changed (its hash in datapackage.json), added or removed. */
  z.object({ kind: z.literal('file-changed'), id: Id }),
  z.object({ kind: z.literal('file-added'), id: Id }),
  z.object({ kind: z.literal('file-removed'), id: Id }),
]);
export type ReleaseChange = z.infer<typeof ReleaseChange>;

const Counts = z.object({
  projects: z.number().int().nonnegative(),
  costs: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  sources: z.number().int().nonnegative(),
});

/**
 * The release's files in the release store (data/releases/, see data/releaseFiles.ts): how many, their bytes, and the
 * bytes this release added to the store (files no earlier stored release has); null when its files were not kept and
 * could not be recovered from the repository's history.
 */
export const StoredRelease = z.object({
  files: z.number().int().positive(),
  bytes: z.number().int().positive(),
  addedBytes: z.number().int().nonnegative(),
});
export type StoredRelease = z.infer<typeof StoredRelease>;

export const Release = z.object({
  version: Id,
  /** The compilation date of datapackage.json's `created`. */
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  counts: Counts,
  stored: StoredRelease.nullable(),
  /** Empty for the first recorded release. */
  changes: z.array(ReleaseChange),
});
export type Release = z.infer<typeof Release>;

export const Snapshot = z.object({
  projects: z.record(Id, z.object({ name: z.string(), costEur: z.number().int().nullable() })),
  notes: z.record(Id, z.string()),
  /** SHA-256 of each source document, null where the release did not record it. */
  sources: z.record(Id, z.string().nullable()),
  /** Each published file's hash as datapackage.json lists it. */
  files: z.record(Id, z.string()),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const ReleaseHistory = z.object({ releases: z.array(Release).min(1), snapshot: Snapshot });
export type ReleaseHistory = z.infer<typeof ReleaseHistory>;
