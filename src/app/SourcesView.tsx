import { Fragment, useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { formatList, formatNumber, useLang, useT } from '../i18n';
import { Excerpt, ProjectName, ProjectRendering } from '../ui/ProjectName';
import { QualityNoteText } from '../ui/QualityNoteText';
import type { QualityIssue } from '../data/schema';
import { citedLines } from '../data/citedLines';
import { qualityNames, qualityText } from '../i18n/qualityText';
import { figuresOfNote } from '../data/figureNotes';
import { useProjectRows } from '../state/useProjectRows';
import { AppLink } from '../ui/AppLink';
import { DocumentTitle, SourceLines } from '../ui/SourceLines';
import { documentName, sourceLabel } from '../ui/documentName';
import { ScrollRegion } from '../ui/ScrollRegion';
import { ReportLink } from '../ui/ReportLink';
import { Mentions } from './Mentions';
import { NamedOrganisations, ReportLists } from './NamedOrganisations';
import { Previews } from './Previews';

function QualityItem({ issue }: { issue: QualityIssue }) {
  const t = useT();
  const lang = useLang();
  const { regions, themes, projects } = useDataset();
  const { lookups } = useProjectRows();
  const names = useMemo(() => qualityNames({ regions, themes, projects }), [regions, themes, projects]);
  const m = useT('cite');
  const project = issue.projectId ? lookups.projects.get(issue.projectId) : undefined;
  const text = qualityText(issue, lang, names);
  const figures = figuresOfNote(issue);
  return (
    <li className={`quality-item quality-${issue.severity}`} id={`quality-${issue.id}`}>
      <p>
        <strong className="badge">{t(`quality.${issue.severity}`)}</strong>{' '}
        <QualityNoteText issue={issue} names={names} />
      </p>
      {figures.length > 0 && (
        // The same rule (data/figureNotes.ts) puts the note beside these figures and in their explanations.
        <p className="quality-figures">
          {t('quality.shownAt', {
            list: formatList(
              lang,
              figures.map((f) => t(`figure.${f}`)),
            ),
          })}
        </p>
      )}
      {project && (
        <p>
          <AppLink to={{ view: 'projects', project: project.id }}>
            <ProjectName project={project} />
          </AppLink>
          <ProjectRendering project={project} inline />
        </p>
      )}
      <ul className="source-list">
        {issue.sources.slice(0, 3).map((s, i) => (
          <li key={i}>
            <SourceLines source={s} />
          </li>
        ))}
        {issue.sources.length > 3 && (
          // Every line the note rests on stays on the page, the ones beyond the first three a click away.
          <li>
            <details className="more-sources">
              <summary>{t('doc.moreSources', { count: issue.sources.length - 3 })}</summary>
              <ul className="source-list">
                {issue.sources.slice(3).map((s, i) => (
                  <li key={i}>
                    <SourceLines source={s} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        )}
      </ul>
      <ReportLink
        title={m('reportTitleNote', { id: issue.id })}
        facts={[
          [m('reportNote'), `${issue.id} – ${text}`],
          ...(project ? [[m('reportProject'), `${project.id} – ${project.name}`] as [string, string]] : []),
        ]}
        sources={issue.sources}
      />
    </li>
  );
}

/**
 * Every line range the data cites, by document: the target of every source link (data/citedLines.ts), each with the
 * excerpts of it the data holds. Highlighted when its link opened the page (:target).
 */
function CitedLines() {
  const t = useT();
  const lang = useLang();
  const dataset = useDataset();
  const cited = useMemo(() => citedLines(dataset), [dataset]);
  const { sources } = dataset;
  const swedishParts = dataset.projects.flatMap((p) => (p.swedishPart ? [p.swedishPart] : []));
  const swedishRows = dataset.projects.flatMap((p) => (p.language === 'sv' ? [p.name] : []));
  return (
    <section className="cited-lines-section" aria-labelledby="cited-lines">
      <h2 id="cited-lines">{t('citedLinesHeading', { count: cited.length })}</h2>
      <p>{t('citedLinesIntro')}</p>
      {sources.map((doc) => {
        const lines = cited.filter((c) => c.source.document === doc.id);
        return (
          lines.length > 0 && (
            <Fragment key={doc.id}>
              <h3>{documentName(doc, lang)}</h3>
              <ul className="cited-lines">
                {lines.map((c) => (
                  <li key={c.anchor} id={c.anchor} className="cited-line">
                    <strong>{sourceLabel(c.source, sources, lang)}</strong>
                    {c.excerpts.map((e) => (
                      <blockquote key={e} aria-label={t('detail.excerpt')}>
                        <Excerpt text={e} swedishParts={swedishParts} swedishRows={swedishRows} />
                      </blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            </Fragment>
          )
        );
      })}
    </section>
  );
}

export function SourcesView() {
  const t = useT();
  const lang = useLang();
  const { sources, quality } = useDataset();
  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">{t('sourcesHeading')}</h1>
      <p>{t('sourcesIntro')}</p>
      <h2>{t('documentsHeading')}</h2>
      <ScrollRegion label={t('documentsHeading')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('doc.name')}</th>
              <th scope="col">{t('doc.date')}</th>
              <th scope="col">{t('doc.kind')}</th>
              <th scope="col">{t('doc.file')}</th>
              <th scope="col" className="num">
                {t('doc.lines')}
              </th>
              <th scope="col" className="num">
                {t('doc.bytes')}
              </th>
              <th scope="col">{t('doc.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((d) => (
              <tr key={d.id} id={`doc-${d.id}`}>
                <td>
                  <DocumentTitle doc={d} />
                </td>
                <td>{d.date}</td>
                <td>{t(`kind.${d.kind}`)}</td>
                <td>
                  <code data-identifier="">{d.file}</code>
                </td>
                <td className="num">{formatNumber(lang, d.lineCount)}</td>
                <td className="num">{d.bytes != null ? formatNumber(lang, d.bytes) : '—'}</td>
                <td>{d.sha256 ? <code className="digest">{d.sha256}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="digest-note">{t('doc.digestNote')}</p>
      {/* Reference tables a reader opens when looking for a name: closed, the browser neither lays them out nor
          paints them (about half of the page's elements), and find-in-page still opens them. */}
      <details className="sources-more">
        <summary>{t('sourcesMore')}</summary>
        <Previews />
        <Mentions />
        <NamedOrganisations />
        <ReportLists />
      </details>
      <h2 id="quality">{t('qualityHeading', { count: quality.length })}</h2>
      <ul className="quality-list">
        {quality.map((q) => (
          <QualityItem key={q.id} issue={q} />
        ))}
      </ul>
      <CitedLines />
    </section>
  );
}
