import { BASE_URL } from '../data/config';
import { usePublication } from '../data/publication';
import { manifestPath, storedFilePath, type ReleaseManifest } from '../data/releaseFiles';
import { formatDate, formatList, useLang, useT } from '../i18n';
import { urlStateOf, useAppStore } from '../state/store';
import { DEFAULT_URL_STATE } from '../state/types';
import { encodeLocation } from '../state/url';
import { fileSize } from './fileSize';
import { useShownRelease } from './useDataRelease';

/** Every file of a stored release with its size, and its manifest: what a reader checks a cited figure against. */
export function ReleaseFiles({ manifest }: { manifest: ReleaseManifest }) {
  const m = useT('release');
  const lang = useLang();
  return (
    <details className="release-files">
      <summary>{m('files', { version: manifest.version })}</summary>
      <ul>
        <li>
          <a href={`${BASE_URL}data/${manifestPath(manifest.version)}`}>{m('manifest')}</a>
        </li>
        {manifest.files.map((f) => (
          <li key={f.path}>
            <a href={`${BASE_URL}data/${storedFilePath(f.sha256, f.path)}`} download={f.path}>
              {f.path}
            </a>{' '}
            <span className="muted">{fileSize(lang, f.bytes)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * On a page opened with `?release=<version>`: which release its figures are from, what of it the page cannot show,
 * and links to the release's files and to the newest figures. Those links load the page anew, as its data change.
 */
export function ReleaseNotice() {
  const m = useT('release');
  const lang = useLang();
  const publication = usePublication();
  const newest = useAppStore((s) => encodeLocation({ ...urlStateOf(s), release: null }));
  const changes = useAppStore((s) => encodeLocation({ ...DEFAULT_URL_STATE, lang: s.lang, view: 'changes' }));
  const release = useShownRelease();
  if (!release) return null;
  const current = publication.status === 'ok' ? publication.publication.version : null;
  if (release.status === 'missing')
    return (
      <div className="notice release-notice" data-testid="release-notice" data-status="missing">
        <p>
          {m('missing', { version: release.version })} <a href={changes}>{m('allReleases')}</a>
        </p>
      </div>
    );
  const date = formatDate(lang, release.manifest.created.slice(0, 10));
  return (
    <div className="notice release-notice" data-testid="release-notice" data-status={release.status}>
      <p>
        {release.status === 'shown'
          ? m('shown', { version: release.version, date })
          : m('partial', {
              version: release.version,
              date,
              files: formatList(
                lang,
                release.errors.map((e) => e.file),
              ),
            })}{' '}
        {current !== null &&
          (current === release.version ? (
            m('isNewest')
          ) : (
            <>
              {m('newer', { version: current })} <a href={newest}>{m('showNewest')}</a>
            </>
          ))}
      </p>
      <ReleaseFiles manifest={release.manifest} />
    </div>
  );
}
