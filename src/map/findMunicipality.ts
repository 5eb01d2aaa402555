import type { Municipality } from '../data/schema';
import { foldForSearch } from '../i18n/format';

/**
 * The municipality a search means, by its Finnish or Swedish name, ignoring case and diacritics: an exact name
 * first ("vasa" → Vaasa), then the first name starting with the query, then one containing it. Null if none.
 */
export function findMunicipality(municipalities: readonly Municipality[], query: string): Municipality | null {
  const q = foldForSearch(query.trim());
  if (!q) return null;
  const names = (m: Municipality) => [foldForSearch(m.name.fi), foldForSearch(m.name.sv)];
  return (
    municipalities.find((m) => names(m).some((n) => n === q)) ??
    municipalities.find((m) => names(m).some((n) => n.startsWith(q))) ??
    municipalities.find((m) => names(m).some((n) => n.includes(q))) ??
    null
  );
}
