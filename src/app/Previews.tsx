import { Fragment } from 'react';
import { useDataset } from '../data/DataContext';
import type { Preview, PreviewKind, PreviewStated } from '../data/schema';
import { formatList, useLang, useT } from '../i18n';
import { documentName, linesLabel } from '../ui/documentName';
import { ScrollRegion } from '../ui/ScrollRegion';
import { AsWritten } from './AsWritten';
import { PlaceList } from './PlaceList';
import { useDocumentDate } from '../ui/useDocumentDate';
import { SourceLines, useSourceHref } from '../ui/SourceLines';

/**
 * One fact a preview's text line states: what it is, its date, the body or organisation as written, and a link to its
 * line (the document is the table's).
 */
function StatedFact({ fact }: { fact: PreviewStated }) {
  const t = useT();
  const lang = useLang();
  const documentDate = useDocumentDate();
  const href = useSourceHref(fact.source);
  const places = fact.places.map((place) => (lang === 'fi' ? place : (fact.placeNames?.[place]?.[lang] ?? place)));
  return (
    <li>
      {t(`ps.${fact.fact}`)}
      {fact.start && ` ${documentDate(fact.start, fact.end)}`}
      {fact.name && (
        <>
          {': '}
          <AsWritten text={fact.name} translation={fact.nameTranslation} />
        </>
      )}
      {fact.section && `, §\u00a0${fact.section}`}
      {places.length > 0 && `: ${formatList(lang, places)}`} (
      <a className="source-lines" href={href}>
        {linesLabel(fact.source, lang)}
      </a>
      )
    </li>
  );
}

/** A preview's title as written (Finnish, marked so) with the dashboard's rendering beside it on a sv/en page. */
function PreviewTitle({ preview }: { preview: Preview }) {
  const lang = useLang();
  const rendering = lang === 'fi' ? undefined : preview.titleTranslation?.[lang];
  return (
    <>
      <cite lang="fi">{preview.title}</cite>
      {rendering && rendering !== preview.title && (
        <>
          {' '}
          <span className="preview-rendering">({rendering})</span>
        </>
      )}
    </>
  );
}

/** The documents previewed after the slides and the LasSe plan, per document, with what their words state. */
export function Previews() {
  const t = useT();
  const documentDate = useDocumentDate();
  const timeline = useT('timeline');
  const lang = useLang();
  const { sources } = useDataset();
  const withPreviews = sources.filter((d) => d.previews?.length);
  if (withPreviews.length === 0) return null;
  // Kinds an event or a source document also has are named by their existing words, in lower case as the table's.
  const kindLabel = (kind: PreviewKind) =>
    kind === 'report' || kind === 'seminar' || kind === 'meeting'
      ? timeline(`event.${kind}`).toLocaleLowerCase(lang)
      : kind === 'minutes'
        ? t('kind.minutes')
        : t(`pk.${kind}`);
  const count = withPreviews.reduce((n, d) => n + d.previews!.length, 0);
  return (
    <section className="previews-section" aria-labelledby="previews">
      <h2 id="previews">{t('previewsHeading', { count })}</h2>
      {withPreviews.map((doc) => (
        <Fragment key={doc.id}>
          <h3 id={`previews-${doc.id}`}>{documentName(doc, lang)}</h3>
          <ScrollRegion label={`${t('previewsHeading', { count: doc.previews!.length })}: ${documentName(doc, lang)}`}>
            <table className="data-table preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('doc.name')}</th>
                  <th scope="col">{t('doc.kind')}</th>
                  <th scope="col">{t('doc.date')}</th>
                  <th scope="col">{t('preview.series')}</th>
                  <th scope="col">{t('preview.organisation')}</th>
                  <th scope="col">{t('preview.places')}</th>
                  <th scope="col">{t('preview.stated')}</th>
                  <th scope="col">{t('col.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.previews!.map((p) => (
                  <tr key={p.source.lineStart}>
                    <td>
                      <PreviewTitle preview={p} />
                    </td>
                    <td>{p.kind ? kindLabel(p.kind) : '—'}</td>
                    <td>{p.start ? documentDate(p.start, p.end) : '—'}</td>
                    <td>{p.series ? <AsWritten text={p.series} translation={p.seriesTranslation} /> : '—'}</td>
                    <td>
                      {p.organisation ? (
                        <AsWritten text={p.organisation} translation={p.organisationTranslation} />
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <PlaceList places={p.places} placeNames={p.placeNames} />
                    </td>
                    <td>
                      {p.stated ? (
                        <ul className="preview-stated">
                          {p.stated.map((f) => (
                            <StatedFact key={`${f.fact}-${f.start}-${f.name}`} fact={f} />
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <SourceLines source={p.source} />
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
