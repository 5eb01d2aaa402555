import type { NamedOrganisation, PhraseTranslation } from '../data/schema';
import { useLang } from '../i18n';

/**
 * A name or phrase of the sources page's tables as the document writes it (Finnish, marked so; a Swedish name marked
 * Swedish except on a Swedish page, an abbreviation in no one language unmarked) with the dashboard's rendering
 * beside it on a Swedish or English page.
 */
export function AsWritten({
  text,
  translation,
  language,
}: {
  text: string;
  translation?: PhraseTranslation;
  language?: NamedOrganisation['language'];
}) {
  const lang = useLang();
  const rendering = lang === 'fi' ? undefined : translation?.[lang];
  const marked = language === 'none' || language === lang ? undefined : (language ?? 'fi');
  return (
    <>
      <span lang={marked}>{text}</span>
      {rendering && rendering !== text && (
        <>
          {' '}
          <span className="preview-rendering">({rendering})</span>
        </>
      )}
    </>
  );
}
