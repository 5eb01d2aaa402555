import type { Preview } from '../data/schema';
import { formatList, useLang } from '../i18n';

/**
 * The places a preview's title or a document's phrase names, by their names in the page's language; where one has no
 * name there, the list as written, marked Finnish.
 */
export function PlaceList({ places, placeNames }: Pick<Preview, 'places' | 'placeNames'>) {
  const lang = useLang();
  if (places.length === 0) return '—';
  const named = places.map((place) => (lang === 'fi' ? place : placeNames?.[place]?.[lang]));
  if (named.every((n) => n !== undefined)) return formatList(lang, named);
  return <span lang="fi">{formatList('fi', places)}</span>;
}
