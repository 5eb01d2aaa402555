import type { Lang } from '../i18n/format';
import type {
  CooperationArea,
  Municipality,
  Organisation,
  PhraseTranslation,
  Project,
  Province,
  Regions,
} from './schema';

/** Anything with a name per language; English falls back to Finnish where the data has no English name. */
export type Named = { fi: string; sv: string; en?: string };

/**
 * THE naming rule of the dashboard: a place or organisation in the reader's language. Swedish readers get the
 * Swedish name (Vasa, Korsholm, Birkalands sjukvårdsdistrikt), Finnish readers the Finnish one, English readers
 * an established English name or the Finnish one.
 */
export const localName = (names: Named, lang: Lang): string => (lang === 'en' ? (names.en ?? names.fi) : names[lang]);

export const municipalityName = (m: Municipality, lang: Lang) => localName(m.name, lang);
export const organisationName = (o: Organisation, lang: Lang) => localName(o.names, lang);
export const provinceName = (p: Province, lang: Lang) => localName(p.name, lang);
export const areaName = (a: CooperationArea, lang: Lang) => localName(a.names, lang);
/** A project's name in the reader's language where one is in use (Vasa familjecenter), else as written. */
export const projectName = (p: Pick<Project, 'name' | 'names'>, lang: Lang): string =>
  lang === 'fi' ? p.name : (p.names?.[lang] ?? p.name);

/** The dashboard's rendering of a project's name where the reader's language has no name in use, else null. */
export const projectRendering = (p: Pick<Project, 'name' | 'names' | 'renderings'>, lang: Lang): string | null =>
  lang === 'fi' || projectName(p, lang) !== p.name ? null : (p.renderings?.[lang] ?? null);

/**
 * A document's Finnish phrase in the reader's language: its curated translation (scripts/curation.ts), else the
 * Finnish as written, which on a Swedish or English page then carries `lang: 'fi'` (WCAG 3.1.2); digits alone ("2008",
 * "3 000 000") are in no language.
 */
export function localPhrase(
  fi: string,
  translation: PhraseTranslation | undefined,
  lang: Lang,
): { text: string; lang: 'fi' | undefined } {
  if (lang === 'fi') return { text: fi, lang: undefined };
  if (translation) return { text: translation[lang], lang: undefined };
  return { text: fi, lang: /\p{L}/u.test(fi) ? 'fi' : undefined };
}

/** Names by id, for code that holds ids (filters, notes, chart rows). An id missing from the data shows as itself. */
export interface Namer {
  municipality(code: string, lang: Lang): string;
  province(id: string, lang: Lang): string;
  organisation(id: string, lang: Lang): string;
  area(id: string, lang: Lang): string;
}

const namerCache = new WeakMap<Regions, Namer>();

export function namer(regions: Regions): Namer {
  const cached = namerCache.get(regions);
  if (cached) return cached;
  const by = <T>(items: T[], key: (t: T) => string) => new Map(items.map((t) => [key(t), t]));
  const municipalities = by(regions.municipalities, (m) => m.code);
  const provinces = by(regions.provinces, (p) => p.id);
  const organisations = by(regions.organisations, (o) => o.id);
  const areas = by(regions.cooperationAreas, (a) => a.id);
  const name =
    <T>(map: Map<string, T>, f: (t: T, lang: Lang) => string) =>
    (id: string, lang: Lang) => {
      const t = map.get(id);
      return t ? f(t, lang) : id;
    };
  const n: Namer = {
    municipality: name(municipalities, municipalityName),
    province: name(provinces, provinceName),
    organisation: name(organisations, organisationName),
    area: name(areas, areaName),
  };
  namerCache.set(regions, n);
  return n;
}
