import type { QualityIssue } from '../data/schema';
import { useLang } from '../i18n';
import { qualityParts, type QualityNames } from '../i18n/qualityText';
import { textLang } from './ProjectName';

/**
 * A data-quality note's sentence, with the Finnish it quotes marked lang="fi" on a Swedish or English page (not a
 * quote without a letter: "?", a date).
 */
export function QualityNoteText({ issue, names }: { issue: QualityIssue; names: QualityNames }) {
  const lang = useLang();
  return (
    <>
      {qualityParts(issue, lang, names).map((part, i) =>
        part.fi && lang !== 'fi' && textLang(part.text, 'fi') ? (
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
