import { searchNames, type ProjectRow } from '../data/rows';
import { municipalityName, organisationName, provinceName } from '../data/names';
import { foldForSearch, type Lang } from '../i18n/format';

export type MatchField = 'administrator' | 'home' | 'theme' | 'province';

/** One reason a row is in the search results: the linked name a search word was found in, in the reader's language. */
export interface SearchMatch {
  field: MatchField;
  name: string;
}

/**
 * Why a row matched the search (the same words and names the filter tests, selectors.ts), for the words the
 * project's own name does not show: "kotikunta: Hämeenlinna" for a search for "hameenlinna". Each name once, under
 * the first field it was found in (an administrator before its home municipality of the same name).
 */
export function searchMatches(row: ProjectRow, query: string, lang: Lang): SearchMatch[] {
  const words = foldForSearch(query.trim()).split(/\s+/).filter(Boolean);
  const ownName = foldForSearch(row.project.name);
  const matches: SearchMatch[] = [];
  const add = (field: MatchField, name: string) => {
    if (!matches.some((m) => m.name === name)) matches.push({ field, name });
  };
  for (const word of words) {
    if (ownName.includes(word)) continue;
    const before = matches.length;
    for (const o of row.organisations)
      if (searchNames.organisation(o).includes(word)) add('administrator', organisationName(o, lang));
    if (matches.length === before && foldForSearch(row.project.administratorRaw).includes(word))
      add('administrator', row.project.administratorRaw);
    for (const m of row.homes) if (searchNames.municipality(m).includes(word)) add('home', municipalityName(m, lang));
    if (row.theme && searchNames.theme(row.theme).includes(word)) add('theme', row.theme.name[lang]);
    for (const p of row.provinces) if (searchNames.province(p).includes(word)) add('province', provinceName(p, lang));
  }
  return matches;
}
