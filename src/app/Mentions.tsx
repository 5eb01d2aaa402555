import { Fragment } from 'react';
import { useDataset } from '../data/DataContext';
import { localPhrase } from '../data/names';
import type { Figure, PhraseTranslation } from '../data/schema';
import { formatNumber, useLang, useT } from '../i18n';
import { documentName } from '../ui/documentName';
import { ScrollRegion } from '../ui/ScrollRegion';
import { AsWritten } from './AsWritten';
import { PlaceList } from './PlaceList';
import { useDocumentDate } from '../ui/useDocumentDate';
import { SourceLines } from '../ui/SourceLines';

/** A document's words in the page's language: the curated rendering, else the Finnish marked so. */
function Words({ fi, translation }: { fi: string; translation: PhraseTranslation | undefined }) {
  const p = localPhrase(fi, translation, useLang());
  return <span lang={p.lang}>{p.text}</span>;
}

/** A figure's number as the document gives it: "2–4", "70 %". */
function figureValue(lang: ReturnType<typeof useLang>, f: Figure): string {
  const n =
    f.upTo === undefined ? formatNumber(lang, f.value) : `${formatNumber(lang, f.value)}–${formatNumber(lang, f.upTo)}`;
  return f.unit === 'percent' ? `${n}${lang === 'en' ? '' : '\u00a0'}%` : n;
}

/**
 * The names, headings and list items each document's text gives that no other table holds, and its figures; places
 * as the Finnish text writes them.
 */
export function Mentions() {
  const t = useT();
  const lang = useLang();
  const documentDate = useDocumentDate();
  const { sources } = useDataset();
  const withMentions = sources.filter((d) => d.mentions?.length || d.figures?.length);
  if (withMentions.length === 0) return null;
  const count = withMentions.reduce((n, d) => n + (d.mentions?.length ?? 0) + (d.figures?.length ?? 0), 0);
  return (
    <section className="previews-section" aria-labelledby="mentions">
      <h2 id="mentions">{t('mentionsHeading', { count })}</h2>
      {withMentions.map((doc) => (
        <Fragment key={doc.id}>
          <h3 id={`mentions-${doc.id}`}>{documentName(doc, lang)}</h3>
          <ScrollRegion
            label={`${t('mentionsHeading', { count: (doc.mentions?.length ?? 0) + (doc.figures?.length ?? 0) })}: ${documentName(doc, lang)}`}
          >
            <table className="data-table preview-table mention-table">
              <thead>
                <tr>
                  <th scope="col">{t('mention.name')}</th>
                  <th scope="col">{t('doc.kind')}</th>
                  <th scope="col">{t('mention.under')}</th>
                  <th scope="col">{t('doc.date')}</th>
                  <th scope="col">{t('preview.places')}</th>
                  <th scope="col">{t('col.sources')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.mentions?.map((m, i) => (
                  <tr key={`m${i}`}>
                    <td>
                      <AsWritten text={m.name} translation={m.translation} />
                    </td>
                    <td>{t(`mk.${m.kind}`)}</td>
                    <td>{m.under ? <Words fi={m.under} translation={m.underTranslation} /> : '—'}</td>
                    <td>
                      {m.start
                        ? documentDate(m.start, m.end)
                        : m.end
                          ? t('mention.until', { date: documentDate(m.end) })
                          : '—'}
                    </td>
                    <td>
                      <PlaceList places={m.places} placeNames={m.placeNames} />
                    </td>
                    <td>
                      <SourceLines source={m.source} />
                    </td>
                  </tr>
                ))}
                {doc.figures?.map((f) => (
                  <tr key={f.key}>
                    <td>
                      <AsWritten text={f.label} translation={f.labelTranslation} />
                    </td>
                    <td>
                      {t('mention.value')}: <data value={f.value}>{figureValue(lang, f)}</data>
                    </td>
                    <td>—</td>
                    <td>—</td>
                    <td>—</td>
                    <td>
                      <SourceLines source={f.source} />
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
