import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoredRelease } from '../src/data/releases.ts';
import { HISTORY_FILE, storeRelease, storedHashes } from './releaseStore.ts';
import { writeAtomically } from './write.ts';

/**
 * One-off (`npx tsx scripts/recover-releases.ts`): puts the releases that releases.json records from before the
 * release store into it, from the repository's history, so that a figure cited from one of them can be checked.
 * A release's files are taken from a commit whose datapackage.json has its version, and kept only when every file
 * has the SHA-256 that datapackage.json lists and together they give the version again; a release without such a
 * commit is recorded as not stored (`stored: null`), which the changes page says. REPO (default `.`) is the git
 * repository read, OUT_DIR (default public/data) the data folder written, all at once (scripts/write.ts).
 */
const repo = resolve(process.env.REPO ?? '.');
const outDir = resolve(process.env.OUT_DIR ?? 'public/data');
const DATA = 'public/data';

const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Package {
  version: string;
  created: string;
  resources: Array<{ path: string; hash?: string }>;
}

/** The release's files when they prove to be that release's, or why not. */
function verified(read: (path: string) => string, pkg: Package, pkgText: string): Map<string, string> | string {
  const files = new Map<string, string>([['datapackage.json', pkgText]]);
  for (const r of pkg.resources) {
    const text = read(r.path);
    if (r.hash !== `sha256:${sha256(text)}`) return `${r.path} does not have the SHA-256 datapackage.json lists`;
    files.set(r.path, text);
  }
  // The version is the hash of every file the package describes (scripts/datapackage.ts).
  const names = pkg.resources.map((r) => r.path).sort();
  const version = sha256(names.map((n) => `${n}\n${files.get(n)}`).join('\n')).slice(0, 12);
  return version === pkg.version ? files : `its files give version ${version}`;
}

/** Where each version's files are: the working folder's, then every commit that changed datapackage.json. */
function* candidates(): Generator<{ where: string; read: (path: string) => string }> {
  yield { where: outDir, read: (path) => readFileSync(join(outDir, path), 'utf8') };
  for (const commit of git('log', '--format=%H', '--', `${DATA}/datapackage.json`).split('\n').filter(Boolean))
    yield { where: commit.slice(0, 7), read: (path) => git('show', `${commit}:${DATA}/${path}`) };
}

function packageAt(read: (path: string) => string): { pkg: Package; text: string } | null {
  try {
    const text = read('datapackage.json');
    return { pkg: JSON.parse(text) as Package, text };
  } catch {
    return null;
  }
}

const historyPath = join(outDir, HISTORY_FILE);
if (!existsSync(historyPath)) throw new Error(`${historyPath}: no release history`);
const history = JSON.parse(readFileSync(historyPath, 'utf8')) as {
  releases: Array<{
    version: string;
    created: string;
    counts: unknown;
    stored?: StoredRelease | null;
    changes: unknown;
  }>;
};
const byVersion = new Map<string, { where: string; read: (path: string) => string; pkg: Package; text: string }>();
for (const c of candidates()) {
  const found = packageAt(c.read);
  if (found && !byVersion.has(found.pkg.version)) byVersion.set(found.pkg.version, { ...c, ...found });
}

const entries = new Map<string, string>();
const earlier = storedHashes(join(outDir, 'releases', 'files'));
for (const release of history.releases) {
  if (release.stored) continue;
  const source = byVersion.get(release.version);
  const files = source ? verified(source.read, source.pkg, source.text) : 'no commit has its datapackage.json';
  if (typeof files === 'string') {
    release.stored = null;
    console.log(`${release.version}: not recovered, ${files}`);
    continue;
  }
  const store = storeRelease({ version: release.version, created: source!.pkg.created }, files, earlier);
  for (const [name, text] of store.entries) entries.set(name, text);
  for (const f of store.manifest.files) earlier.add(f.sha256);
  release.stored = store.stored;
  console.log(
    `${release.version}: from ${source!.where}, ${store.stored.files} files, ${store.stored.bytes} bytes, ${store.stored.addedBytes} added`,
  );
}
// Key order as the build writes it (src/data/releases.ts), so the next build leaves the file as it is.
const ordered = history.releases.map(({ version, created, counts, stored, changes }) => ({
  version,
  created,
  counts,
  stored,
  changes,
}));
entries.set(HISTORY_FILE, `${JSON.stringify({ ...history, releases: ordered }, null, 2)}\n`);
writeAtomically(outDir, entries);
