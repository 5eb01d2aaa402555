import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLoaded } from './load';
import { loadReleaseHistory } from './releaseHistory';
import { loadRelease, manifestPath, type ReleaseManifest } from './releaseFiles';

/** A fetch that serves the committed public/data, release store included, below `/base/data/`. */
const served = (async (input: RequestInfo | URL) => {
  const path = `public/data/${String(input).replace(/^\/base\/data\//, '')}`;
  return existsSync(path)
    ? new Response(readFileSync(path, 'utf8'), { status: 200 })
    : new Response('not found', { status: 404 });
}) as typeof fetch;

const manifestOf = (version: string) =>
  JSON.parse(readFileSync(`public/data/${manifestPath(version)}`, 'utf8')) as ReleaseManifest;

const releases = await loadReleaseHistory('/base/', served);

describe('loading a stored release', () => {
  it('gives the newest release’s files, as the current data folder has them, through its manifest', async () => {
    const newest = releases.releases.at(-1)!.version;
    const { result, shown } = await loadRelease('/base/', newest, validateLoaded, served);
    expect(shown).toMatchObject({ version: newest, status: 'shown' });
    expect(result?.ok && result.dataset.projects).toEqual(
      JSON.parse(readFileSync('public/data/projects.json', 'utf8')),
    );
  });

  it('every manifest lists files that are stored with the bytes and SHA-256 it says', () => {
    for (const release of releases.releases.filter((r) => r.stored)) {
      const manifest = manifestOf(release.version);
      expect(manifest.version).toBe(release.version);
      expect(manifest.files).toHaveLength(release.stored!.files);
      for (const f of manifest.files) {
        // The href is relative to the manifest's folder.
        const bytes = readFileSync(join('public/data', dirname(manifestPath(release.version)), f.href));
        expect(createHash('sha256').update(bytes).digest('hex'), `${release.version} ${f.path}`).toBe(f.sha256);
        expect(bytes.length).toBe(f.bytes);
      }
    }
  });

  it('names the files of an older release that today’s schemas cannot read, and keeps the ones they can', async () => {
    const { result, shown } = await loadRelease('/base/', 'cef4dca37256', validateLoaded, served);
    expect(shown.status).toBe('partial');
    const failed = shown.status === 'partial' ? shown.errors.map((e) => e.file) : [];
    expect(failed).toEqual(['regions.json', 'sources.json']);
    expect(result && !result.ok && result.partial.projects?.length).toBe(47);
  });

  it('reads the release before the last as a whole, its day-care districts (then `basedOn`) as locations', async () => {
    const previous = releases.releases.at(-2)!.version;
    const { result, shown } = await loadRelease('/base/', previous, validateLoaded, served);
    expect(shown.status).toBe('shown');
    const vaasa = result?.ok ? result.dataset.details.find((d) => d.projectId === 'vaasan-perhekeskus') : undefined;
    expect(vaasa?.locations.map((f) => f.text)).toEqual(['Ristinummi', 'Huutoniemi', 'Gustavborg']);
    expect(vaasa).not.toHaveProperty('basedOn');
  });

  it('says a release that is not kept is missing, and gives no data for it', async () => {
    const { result, shown } = await loadRelease('/base/', '000000000000', validateLoaded, served);
    expect(result).toBeNull();
    expect(shown).toEqual({ version: '000000000000', status: 'missing', problem: { kind: 'http', status: 404 } });
  });
});
