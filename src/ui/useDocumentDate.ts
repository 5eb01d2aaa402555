import { isYearless } from '../data/eventDate';
import { formatDateSpan, useLang, useT } from '../i18n';

/**
 * A date or span as precise as a document gives it, in the page's language; a day or month the document gives
 * without a year says so, so that no reader takes it for a date of a known year.
 */
export function useDocumentDate(): (start: string, end?: string | null) => string {
  const lang = useLang();
  const f = useT('facts');
  return (start, end = null) => `${formatDateSpan(lang, start, end)}${isYearless(start) ? ` ${f('noYear')}` : ''}`;
}
