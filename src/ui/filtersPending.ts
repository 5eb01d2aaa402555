/**
 * The query parameters that filter what a page shows (state/url.ts writes them). A prerendered page shows every
 * project, so with any of these in its address its figures are not yet the link's answer until the app applies
 * them (src/boot.ts marks the page, app.css hides the figures). Kept here, not read from the facet table
 * (state/facets.ts), so the entry script stays small; the test holds the two together.
 */
export const FILTER_PARAMS = [
  'year',
  'theme',
  'admin',
  'province',
  'centre',
  'kunta',
  'cost',
  'min',
  'max',
  'evidence',
  'q',
];

/**
 * Whether an address's query holds a filter.
 *
 * @example hasFilterParams('?province=pirkanmaa') // true
 * @example hasFilterParams('?layer=lasse') // false
 */
export function hasFilterParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return FILTER_PARAMS.some((key) => (params.get(key) ?? '').trim() !== '');
}
