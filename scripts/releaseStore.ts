import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoredRelease } from '../src/data/releases.ts';
import {
  RELEASES_DIR,
  manifestPath,
  storedFileHref,
  storedFilePath,
  type ReleaseManifest,
} from '../src/data/releaseFiles.ts';

// The store's design (files by content hash, one manifest per release) and why: src/data/releaseFiles.ts.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The file that records the releases: not part of any one release, each build rewrites it. */
export const HISTORY_FILE = 'releases.json';

/**
 * What the store gets for one release: each of its `files` (name → text, every published file but releases.json)
 * under its SHA-256 and the release's manifest, as paths below the data folder → text; and its entry for
 * releases.json. `earlier` are the SHA-256 of the files already stored, so `addedBytes` counts what this release adds.
 */
export function storeRelease(
  release: { version: string; created: string },
  files: ReadonlyMap<string, string>,
  earlier: ReadonlySet<string>,
): { entries: Map<string, string>; stored: StoredRelease; manifest: ReleaseManifest } {
  const entries = new Map<string, string>();
  const listed = [...files.keys()].filter((name) => name !== HISTORY_FILE && !name.includes('/')).sort();
  let added = 0;
  const counted = new Set(earlier);
  const manifest: ReleaseManifest = {
    version: release.version,
    created: release.created,
    files: listed.map((path) => {
      const text = files.get(path)!;
      const hash = sha256(text);
      const bytes = Buffer.byteLength(text, 'utf8');
      if (!counted.has(hash)) added += bytes;
      counted.add(hash);
      entries.set(storedFilePath(hash, path), text);
      return { path, bytes, sha256: hash, href: storedFileHref(hash, path) };
    }),
  };
  entries.set(manifestPath(release.version), `${JSON.stringify(manifest, null, 2)}\n`);
  const stored = {
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
    addedBytes: added,
  };
  return { entries, stored, manifest };
}

/** The SHA-256 of every file in a store folder (default: the committed one, public/data/releases/files). */
export function storedHashes(dir: string = resolve('public/data', RELEASES_DIR, 'files')): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).map((name) => name.replace(/\..*$/, '')));
}
