import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { formatNumber, useLang, useT } from '../i18n';
import { qualityNames, qualityText } from '../i18n/qualityText';
import { useAppStore } from '../state/store';
import type { QualityIssue, SourceRef } from '../data/schema';

export function SourceLines({ source }: { source: SourceRef }) {
  const t = useT();
  const { sources } = useDataset();
  const doc = sources.find((d) => d.id === source.document);
  const lines = source.lineStart === source.lineEnd ? t('line', { start: source.lineStart }) : t('lines', { start: source.lineStart, end: source.lineEnd });
  return (
    <span className="source-lines">
      <cite>{doc?.title ?? source.document}</cite> (<code>{doc?.file}</code>), {lines}
    </span>
  );
}

function QualityItem({ issue }: { issue: QualityIssue }) {
  const t = useT();
  const lang = useLang();
  const { projects, regions, themes } = useDataset();
  const names = useMemo(() => qualityNames({ regions, themes }), [regions, themes]);
  const selectProject = useAppStore((s) => s.selectProject);
  const setView = useAppStore((s) => s.setView);
  const project = issue.projectId ? projects.find((p) => p.id === issue.projectId) : null;
  return (
    <li className={`quality-item quality-${issue.severity}`} id={`quality-${issue.id}`}>
      <p>
        <strong className="badge">{t(`quality.${issue.severity}`)}</strong> {qualityText(issue, lang, names)}
      </p>
      {project && (
        <p>
          <a
            href={`?view=projects&project=${project.id}`}
            onClick={(e) => {
              e.preventDefault();
              setView('projects');
              selectProject(project.id);
            }}
            lang={project.language}
          >
            {project.name}
          </a>
        </p>
      )}
      <ul className="source-list">
        {issue.sources.slice(0, 3).map((s, i) => (
          <li key={i}>
            <SourceLines source={s} />
          </li>
        ))}
        {issue.sources.length > 3 && <li>+ {issue.sources.length - 3}</li>}
      </ul>
    </li>
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
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('doc.date')}</th>
              <th scope="col">{t('doc.kind')}</th>
              <th scope="col">{t('doc.file')}</th>
              <th scope="col" className="num">
                {t('doc.lines')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((d) => (
              <tr key={d.id}>
                <td lang="fi">{d.title}</td>
                <td>{d.date}</td>
                <td>{t(`kind.${d.kind}`)}</td>
                <td>
                  <code>{d.file}</code>
                </td>
                <td className="num">{formatNumber(lang, d.lineCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="quality">{t('qualityHeading', { count: quality.length })}</h2>
      <ul className="quality-list">
        {quality.map((q) => (
          <QualityItem key={q.id} issue={q} />
        ))}
      </ul>
    </section>
  );
}
