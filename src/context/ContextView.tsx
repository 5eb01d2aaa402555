import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { localPhrase } from '../data/names';
import type { PhraseTranslation } from '../data/schema';
import { formatDateSpan, formatNumber, pluralCategory, useLang, useT } from '../i18n';
import { useDocumentDate } from '../ui/useDocumentDate';
import { AppLink } from '../ui/AppLink';
import { ScrollRegion } from '../ui/ScrollRegion';
import { ProjectRendering } from '../ui/ProjectName';
import { SourceLines } from '../ui/SourceLines';
import { nationalThemeRows, presentationEvents, regionGroups } from './context';
import './context.css';

/** Names the ministry's slides write in Finnish carry lang="fi" on a Swedish or English page (WCAG 3.1.2). */
const fiOn = (lang: string) => (lang === 'fi' ? undefined : 'fi');

/** A phrase of the ministry's slides in the page's language: its curated translation, else the Finnish marked so. */
function Phrase({ fi, translation }: { fi: string; translation: PhraseTranslation | undefined }) {
  const p = localPhrase(fi, translation, useLang());
  return <span lang={p.lang}>{p.text}</span>;
}

/** The national goals and means, the national theme areas with the regional themes, and every region's projects. */
export default function ContextView() {
  const m = useT('context');
  const lang = useLang();
  const { programme, themes, projects, regions, events } = useDataset();
  const themeRows = useMemo(() => nationalThemeRows(themes), [themes]);
  const dated = useMemo(() => presentationEvents(events), [events]);
  const when = useDocumentDate();
  const groups = useMemo(() => regionGroups(programme), [programme]);
  const projectName = (id: string) => projects.find((p) => p.id === id);
  const province = (id: string) => regions.provinces.find((p) => p.id === id)?.name[lang] ?? id;

  return (
    <section aria-labelledby="context-title" className="context-view">
      <h1 id="context-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      {programme.goals.length === 0 && programme.regions.length === 0 && <p className="muted">{m('empty')}</p>}
      <div className="context-columns">
        {programme.goals.length > 0 && (
          <section aria-labelledby="context-goals" className="context-card">
            <h2 id="context-goals">{m('goalsHeading')}</h2>
            <ol>
              {programme.goals.map((g) => (
                <li key={g.order}>
                  <Phrase fi={g.name} translation={g.translation} />{' '}
                  <span className="badge">
                    {m(`indicators.${pluralCategory(lang, g.indicatorCount)}`, {
                      count: formatNumber(lang, g.indicatorCount),
                    })}
                  </span>
                  <br />
                  <small className="context-source">
                    <SourceLines source={g.source} />
                  </small>
                </li>
              ))}
            </ol>
          </section>
        )}
        {programme.means.length > 0 && (
          <section aria-labelledby="context-means" className="context-card">
            <h2 id="context-means">{m('meansHeading')}</h2>
            <ol>
              {programme.means.map((x) => (
                <li key={x.order}>
                  <Phrase fi={x.name} translation={x.translation} />
                  <br />
                  <small className="context-source">
                    <SourceLines source={x.source} />
                  </small>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>

      {dated.length > 0 && (
        <section aria-labelledby="context-events" className="context-card">
          <h2 id="context-events">{m('eventsHeading')}</h2>
          <p>{m('eventsIntro')}</p>
          <ul className="context-events">
            {dated.map((e) => (
              <li key={e.id}>
                <span className="context-when">{when(e.start, e.end)}</span>{' '}
                <Phrase fi={e.title} translation={e.titleTranslation} />
                {e.place !== null && (
                  <>
                    , <Phrase fi={e.place} translation={e.placeTranslation} />
                  </>
                )}{' '}
                <small className="context-source">
                  <SourceLines source={e.source} />
                </small>
              </li>
            ))}
          </ul>
        </section>
      )}

      <h2>{m('themesHeading')}</h2>
      <p>{m('themesIntro')}</p>
      <ScrollRegion label={m('themesHeading')}>
        <table className="data-table context-themes">
          <caption className="visually-hidden">{m('themesHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('colNational')}</th>
              <th scope="col">{m('colRegional')}</th>
            </tr>
          </thead>
          <tbody>
            {themeRows.map(({ theme, regional }) => (
              <tr key={theme.id}>
                <th scope="row">{theme.name[lang]}</th>
                <td>
                  {regional.length === 0 ? (
                    <span className="muted">{m('noRegional')}</span>
                  ) : (
                    <ul className="context-regional">
                      {regional.map((r) => (
                        <li key={r.id}>
                          <span className="context-scheme">{m(`scheme.${r.scheme as 'plan-2008'}`)}:</span>{' '}
                          {r.name[lang]}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {groups.length > 0 && (
        <>
          <h2>{m('regionsHeading')}</h2>
          <p>{m('regionsIntro')}</p>
          <div className="context-regions">
            {groups.map((g) => (
              <section
                key={g.region.id}
                aria-labelledby={`region-${g.region.id}`}
                className={`context-card context-region${g.own ? ' is-own' : ''}`}
              >
                <h3 id={`region-${g.region.id}`}>
                  <Phrase fi={g.region.name} translation={g.region.translation} />
                  {g.own && (
                    <>
                      {' '}
                      <span className="badge badge-own">{m('ownRegion')}</span>
                    </>
                  )}
                </h3>
                {g.projects.length === 0 && <p className="muted">{m('noProjects')}</p>}
                <ul className="context-projects">
                  {g.projects.map((p) => (
                    <li key={p.id} className={p.own ? 'is-own' : undefined}>
                      {p.own && <strong className="badge badge-own">{m('ownProject')}</strong>}{' '}
                      <span lang={fiOn(lang)}>{p.name}</span>
                      {lang !== 'fi' && p.translation && (
                        <span className="name-rendering is-inline"> ({p.translation[lang]})</span>
                      )}{' '}
                      <span className={`badge status-${p.grantStatus}`}>{m(`status.${p.grantStatus}`)}</span>
                      {p.period && (
                        <p className="context-note">
                          {m('projectPeriod')}: {formatDateSpan(lang, p.period.start, p.period.end)}{' '}
                          <SourceLines source={p.period.source} />
                        </p>
                      )}
                      {p.areas && (
                        <p className="context-note">
                          {m('projectAreas')}: <Phrase fi={p.areas.join(', ')} translation={p.areasTranslation} />{' '}
                          <SourceLines source={p.sources.at(-1)!} />
                        </p>
                      )}
                      {p.parts?.map((x) => (
                        <p key={x.name} className="context-note">
                          {m(`part.${x.relation}`)}: <span lang={fiOn(lang)}>{x.name}</span>
                          {lang !== 'fi' && x.translation && ` (${x.translation[lang]})`},{' '}
                          {formatDateSpan(lang, x.start, x.end)} <SourceLines source={x.source} />
                        </p>
                      ))}
                      {p.notSameAs.length > 0 && (
                        <p className="context-note">
                          {m('notSameAs')}{' '}
                          {p.notSameAs.map((id, i) => {
                            const same = projectName(id);
                            return (
                              <span key={id}>
                                {i > 0 && ', '}
                                <AppLink
                                  to={{ view: 'projects', project: id }}
                                  lang={same?.language === lang ? undefined : same?.language}
                                >
                                  {same ? `${same.name}${same.planYear ? ` (${same.planYear})` : ''}` : id}
                                </AppLink>
                                {same && <ProjectRendering project={same} inline />}
                              </span>
                            );
                          })}
                        </p>
                      )}
                      {p.own && programme.ownPriorities.length > 0 && (
                        <>
                          <h4>{m('prioritiesHeading')}</h4>
                          <ul>
                            {programme.ownPriorities.map((x) => (
                              <li key={x.name}>
                                <Phrase fi={x.name} translation={x.translation} />:{' '}
                                {x.allProvinces ? m('allProvinces') : x.provinceIds.map(province).join(', ')}
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                      <small className="context-source">
                        {m('source')}: <SourceLines source={p.sources[0]!} />
                      </small>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
