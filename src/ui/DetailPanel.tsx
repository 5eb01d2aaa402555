import { useEffect, useMemo, useRef } from 'react';
import { useDataset } from '../data/DataContext';
import type { ProjectRow } from '../data/rows';
import { formatMoney, useLang, useT } from '../i18n';
import { qualityNames, qualityText } from '../i18n/qualityText';
import { useAppStore } from '../state/store';
import { AppLink } from './AppLink';
import { SourceLines } from './SourceLines';
import { periodLabel, provincesLabel, themeLabel } from '../data/labels';
import { useProjectRows } from '../state/useProjectRows';

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
  const close = useAppStore((s) => s.selectProject);
  const heading = useRef<HTMLHeadingElement>(null);
  const p = row.project;
  useEffect(() => {
    heading.current?.focus();
  }, [p.id]);
  const notes = quality.filter((q) => q.projectId === p.id);

  return (
    <aside className="detail-panel" aria-labelledby="detail-title">
      <div className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          <span className="detail-kicker">{t('detailHeading')}</span>
          <span lang={p.language}>{p.name}</span>
        </h2>
        <button type="button" onClick={() => close(null)}>
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
                return (
                  <li key={a.organisationId}>
                    <strong>{a.name}</strong>
                    {a.certainty === 'uncertain' && <> ({t('uncertainLabel')})</>}
                    {org && (
                      <>
                        {' – '}
                        {org.fullName[lang]}, {t(`org.${org.type}`)}
                        {home && `, ${home.name.fi}${home.name.sv !== home.name.fi ? ` / ${home.name.sv}` : ''}`}
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
        {p.continues.length > 0 && (
          <>
            <dt>{t('detail.continues')}</dt>
            <dd>
              <ul>
                {p.continues.map((id) => (
                  <li key={id}>
                    <ProjectLink id={id} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {row.continuedBy.length > 0 && (
          <>
            <dt>{t('detail.continuedBy')}</dt>
            <dd>
              <ul>
                {row.continuedBy.map((id) => (
                  <li key={id}>
                    <ProjectLink id={id} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
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
