import { useId, useState } from 'react';
import { useDataState } from '../data/DataContext';
import { projectName } from '../data/names';
import { rowsOf } from '../data/rows';
import { useLang, useT } from '../i18n';
import { BASE_URL } from '../data/config';
import { manifestPath } from '../data/releaseFiles';
import { useAppStore } from '../state/store';
import { pinRelease } from '../state/url';
import { citationText } from './citation';
import { copyText } from './copyText';
import { useDataRelease } from './useDataRelease';
import { useCurrentAddress } from './useCurrentAddress';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The citation of the page (or of one figure on it) as the reader sees it now: its filters, today's date, and the
 * data release its figures are from, which its address pins (`?release=`) so that the address shows them later too.
 */
function useCitation(figure?: string): { text: string; release: string | null } {
  const t = useT();
  const m = useT('cite');
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const selected = useAppStore((s) => s.selectedProjectId);
  const data = useDataState();
  const release = useDataRelease();
  // Only the opened disclosure's body cites, so the citation shown is whole from its first render.
  const address = useCurrentAddress({ afterHydration: true });
  const project = selected && 'ok' in data && data.ok ? rowsOf(data.dataset).lookups.projects.get(selected) : undefined;
  const text = citationText(
    {
      site: `${t('appTitle')} – ${t('appSubtitle')}`,
      page: project ? `${t(`view.${view}`)}: ${projectName(project, lang)}` : t(`view.${view}`),
      figure,
      release,
      viewed: today(),
      url: release ? pinRelease(address, release.version) : address,
    },
    { release: m('citeRelease'), viewed: m('citeViewed') },
    lang,
  );
  return { text, release: release?.version ?? null };
}

/**
 * "Cite this page / figure": the citation to read and a button that copies it. A disclosure, so it takes no room
 * until asked for; on paper the printed header already carries the same facts.
 */
export function Citation({ figure }: { figure?: string }) {
  const m = useT('cite');
  const [open, setOpen] = useState(false);
  return (
    <details className="cite needs-js" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m(figure ? 'citeFigure' : 'citePage')}</summary>
      {open && <CitationBody figure={figure} />}
    </details>
  );
}

/**
 * Written when the disclosure opens, not with the page: the day it is read and the release are known only then, and
 * the page's first dates would otherwise be formatted during its hydration.
 */
function CitationBody({ figure }: { figure?: string }) {
  const m = useT('cite');
  const releaseText = useT('release');
  const { text, release } = useCitation(figure);
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  const textId = useId();
  // A confirmation speaks of the text it copied: once filters change the citation, it no longer shows.
  const status = copied?.text === text ? copied : null;
  return (
    <div className="cite-body">
      <p className="cite-text" id={textId} data-testid="citation">
        {text}
      </p>
      <button
        type="button"
        aria-describedby={textId}
        onClick={async () => setCopied({ text, ok: await copyText(text) })}
      >
        {m('citeCopy')}
      </button>
      {release && (
        <p className="cite-release">
          <a href={`${BASE_URL}data/${manifestPath(release)}`} data-testid="citation-release">
            {releaseText('files', { version: release })}
          </a>
        </p>
      )}
      <p className="cite-status" role="status" aria-live="polite">
        {status && m(status.ok ? 'citeCopied' : 'citeCopyFailed')}
      </p>
    </div>
  );
}
