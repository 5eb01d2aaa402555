import type { QualityIssue } from '../data/schema';
import { useLang } from '../i18n';
import { qualityParts, type QualityNames } from '../i18n/qualityText';
import { textLang } from './ProjectName';

/** A data-quality note's sentence, with the Finnish it quotes and the Swedish names it gives marked in their language. */
export function QualityNoteText({ issue, names }: { issue: QualityIssue; names: QualityNames }) {
  const lang = useLang();
  return (
    <>
      {qualityParts(issue, lang, names).map((part, i) =>
        part.lang && part.lang !== lang && textLang(part.text, part.lang) ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
