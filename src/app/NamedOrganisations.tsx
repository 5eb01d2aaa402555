import { Fragment } from 'react';
import { useDataset } from '../data/DataContext';
import { useLang, useT } from '../i18n';
import { documentName } from '../ui/documentName';
import { ScrollRegion } from '../ui/ScrollRegion';
import { useDocumentDate } from '../ui/useDocumentDate';
import { SourceLines } from '../ui/SourceLines';
import { AsWritten } from './AsWritten';

/** The organisations each document names in a role (partners, funders, members, hosts), per document. */
export function NamedOrganisations() {
  const t = useT();
  const lang = useLang();
  const documentDate = useDocumentDate();
  const { sources } = useDataset();
  const withNamed = sources.filter((d) => d.organisations?.length);
  if (withNamed.length === 0) return null;
  const count = withNamed.reduce((n, d) => n + d.organisations!.length, 0);
  return (
    <section className="previews-section" aria-labelledby="named-organisations">
      <h2 id="named-organisations">{t('namedHeading', { count })}</h2>
      {withNamed.map((doc) => (
        <Fragment key={doc.id}>
          <h3 id={`named-${doc.id}`}>{documentName(doc, lang)}</h3>
          <ScrollRegion
            label={`${t('namedHeading', { count: doc.organisations!.length })}: ${documentName(doc, lang)}`}
          >
            <table className="data-table preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('named.name')}</th>
                  <th scope="col">{t('named.role')}</th>
                  <th scope="col">{t('named.context')}</th>
                  <th scope="col">{t('named.years')}</th>
                  <th scope="col">{t('col.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.organisations!.map((o) => (
                  <tr key={`${o.source.lineStart}-${o.role}-${o.name}-${o.context ?? ''}`}>
                    <td>
                      <AsWritten text={o.name} translation={o.translation} language={o.language} />
                    </td>
                    <td>{t(`nr.${o.role}`)}</td>
                    <td>{o.context ? <AsWritten text={o.context} translation={o.contextTranslation} /> : '—'}</td>
                    <td>{o.start ? documentDate(o.start, o.end ?? null) : '—'}</td>
                    <td>
                      <SourceLines source={o.source} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </Fragment>
      ))}
    </section>
  );
}

/** The activity report's short lists (planned projects, subject groups, what was created), with their lines. */
export function ReportLists() {
  const t = useT();
  const lang = useLang();
  const { report, sources } = useDataset();
  const lists = report.lists ?? [];
  const doc = sources.find((d) => d.id === lists[0]?.source.document);
  if (lists.length === 0 || !doc) return null;
  return (
    <section className="previews-section" aria-labelledby="report-lists">
      <h2 id="report-lists">{t('reportListsHeading', { document: documentName(doc, lang) })}</h2>
      <dl className="report-lists">
        {lists.map((l) => (
          <Fragment key={l.key}>
            <dt>{t(`rl.${l.key}`)}</dt>
            <dd>
              <ul>
                {l.items.map((item) => (
                  <li key={item.text}>
                    <AsWritten text={item.text} translation={item.translation} />
                  </li>
                ))}
              </ul>
              <SourceLines source={l.source} />
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
