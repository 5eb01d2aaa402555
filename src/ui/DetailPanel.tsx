import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDataset } from '../data/DataContext';
import type { ProjectRow } from '../data/rows';
import { formatMoney, useLang, useT } from '../i18n';
import { qualityNames } from '../i18n/qualityText';
import { useAppStore } from '../state/store';
import { AppLink } from './AppLink';
import { SourceLines } from './SourceLines';
import { ProjectFacts } from './ProjectFacts';
import { ReportLink } from './ReportLink';
import { Term } from './Term';
import { administratorName, periodLabel, provincesLabel, themeLabel } from '../data/labels';
import { localName } from '../data/names';
import { ProjectName, ProjectRendering, Excerpt, textLang } from './ProjectName';
import { QualityNoteText } from './QualityNoteText';
import { useProjectRows } from '../state/useProjectRows';
import { evidenceContext, projectEvidence, type Evidence } from '../data/evidence';
import { EvidenceBadge } from './EvidenceBadge';
import { ScrollRegion } from './ScrollRegion';

/** "Vasa / Vaasa" on a Swedish page, "Vaasa / Vasa" in Finnish, "Korsholm / Mustasaari" in English: the page's name first. */
function bothNames(name: { fi: string; sv: string; en?: string }, lang: 'fi' | 'sv' | 'en') {
  const own = localName(name, lang);
  const other = own === name.fi ? name.sv : name.fi;
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
    <>
      <AppLink to={{ project: id }}>
        <ProjectName project={p} />
        {p.planYear ? ` (${p.planYear})` : ''}
      </AppLink>
      <ProjectRendering project={p} inline />
    </>
  );
}

/** How each value shown above is known: its status, why, and the lines it rests on. */
function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  return (
    <>
      <h3 id="evidence">{t('evidenceHeading')}</h3>
      <ScrollRegion label={t('evidenceHeading')}>
        <table className="data-table evidence-table" data-testid="evidence-table">
          <thead>
            <tr>
              <th scope="col">{t('evidenceCol.value')}</th>
              <th scope="col">{t('evidenceCol.status')}</th>
              <th scope="col">{t('evidenceCol.why')}</th>
              <th scope="col">{t('evidenceCol.source')}</th>
            </tr>
          </thead>
          <tbody>
            {evidence.map((e) => (
              <tr key={e.field} data-field={e.field}>
                <th scope="row">{t(`evidenceField.${e.field}`)}</th>
                <td>
                  <EvidenceBadge status={e.status} />
                </td>
                <td>{t(`evidenceReason.${e.reason}`)}</td>
                <td>
                  {e.sources.map((s, i) => (
                    <div key={i}>
                      <SourceLines source={s} />
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Every field of the selected project, its predecessor/successor links, administrators and provenance. */
export function DetailPanel({ row }: { row: ProjectRow }) {
  const t = useT();
  const lang = useLang();
  const m = useT('cite');
  const { quality, regions, themes, funding, projects } = useDataset();
  const names = useMemo(() => qualityNames({ regions, themes, projects }), [regions, themes, projects]);
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
  const dataset = useDataset();
  const evidence = useMemo(() => projectEvidence(p, evidenceContext(dataset)), [p, dataset]);
  const costLabel = row.cost === null ? t('noCostLabel') : formatMoney(lang, row.cost);
  const costSources = funding.costs.filter((c) => c.projectId === p.id).map((c) => c.source);
  const reportSources = [...p.sources, ...costSources].filter(
    (s, i, all) =>
      all.findIndex((o) => o.document === s.document && o.lineStart === s.lineStart && o.lineEnd === s.lineEnd) === i,
  );

  return (
    <aside className="detail-panel" aria-labelledby="detail-title">
      <div className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          <span className="detail-kicker">{t('detailHeading')}</span>
          <ProjectName project={p} rendered />
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
            <dt>
              <Term id="theme" label={t('detail.theme')}>
                {t('detail.theme')}
              </Term>
            </dt>
            <dd>{themeLabel(row, lang)}</dd>
          </>
        )}
        <dt>{t('detail.language')}</dt>
        <dd>{t(`lang.${p.language}`)}</dd>
        <dt>
          <Term id="administrator" label={t('detail.administrators')}>
            {t('detail.administrators')}
          </Term>
        </dt>
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
                        {t(org.town ? 'org.town' : `org.${org.type}`)}
                        {home && `, ${t('match.home')} ${bothNames(home.name, lang)}`}
                      </>
                    )}
                    {a.name !== shown && (
                      <>
                        {' '}
                        <span className="muted">
                          ({t('asWritten')}
                          {': '}
                          <q lang={textLang(a.name, p.language)}>{a.name}</q>
                          {lang !== 'fi' && org?.aliasTranslations?.[a.name] && (
                            <>
                              , {t('thatIs')} {org.aliasTranslations[a.name]![lang]}
                            </>
                          )}
                          )
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
          <q lang={textLang(p.administratorRaw, p.language)}>{p.administratorRaw}</q>
          {lang !== 'fi' &&
            p.administrators
              .map((a) => lookups.organisations.get(a.organisationId)?.aliasTranslations?.[p.administratorRaw])
              .filter((x) => x !== undefined)
              .slice(0, 1)
              .map((x) => ` (${t('thatIs')} ${x[lang]})`)}
        </dd>
        <dt>
          <Term id="costs" label={t('detail.cost')}>
            {t('detail.cost')}
          </Term>
        </dt>
        <dd>{costLabel}</dd>
        {p.period && (
          <>
            <dt>{t('detail.period')}</dt>
            <dd>{periodLabel(p, lang)}</dd>
          </>
        )}
        {row.provinceIds.length > 0 && (
          <>
            <dt>
              <Term id="province" label={t('detail.provinces')}>
                {t('detail.provinces')}
              </Term>
            </dt>
            <dd>{provincesLabel(row, lang, lookups)}</dd>
          </>
        )}
        <ProjectList term={t('detail.continues')} ids={p.continues} />
        <ProjectList term={t('detail.continuedBy')} ids={row.continuedBy} />
      </dl>
      <EvidenceTable evidence={evidence} />
      <ProjectFacts projectId={p.id} shownLinks={[...p.continues, ...row.continuedBy]} />
      <h3 id="provenance">{t('detail.sources')}</h3>
      <ul className="provenance">
        {p.sources.map((s, i) => (
          <li key={i}>
            <SourceLines source={s} />
            {s.excerpt && (
              <blockquote aria-label={t('detail.excerpt')}>
                <Excerpt
                  text={s.excerpt}
                  swedishParts={p.swedishPart ? [p.swedishPart] : []}
                  swedishRows={p.language === 'sv' ? [p.name] : []}
                />
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
              <li key={n.id}>
                <QualityNoteText issue={n} names={names} />
              </li>
            ))}
          </ul>
        </>
      )}
      <ReportLink
        title={m('reportTitleProject', { name: p.name, id: p.id })}
        facts={[
          [m('reportProject'), `${p.id} – ${p.name}`],
          [m('reportFigure'), `${t('detail.cost')}: ${costLabel}`],
        ]}
        sources={reportSources}
      />
    </aside>
  );
}
