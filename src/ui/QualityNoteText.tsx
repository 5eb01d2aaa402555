import type { QualityIssue } from '../data/schema';
import { useLang } from '../i18n';
import { qualityParts, type QualityNames } from '../i18n/qualityText';

/** A data-quality note's sentence, with the Finnish it quotes marked lang="fi" on a Swedish or English page. */
export function QualityNoteText({ issue, names }: { issue: QualityIssue; names: QualityNames }) {
  const lang = useLang();
  return (
    <>
      {qualityParts(issue, lang, names).map((part, i) =>
        part.fi && lang !== 'fi' ? (
          <span key={i} lang="fi">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
