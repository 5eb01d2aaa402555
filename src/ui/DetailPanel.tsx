import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDataset } from '../data/DataContext';
import type { ProjectRow } from '../data/rows';
import { formatMoney, useLang, useT } from '../i18n';
import { qualityNames, qualityText } from '../i18n/qualityText';
import { useAppStore } from '../state/store';
import { AppLink } from './AppLink';
import { SourceLines } from './SourceLines';
import { ProjectFacts } from './ProjectFacts';
import { administratorName, periodLabel, provincesLabel, themeLabel } from '../data/labels';
import { localName } from '../data/names';
import { useProjectRows } from '../state/useProjectRows';

/** "Vasa / Vaasa" on a Swedish page, "Vaasa / Vasa" otherwise: the reader's language first, the other after. */
function bothNames(name: { fi: string; sv: string }, lang: 'fi' | 'sv' | 'en') {
  const own = localName(name, lang);
  const other = lang === 'sv' ? name.fi : name.sv;
  return own === other ? own : `${own} / ${other}`;
}

/** A term of the detail list whose value is a list of linked projects; nothing when there are none. */
function ProjectList({ term, ids }: { term: string; ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <ProjectLink id={id} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function ProjectLink({ id }: { id: string }) {
  const { lookups } = useProjectRows();
  const p = lookups.projects.get(id);
  if (!p) return <>{id}</>;
  return (
    <AppLink to={{ project: id }} lang={p.language}>
      {p.name}
      {p.planYear ? ` (${p.planYear})` : ''}
    </AppLink>
  );
}

/** Every field of the selected project, its predecessor/successor links, administrators and provenance. */
export function DetailPanel({ row }: { row: ProjectRow }) {
  const t = useT();
  const lang = useLang();
  const { quality, regions, themes } = useDataset();
  const names = useMemo(() => qualityNames({ regions, themes }), [regions, themes]);
  const { lookups } = useProjectRows();
  const select = useAppStore((s) => s.selectProject);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);
  const p = row.project;
  useEffect(() => {
    // Whatever had focus when the panel opened (the row's link) gets it back when the panel closes.
    if (
      document.activeElement &&
      document.activeElement !== document.body &&
      !heading.current?.closest('aside')?.contains(document.activeElement)
    )
      opener.current = document.activeElement;
    heading.current?.focus();
  }, [p.id]);
  const close = useCallback(() => {
    const back = opener.current?.isConnected
      ? opener.current
      : document.querySelector(`[data-project="${CSS.escape(p.id)}"] a`);
    select(null);
    if (back instanceof HTMLElement) requestAnimationFrame(() => back.focus());
  }, [p.id, select]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);
  const notes = quality.filter((q) => q.projectId === p.id);

  return (
    <aside className="detail-panel" aria-labelledby="detail-title">
      <div className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          <span className="detail-kicker">{t('detailHeading')}</span>
          <span lang={p.language}>{p.name}</span>
        </h2>
        <button type="button" className="needs-js" onClick={close} aria-keyshortcuts="Escape">
          {t('closeDetail')}
        </button>
      </div>
      <dl className="detail-list">
        <dt>{t('detail.planYear')}</dt>
        <dd>{p.planYear ?? t('noPlanYear')}</dd>
        {row.theme && (
          <>
            <dt>{t('detail.theme')}</dt>
            <dd>{themeLabel(row, lang)}</dd>
          </>
        )}
        <dt>{t('detail.language')}</dt>
        <dd>{t(`lang.${p.language}`)}</dd>
        <dt>{t('detail.administrators')}</dt>
        <dd>
          {p.administratorStatus === 'unknown' && t('admin.unknown')}
          {p.administratorStatus === 'blank' && t('admin.blank')}
          {p.administrators.length > 0 && (
            <ul>
              {p.administrators.map((a) => {
                const org = lookups.organisations.get(a.organisationId);
                const home = org ? lookups.municipalities.get(org.municipalityCode) : undefined;
                const shown = administratorName(a, lang, lookups);
                return (
                  <li key={a.organisationId}>
                    <strong>{shown}</strong>
                    {a.certainty === 'uncertain' && <> ({t('uncertainLabel')})</>}
                    {org && (
                      <>
                        {' – '}
                        {org.fullName[lang] !== shown && <>{org.fullName[lang]}, </>}
                        {t(`org.${org.type}`)}
                        {home && `, ${bothNames(home.name, lang)}`}
                      </>
                    )}
                    {a.name !== shown && (
                      <>
                        {' '}
                        <span className="muted">
                          ({t('asWritten')}
                          {': '}
                          <q lang="fi">{a.name}</q>)
                        </span>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        <dt>{t('detail.administratorRaw')}</dt>
        <dd>
          <q lang="fi">{p.administratorRaw}</q>
        </dd>
        <dt>{t('detail.cost')}</dt>
        <dd>{row.cost === null ? t('noCostLabel') : formatMoney(lang, row.cost)}</dd>
        {p.period && (
          <>
            <dt>{t('detail.period')}</dt>
            <dd>{periodLabel(p, lang)}</dd>
          </>
        )}
        {row.provinceIds.length > 0 && (
          <>
            <dt>{t('detail.provinces')}</dt>
            <dd>{provincesLabel(row, lang, lookups)}</dd>
          </>
        )}
        <ProjectList term={t('detail.continues')} ids={p.continues} />
        <ProjectList term={t('detail.continuedBy')} ids={row.continuedBy} />
      </dl>
      <ProjectFacts projectId={p.id} shownLinks={[...p.continues, ...row.continuedBy]} />
      <h3 id="provenance">{t('detail.sources')}</h3>
      <ul className="provenance">
        {p.sources.map((s, i) => (
          <li key={i}>
            <SourceLines source={s} />
            {s.excerpt && (
              <blockquote lang="fi" aria-label={t('detail.excerpt')}>
                <code>{s.excerpt}</code>
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      {notes.length > 0 && (
        <>
          <h3>{t('detail.quality')}</h3>
          <ul>
            {notes.map((n) => (
              <li key={n.id}>{qualityText(n, lang, names)}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
