import { EVIDENCE_STATUSES } from '../data/evidence';
import type { Lookups, ProjectRow } from '../data/rows';
import type { Dataset, Province } from '../data/schema';
import { translate, type MessageKey } from '../i18n/core';
import { collator, foldForSearch, type Lang } from '../i18n/format';
import type { Filters } from './types';

/** The data's files as far as they loaded: ids of a file that is missing cannot be judged. */
export type LoadedData = Partial<Pick<Dataset, 'themes' | 'regions' | 'projects'>>;

/** What the filter panel knows when it lists a facet's values. */
export interface OptionContext {
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  l: Lookups;
  lang: Lang;
}

/** One facet: everything the URL, the pruning, the notice, the counts, the chips and the panel need of it. */
export interface Facet {
  /** The URL parameter. */
  param: string;
  /** The values a single-choice facet (`?cost=known`) can take; a list facet takes comma-separated values instead. */
  choices?: readonly string[];
  /** Whether a value as written can be one of the facet's, before the data is known (an id's shape, a fixed list). */
  accepts: (value: string) => boolean;
  /** A row's values. */
  values: (row: ProjectRow) => readonly string[];
  /** The ids the data knows, or undefined while their file is missing; without it `accepts` alone decides. */
  known?: (d: LoadedData) => Iterable<string> | undefined;
  /** The facet's name: the panel's legend and the chips' prefix. */
  title: MessageKey;
  /** A value's name in the reader's language. */
  name: (value: string, lang: Lang, l: Lookups) => string;
  /** The panel's name of a value where it differs from `name`. */
  optionName?: (value: string, lang: Lang, l: Lookups) => string;
  /** A chip that names the facet in its own words; by default "title: name". */
  chip?: (value: string, lang: Lang) => string;
  /** The values the panel lists, in order. */
  options: (c: OptionContext) => string[];
  /** A line under the panel's values. */
  note?: MessageKey;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (value: string) => ID.test(value);
const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);

// One list per value: a single-valued facet is read for every row on every filter change, without a new array each time.
const lists = new Map<string, readonly string[]>();
const only = (value: string): readonly string[] => {
  let list = lists.get(value);
  if (!list) lists.set(value, (list = [value]));
  return list;
};
const NONE: readonly string[] = [];

/** The values the rows passing the other filters have, and the chosen ones, most frequent first. */
const byCount =
  (name: (id: string, lang: Lang, l: Lookups) => string) =>
  ({ counts, selected, l, lang }: OptionContext) => {
    const c = collator(lang);
    const count = (id: string) => counts.get(id) ?? 0;
    return [...new Set([...counts.keys(), ...selected])]
      .map((id) => ({ id, label: name(id, lang, l) }))
      .sort((a, b) => count(b.id) - count(a.id) || c.compare(a.label, b.label))
      .map((o) => o.id);
  };

/** A competence centre's id in the address: its name as a slug ("SONet BOTNIA" → `sonet-botnia`). */
export const centreId = (name: string) =>
  foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const centreIds = (provinces: Iterable<Province>) => [
  ...new Set([...provinces].flatMap((p) => (p.competenceCentre ? [centreId(p.competenceCentre)] : []))),
];
const rowCentres = new WeakMap<ProjectRow, readonly string[]>();

const YEARS = ['2008', '2009', 'none'] as const;
const COSTS = ['known', 'unknown'] as const;
const PLAN_SCHEMES = new Set(['plan-2008', 'plan-2009']);

/** The facet table, in the order of the panel, the chips and the URL's parameters. */
export const FACETS = {
  years: {
    param: 'year',
    accepts: oneOf(YEARS),
    values: (row) => only(row.year),
    title: 'facet.years',
    name: (v, lang) => (v === 'none' ? translate(lang, 'noPlanYear') : v),
    options: () => [...YEARS],
  },
  themes: {
    param: 'theme',
    accepts: isId,
    values: (row) => (row.project.themeId ? only(row.project.themeId) : NONE),
    known: (d) => d.themes?.map((t) => t.id),
    title: 'facet.themes',
    name: (v, lang, l) => l.themes.get(v)?.name[lang] ?? v,
    optionName: (v, lang, l) => {
      const theme = l.themes.get(v);
      return theme ? `${theme.scheme === 'plan-2008' ? '2008' : '2009'}: ${theme.name[lang]}` : v;
    },
    options: ({ l }) => [...l.themes.values()].filter((th) => PLAN_SCHEMES.has(th.scheme)).map((th) => th.id),
  },
  admins: {
    param: 'admin',
    accepts: isId,
    values: (row) => row.adminIds,
    known: (d) => d.regions?.organisations.map((o) => o.id),
    title: 'facet.admins',
    name: (v, lang, l) => l.names.organisation(v, lang),
    options: byCount((v, lang, l) => l.names.organisation(v, lang)),
  },
  provinces: {
    param: 'province',
    accepts: isId,
    values: (row) => row.provinceIds,
    known: (d) => d.regions?.provinces.map((p) => p.id),
    title: 'facet.provinces',
    name: (v, lang, l) => l.names.province(v, lang),
    options: ({ l, counts }) => [...l.provinces.values()].filter((p) => p.core || counts.has(p.id)).map((p) => p.id),
  },
  centres: {
    param: 'centre',
    accepts: isId,
    values: (row) => {
      let ids = rowCentres.get(row);
      if (!ids) rowCentres.set(row, (ids = centreIds(row.provinces)));
      return ids;
    },
    known: (d) => d.regions && centreIds(d.regions.provinces),
    title: 'facet.centres',
    // A centre's name is the same in every language.
    name: (v, _lang, l) =>
      [...l.provinces.values()].find((p) => p.competenceCentre && centreId(p.competenceCentre) === v)
        ?.competenceCentre ?? v,
    options: ({ l }) => centreIds(l.provinces.values()),
  },
  // Projects administered from these municipalities (the administrators' home municipalities).
  municipalities: {
    param: 'kunta',
    accepts: (v) => /^\d{3}$/.test(v),
    values: (row) => row.municipalityCodes,
    known: (d) => d.regions?.municipalities.map((m) => m.code),
    title: 'facet.municipalities',
    name: (v, lang, l) => l.names.municipality(v, lang),
    options: byCount((v, lang, l) => l.names.municipality(v, lang)),
  },
  cost: {
    param: 'cost',
    choices: COSTS,
    accepts: oneOf(COSTS),
    values: (row) => only(row.cost === null ? 'unknown' : 'known'),
    title: 'facet.cost',
    name: (v, lang) => translate(lang, `cost.${v as (typeof COSTS)[number]}`),
    chip: (v, lang) => translate(lang, `cost.${v as (typeof COSTS)[number]}`),
    options: () => [...COSTS],
  },
  // Rows whose own values have this evidence (data/evidence.ts rowEvidence); `stated`: only stated figures.
  evidence: {
    param: 'evidence',
    choices: EVIDENCE_STATUSES,
    accepts: oneOf(EVIDENCE_STATUSES),
    values: (row) => only(row.evidence),
    title: 'facet.evidence',
    name: (v, lang) =>
      translate(lang, v === 'stated' ? 'evidenceFilter.stated' : `evidence.${v as (typeof EVIDENCE_STATUSES)[number]}`),
    chip: (v, lang) => translate(lang, `evidenceFilter.${v as (typeof EVIDENCE_STATUSES)[number]}`),
    options: ({ counts, selected }) => EVIDENCE_STATUSES.filter((v) => counts.has(v) || selected.includes(v)),
    note: 'evidenceRowNote',
  },
} as const satisfies Record<string, Facet>;

export type FacetKey = keyof typeof FACETS;
/** Facets that hold one value or none (`any`). */
export type SingleFacetKey = { [K in FacetKey]: (typeof FACETS)[K] extends { choices: unknown } ? K : never }[FacetKey];
/** Facets that hold a list of values. */
export type ListFacetKey = Exclude<FacetKey, SingleFacetKey>;
export type FacetChoice<K extends SingleFacetKey> = (typeof FACETS)[K]['choices'][number];

export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];
export const facet = (key: FacetKey): Facet => FACETS[key];

/** A facet's chosen values as a list, whichever kind it is. */
export function chosen(f: Filters, key: FacetKey): readonly string[] {
  const value = f[key];
  return typeof value === 'string' ? (value === 'any' ? NONE : only(value)) : value;
}

/** The filters with a facet's chosen values replaced; a single-choice facet keeps the last value, the newest. */
export function withChosen(f: Filters, key: FacetKey, values: readonly string[]): Filters {
  return { ...f, [key]: facet(key).choices ? (values.at(-1) ?? 'any') : [...values] };
}

/** The filters with a value added to a facet or taken away: what a chart's bar leads to (a single-choice facet's new value replaces the old). */
export function toggled(f: Filters, key: FacetKey, value: string): Filters {
  const current = chosen(f, key);
  return withChosen(f, key, current.includes(value) ? current.filter((v) => v !== value) : [...current, value]);
}

/** No value chosen in any facet, as the store starts. */
export const emptyFacets = () =>
  Object.fromEntries(FACET_KEYS.map((k): [FacetKey, string | string[]] => [k, facet(k).choices ? 'any' : []])) as Pick<
    Filters,
    FacetKey
  >;

/**
 * The ids the loaded data knows, per facet (and the projects). A set left undefined means its file did not load, so
 * its ids cannot be judged and stay as they are.
 */
export type KnownIds = Partial<Record<FacetKey | 'projects', ReadonlySet<string>>>;

export function knownIds(d: LoadedData): KnownIds {
  const known: KnownIds = { projects: d.projects && new Set(d.projects.map((p) => p.id)) };
  for (const key of FACET_KEYS) {
    const ids = facet(key).known?.(d);
    if (ids) known[key] = new Set(ids);
  }
  return known;
}
