import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import type { Release, ReleaseChange } from '../data/releases';
import { useReleaseHistory } from '../data/releaseHistory';
import { formatDate, formatMoney, formatNumber, useLang, useT } from '../i18n';
import { qualityNames } from '../i18n/qualityText';
import { QualityNoteText } from '../ui/QualityNoteText';
import { AppLink } from '../ui/AppLink';
import { fileSize } from '../ui/fileSize';
import { BASE_URL } from '../data/config';
import { manifestPath } from '../data/releaseFiles';
import { useAppStore } from '../state/store';
import { DEFAULT_URL_STATE } from '../state/types';
import { encodeLocation } from '../state/url';
import { groupChanges, newestFirst } from './changes';
import { projectName } from '../data/names';

function Change({ change }: { change: ReleaseChange }) {
  const m = useT('changes');
  const lang = useLang();
  const { quality, regions, themes, projects } = useDataset();
  const names = useMemo(() => qualityNames({ regions, themes, projects }), [regions, themes, projects]);
  // A project still in the data is named as the reader's language names it (a curated Swedish name).
  const shown = (id: string, name: string) => {
    const project = projects.find((p) => p.id === id);
    return project ? projectName(project, lang) : name;
  };
  const money = (v: number | null) => (v === null ? m('noCost') : formatMoney(lang, v));
  switch (change.kind) {
    case 'project-added':
      return <>{m('projectAdded', { name: shown(change.id, change.name) })}</>;
    case 'project-removed':
      return <>{m('projectRemoved', { name: change.name })}</>;
    case 'project-renamed':
      return <>{m('projectRenamed', { from: change.from, to: change.to })}</>;
    case 'cost-changed':
      return (
        <>{m('costChanged', { name: shown(change.id, change.name), from: money(change.from), to: money(change.to) })}</>
      );
    case 'note-added': {
      const note = quality.find((q) => q.id === change.id);
      if (!note) return <>{m('noteAdded', { text: change.id })}</>;
      return (
        <>
          {m('noteAdded', { text: '' })}
          <AppLink to={{ view: 'sources', project: null, hash: `quality-${note.id}` }}>
            <QualityNoteText issue={note} names={names} />
          </AppLink>
        </>
      );
    }
    case 'note-removed':
      return <>{m('noteRemoved', { id: change.id })}</>;
    case 'source-added':
      return <>{m('sourceAdded', { id: change.id })}</>;
    case 'source-removed':
      return <>{m('sourceRemoved', { id: change.id })}</>;
    case 'source-changed':
      return <>{m('sourceChanged', { id: change.id })}</>;
    case 'file-added':
      return <>{m('fileAdded', { id: change.id })}</>;
    case 'file-removed':
      return <>{m('fileRemoved', { id: change.id })}</>;
    case 'file-changed':
      return <>{m('fileChanged', { id: change.id })}</>;
  }
}

/**
 * Where a release's files are kept, how much of the store it takes, and its projects as they were; or, plainly, that
 * its files were not kept. The projects link loads the page anew with the release's data (`?release=`).
 */
export function ReleaseFilesLine({ release }: { release: Release }) {
  const m = useT('changes');
  const lang = useLang();
  const projects = useAppStore((s) =>
    encodeLocation({ ...DEFAULT_URL_STATE, lang: s.lang, view: 'projects', release: release.version }),
  );
  const { stored } = release;
  if (!stored)
    return (
      <p className="release-store" data-stored="no">
        {m('notStored')}
      </p>
    );
  return (
    <p className="release-store" data-stored="yes">
      {m('stored', {
        files: formatNumber(lang, stored.files),
        bytes: fileSize(lang, stored.bytes),
        added: fileSize(lang, stored.addedBytes),
      })}{' '}
      <a href={`${BASE_URL}data/${manifestPath(release.version)}`}>{m('manifest')}</a> ·{' '}
      <a href={projects}>{m('showProjects')}</a>
    </p>
  );
}

const GROUP_KEY = {
  projects: 'groupProjects',
  notes: 'groupNotes',
  sources: 'groupSources',
  files: 'groupFiles',
} as const;

/** Every release of the data, newest first, with what changed from the one before. */
export default function ChangesView() {
  const m = useT('changes');
  const lang = useLang();
  const releases = newestFirst(useReleaseHistory().releases);
  return (
    <article className="prose changes" aria-labelledby="changes-title">
      <h1 id="changes-title">{m('heading')}</h1>
      <p>{m('intro')}</p>
      {releases.map((r, i) => (
        <section key={r.version} aria-labelledby={`release-${r.version}`} className="release" data-version={r.version}>
          <h2 id={`release-${r.version}`}>
            {m('release', { version: r.version })}
            {r.current && <span className="badge release-current">{m('current')}</span>}
          </h2>
          <p>
            {m('counts', {
              date: formatDate(lang, r.created),
              projects: formatNumber(lang, r.counts.projects),
              costs: formatNumber(lang, r.counts.costs),
              notes: formatNumber(lang, r.counts.notes),
              sources: formatNumber(lang, r.counts.sources),
            })}
          </p>
          <ReleaseFilesLine release={r} />
          {i === releases.length - 1 && r.changes.length === 0 ? (
            <p>{m('first')}</p>
          ) : r.changes.length === 0 ? (
            <p>{m('none')}</p>
          ) : (
            groupChanges(r.changes).map(([group, list]) => (
              <div key={group}>
                <h3>{m(GROUP_KEY[group])}</h3>
                <ul>
                  {list.map((c) => (
                    <li key={`${c.kind}-${c.id}`}>
                      <Change change={c} />
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>
      ))}
    </article>
  );
}
