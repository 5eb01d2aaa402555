import {
  DATA_FILE_NAMES,
  fetchText,
  parseDataFiles,
  type DataFileError,
  type DataFileProblem,
  type FetchedFile,
  type FetchedFiles,
  type LoadResult,
} from './fetchData';

/**
 * The release store: every release's files at a permanent address below the published data. Each file is kept once
 * by its content (`data/releases/files/<sha256>.<ext>`) and each release has a small manifest
 * (`data/releases/<version>/manifest.json`) naming its files, their bytes and SHA-256. Content addressing because a
 * release changes a few files (a changed cost: projects, funding, the CSVs, the package) while the rest, the 196 kB
 * schema.json above all, stay; a full copy per release would add ~560 kB each time, and GitHub Pages has no links
 * or redirects that could share one copy between folders. Kept free of zod: the page loads this.
 */
export const RELEASES_DIR = 'releases';

/** A release's version as datapackage.json writes it: the first 12 hex digits of the files' SHA-256. */
export const RELEASE_VERSION = /^[0-9a-f]{12}$/;

export interface ReleaseManifestFile {
  /** The file's name in the release, e.g. `projects.json`. */
  path: string;
  bytes: number;
  sha256: string;
  /** Where the file is kept, relative to the manifest. */
  href: string;
}

/** data/releases/<version>/manifest.json. */
export interface ReleaseManifest {
  version: string;
  /** datapackage.json's `created` of the release. */
  created: string;
  files: ReleaseManifestFile[];
}

const extension = (path: string) => path.slice(path.lastIndexOf('.'));

/** A release's manifest, relative to the data folder. */
export const manifestPath = (version: string) => `${RELEASES_DIR}/${version}/manifest.json`;

/** A stored file, relative to the data folder. */
export const storedFilePath = (sha256: string, path: string) => `${RELEASES_DIR}/files/${sha256}${extension(path)}`;

/** A stored file, relative to a manifest. */
export const storedFileHref = (sha256: string, path: string) => `../files/${sha256}${extension(path)}`;

/** The release a page was opened with (`?release=`), as the page shows it. */
export type ShownRelease =
  | { version: string; status: 'shown'; manifest: ReleaseManifest }
  /**
   * Some of its files do not fit today's schemas (`errors`): the views that read only the others show the release,
   * the rest say which file they cannot use.
   */
  | { version: string; status: 'partial'; manifest: ReleaseManifest; errors: DataFileError[] }
  /** No manifest of that version is published: the page shows the current data. */
  | { version: string; status: 'missing'; problem: DataFileProblem };

/**
 * Loads a stored release's data files through its manifest, checked with `validate` (the schemas, data/load.ts; a
 * release's files were validated with the schemas of their day, not the page's). `result` is null when the release
 * is not kept, and the page shows the current data. A file the release does not have is named as not found (404).
 */
export async function loadRelease(
  baseUrl: string,
  version: string,
  validate: (result: LoadResult) => LoadResult,
  fetcher: typeof fetch = fetch,
): Promise<{ result: LoadResult | null; shown: ShownRelease }> {
  const fetched = await fetchText(`${baseUrl}data/${manifestPath(version)}`, fetcher);
  if ('error' in fetched) return { result: null, shown: { version, status: 'missing', problem: fetched.error } };
  let manifest: ReleaseManifest;
  try {
    manifest = JSON.parse(fetched.text) as ReleaseManifest;
  } catch (e) {
    return {
      result: null,
      shown: { version, status: 'missing', problem: { kind: 'json', message: (e as Error).message } },
    };
  }
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  const texts = await Promise.all(
    DATA_FILE_NAMES.map((name): Promise<FetchedFile> => {
      const file = byPath.get(name);
      if (!file) return Promise.resolve({ error: { kind: 'http', status: 404 } });
      return fetchText(`${baseUrl}data/${storedFilePath(file.sha256, file.path)}`, fetcher);
    }),
  );
  const files = Object.fromEntries(DATA_FILE_NAMES.map((name, i) => [name, texts[i]!])) as FetchedFiles;
  const result = validate(parseDataFiles(files));
  if (result.ok) return { result, shown: { version, status: 'shown', manifest } };
  return { result, shown: { version, status: 'partial', manifest, errors: result.errors } };
}

let pageRelease: ShownRelease | null = null;

/** Set once by the entry script before the app renders: the page's data and its release do not change while it is open. */
export function setShownRelease(release: ShownRelease | null): void {
  pageRelease = release;
}

/** The release the page was opened with, or null for the current data (and on the prerendered page). */
export function shownRelease(): ShownRelease | null {
  return pageRelease;
}
