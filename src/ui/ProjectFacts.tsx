import type { ReactNode } from 'react';
import { useDataset } from '../data/DataContext';
import type { Fact, LinkedProject, PhraseTranslation, ProjectDetail, SourceRef } from '../data/schema';
import { localPhrase } from '../data/names';
import { formatDateBound, formatDateSpan, formatMoney, formatNumber, formatPercent, useLang, useT } from '../i18n';
import { useDocumentDate } from './useDocumentDate';
import { AppLink } from './AppLink';
import { ProjectName, ProjectRendering } from './ProjectName';
import { SourceLines } from './SourceLines';

/** The documents' phrases are Finnish; on a Swedish or English page they say so (WCAG 3.1.2). */
const useDocLang = () => (useLang() === 'fi' ? undefined : 'fi');

function Src({ source }: { source: SourceRef }) {
  return (
    <small className="fact-source">
      {' '}
      (<SourceLines source={source} />)
    </small>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <dt>{title}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A document's phrase in the page's language where a translation is curated, else in Finnish marked so. */
function Phrase({ fi, translation }: { fi: string; translation: PhraseTranslation | undefined }) {
  const p = localPhrase(fi, translation, useLang());
  return <span lang={p.lang}>{p.text}</span>;
}

function Facts({ items }: { items: Fact[] }) {
  return (
    <ul>
      {items.map((f, i) => (
        <li key={i}>
          <Phrase fi={f.text} translation={f.translation} />
          <Src source={f.source} />
        </li>
      ))}
    </ul>
  );
}

/** Start and end of a document's dates as positions 0–100 in the span of all phases. */
function phaseSpan(detail: ProjectDetail) {
  const pos = (b: string, end: boolean) => {
    const [y, m] = b.split('-').map(Number) as [number, number | undefined];
    return y + (m === undefined ? (end ? 1 : 0) : (end ? m : m - 1) / 12);
  };
  const from = Math.min(...detail.phases.map((p) => pos(p.start, false)));
  const to = Math.max(...detail.phases.map((p) => pos(p.end, true)));
  return (b: string, end: boolean) => ((pos(b, end) - from) / (to - from || 1)) * 100;
}

/**
 * A decision's section as the reader's language writes it: "139 §" is the same in Finnish and Swedish (not a
 * Finnish quotation), after the board's genitive in Finnish and after a comma in Swedish ("nämnden i Vasa, 139 §"),
 * "section 139" in English; any other reference stays as the document writes it.
 */
function Reference({ written, docLang }: { written: string; docLang: string | undefined }) {
  const lang = useLang();
  const section = /^(\d+) §$/.exec(written);
  if (!section)
    return (
      <>
        {' '}
        <span lang={docLang}>{written}</span>
      </>
    );
  return <>{lang === 'en' ? `, section ${section[1]}` : lang === 'sv' ? `, ${written}` : ` ${written}`}</>;
}

function Linked({ items }: { items: LinkedProject[] }) {
  const lang = useLang();
  const { projects } = useDataset();
  return (
    <ul>
      {items.map((l, i) => {
        const own = l.projectId ? projects.find((p) => p.id === l.projectId) : undefined;
        const when = l.start ? formatDateSpan(lang, l.start, l.end) : l.end ? formatDateBound(lang, l.end) : '';
        return (
          <li key={i}>
            {own ? (
              <>
                <AppLink to={{ project: own.id }}>
                  <ProjectName project={own} />
                </AppLink>
                <ProjectRendering project={own} inline />
              </>
            ) : (
              <>
                <span lang={lang === 'fi' ? undefined : 'fi'}>{l.name}</span>
                {lang !== 'fi' && l.translation && l.translation[lang] !== l.name && ` (${l.translation[lang]})`}
              </>
            )}
            {when && ` (${when})`}
            <Src source={l.source} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What the documents say about a project beyond its table row: goals, target group, methods, phases on a small
 * timeline, staffing, financing, linked projects, decisions, each with its source line. Only what the project has;
 * `shownLinks` are projects the panel already links (continues / continued by), not listed twice.
 */
export function ProjectFacts({ projectId, shownLinks = [] }: { projectId: string; shownLinks?: string[] }) {
  const m = useT('facts');
  const lang = useLang();
  const docLang = useDocLang();
  const documentDate = useDocumentDate();
  const { details, events } = useDataset();
  const d = details.find((x) => x.projectId === projectId);
  if (!d) return null;
  const own = events.filter((e) => e.projectId === projectId);
  const span = d.phases.length ? phaseSpan(d) : null;
  const byRelation = (r: LinkedProject['relation']) =>
    d.linked.filter((l) => l.relation === r && !(l.projectId && shownLinks.includes(l.projectId)));
  const predecessors = byRelation('predecessor');
  const successors = byRelation('successor');
  const related = byRelation('related');
  return (
    <section aria-labelledby="facts-title" className="project-facts">
      <h3 id="facts-title">{m('heading')}</h3>
      <dl className="detail-list">
        {d.goals.length > 0 && (
          <Section title={m('goals')}>
            <Facts items={d.goals} />
          </Section>
        )}
        {(d.targetGroup.length > 0 || d.ages) && (
          <Section title={m('targetGroup')}>
            <Facts items={d.targetGroup} />
            {d.ages && (
              <p className="fact-line">
                {m('ages', { from: formatNumber(lang, d.ages.from), to: formatNumber(lang, d.ages.to) })}
                <Src source={d.ages.source} />
              </p>
            )}
          </Section>
        )}
        {d.methods.length > 0 && (
          <Section title={m('methods')}>
            <Facts items={d.methods} />
          </Section>
        )}
        {d.locations.length > 0 && (
          <Section title={m('locations')}>
            <Facts items={d.locations} />
          </Section>
        )}
        {d.results.length > 0 && (
          <Section title={m('results')}>
            <Facts items={d.results} />
          </Section>
        )}
        {span && (
          <Section title={m('phases')}>
            <ol className="phase-list">
              {d.phases.map((p, i) => {
                const x = span(p.start, false);
                const w = Math.max(span(p.end, true) - x, 1);
                const when = formatDateSpan(lang, p.start, p.end);
                return (
                  <li key={i}>
                    <svg
                      className="phase-track"
                      viewBox="0 0 100 6"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <rect x={0} y={2} width={100} height={2} className="phase-track-line" />
                      <rect x={x} y={0} width={w} height={6} className="phase-track-bar" />
                    </svg>
                    {p.scope && (
                      <>
                        <Phrase fi={p.scope} translation={p.scopeTranslation} />:{' '}
                      </>
                    )}
                    <strong>
                      <Phrase fi={p.label} translation={p.labelTranslation} />
                    </strong>
                    {/* A phase named by its year ("2008") is not dated twice. */}
                    {when !== p.label && ` (${when})`}
                    <Src source={p.source} />
                    {p.tasks.length > 0 && (
                      <details>
                        <summary>{m('tasks', { count: formatNumber(lang, p.tasks.length) })}</summary>
                        <Facts items={p.tasks} />
                      </details>
                    )}
                  </li>
                );
              })}
            </ol>
          </Section>
        )}
        {d.staffing.length > 0 && (
          <Section title={m('staffing')}>
            <ul>
              {d.staffing.map((s, i) => (
                <li key={i}>
                  {s.count !== null && `${formatNumber(lang, s.count)} × `}
                  <Phrase fi={s.role} translation={s.roleTranslation} />
                  {s.workShare && (
                    <>
                      {' '}
                      <Phrase fi={s.workShare.text} translation={s.workShare.translation} />
                      <Src source={s.workShare.source} />
                    </>
                  )}
                  {s.newPost !== null && ` (${m(s.newPost ? 'newPost' : 'ownStaff')})`}
                  {s.employer && (
                    <>
                      {' – '}
                      <Phrase fi={s.employer} translation={s.employerTranslation} />
                    </>
                  )}
                  {s.location && (
                    <>
                      {', '}
                      <Phrase fi={s.location} translation={s.locationTranslation} />
                    </>
                  )}
                  <Src source={s.source} />
                </li>
              ))}
            </ul>
          </Section>
        )}
        {d.financing.length > 0 && (
          <Section title={m('financing')}>
            <ul>
              {d.financing.map((f, i) => (
                <li key={i}>
                  <Phrase fi={f.organisation} translation={f.organisationTranslation} />:{' '}
                  <Phrase fi={f.what} translation={f.whatTranslation} />
                  {f.percent !== null && ` (${formatPercent(lang, f.percent / 100, { prose: true })})`}
                  <Src source={f.source} />
                </li>
              ))}
            </ul>
          </Section>
        )}
        {d.figures.length > 0 && (
          <Section title={m('figures')}>
            <ul>
              {d.figures.map((f, i) => (
                <li key={i}>
                  {f.what ? f.what[lang] : <Phrase fi={f.label} translation={f.labelTranslation} />}:{' '}
                  {f.unit === 'percent'
                    ? formatPercent(lang, f.value / 100, { prose: true })
                    : f.unit === 'eur'
                      ? formatMoney(lang, f.value)
                      : formatNumber(lang, f.value, 1)}
                  <Src source={f.source} />
                </li>
              ))}
            </ul>
          </Section>
        )}
        {predecessors.length > 0 && (
          <Section title={m('predecessors')}>
            <Linked items={predecessors} />
          </Section>
        )}
        {successors.length > 0 && (
          <Section title={m('successors')}>
            <Linked items={successors} />
          </Section>
        )}
        {related.length > 0 && (
          <Section title={m('related')}>
            <Linked items={related} />
          </Section>
        )}
        {d.decisions.length > 0 && (
          <Section title={m('decisions')}>
            <ul>
              {d.decisions.map((x, i) => (
                <li key={i}>
                  {formatDateBound(lang, x.date)}: <Phrase fi={x.body} translation={x.bodyTranslation} />
                  {x.reference && <Reference written={x.reference} docLang={docLang} />}
                  <Src source={x.source} />
                </li>
              ))}
            </ul>
          </Section>
        )}
        {own.length > 0 && (
          <Section title={m('events')}>
            <details>
              <summary>{m('eventCount', { count: formatNumber(lang, own.length) })}</summary>
              <ul>
                {own.map((e) => (
                  <li key={e.id}>
                    {documentDate(e.start, e.end)}: <Phrase fi={e.title} translation={e.titleTranslation} />
                    {e.place !== null && (
                      <>
                        , <Phrase fi={e.place} translation={e.placeTranslation} />
                      </>
                    )}
                    <Src source={e.source} />
                  </li>
                ))}
              </ul>
            </details>
          </Section>
        )}
        {d.legalBasis && d.legalBasis.length > 0 && (
          <Section title={m('legalBasis')}>
            <Facts items={d.legalBasis} />
          </Section>
        )}
        {d.statements.length > 0 && (
          <Section title={m('statements')}>
            <ul>
              {d.statements.map((x, i) => (
                <li key={i}>
                  {m(`statement.${x.kind}`)}: <q lang={docLang}>{x.text}</q>
                  {lang !== 'fi' && x.translation && ` ${m('quoteRendering', { text: x.translation[lang] })}`}
                  <Src source={x.source} />
                </li>
              ))}
            </ul>
          </Section>
        )}
      </dl>
    </section>
  );
}
