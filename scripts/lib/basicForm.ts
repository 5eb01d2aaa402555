import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { resolveMunicipality } from './municipalityNames.ts';

/**
 * The nominative of the inflected head words the documents name organisations, bodies and works with: a genitive
 * ("kaupungin", "osaamiskeskuksen"), a plural ("hankkeiden"), an illative ("osaamiskartoituksiin"). Ordered: the
 * first ending that fits is taken.
 */
const ENDINGS: Array<[RegExp, string]> = [
  [/hankkeiden$/, 'hankkeet'],
  [/hankkeen$/, 'hanke'],
  [/hankkeessa$/, 'hanke'],
  [/kaupungin$/, 'kaupunki'],
  [/yhtymän$/, 'yhtymä'],
  [/ohjelman$/, 'ohjelma'],
  [/(?<=\p{Ll})uksiin$/u, 'ukset'],
  [/(?<=\p{Ll})uksen$/u, 'us'],
  [/(?<=\p{Ll})oksen$/u, 'os'],
  [/(?<=\p{Ll})isessä$/u, 'inen'],
  [/koulun$/, 'koulu'],
  [/opiston$/, 'opisto'],
  [/viraston$/, 'virasto'],
  [/verkoston$/, 'verkosto'],
  [/(?<=[Ii])nstituutin$/, 'nstituutti'],
  [/ministeriön$/, 'ministeriö'],
  [/virastoon$/, 'virasto'],
  [/kyselyn$/, 'kysely'],
  [/ryhmään$/, 'ryhmä'],
  [/liiton$/, 'liitto'],
  [/piirin$/, 'piiri'],
  [/yksikön$/, 'yksikkö'],
  [/ryhmän$/, 'ryhmä'],
  [/seminaariin$/, 'seminaari'],
  [/(?<=\p{Ll})uksessa$/u, 'us'],
  [/(?<=\p{Ll})(?:ssa|ssä)$/u, ''],
];

/** A head word already in the nominative: what an ending above gives, and the nominatives of words read as is. */
const NOMINATIVE_HEADS = [
  ...ENDINGS.map(([, nominative]) => nominative).filter(Boolean),
  'kunnat',
  'hallitus',
  'tiimi',
  'piiri',
  'rekisteri',
];

/** A name in capitals or a Swedish name takes the Finnish genitive after it ("NOPUSin", "SOCCAn", "yrkeshögskolanin"). */
const FOREIGN_GENITIVE = /^(\p{Lu}{2,}|\p{L}+(?:skolan|centret))(?:in|n)$/u;

/** A head word's nominative by its ending (not a municipality's name), or null. */
function headBasicForm(word: string): string | null {
  const foreign = FOREIGN_GENITIVE.exec(word);
  if (foreign) return foreign[1]!;
  for (const [ending, nominative] of ENDINGS) if (ending.test(word)) return word.replace(ending, nominative);
  return null;
}

/**
 * Where an organisation's name ends in a phrase that goes on with a post ("Tampereen yliopiston sosiaalityön
 * professori …"): the index of its first head word in an inflection read here, or -1.
 */
export const headEnd = (words: string[]): number => words.findIndex((w) => headBasicForm(w) !== null);

/** One word in its nominative, or null where it is no inflection read here. */
function wordBasicForm(word: string, refs: MunicipalityRef[]): string | null {
  const head = headBasicForm(word);
  if (head !== null) return head;
  const municipality = resolveMunicipality(word, refs, {}, true);
  return municipality ? municipality.ref.nameFi : null;
}

/**
 * A name written in the genitive (or another case) in its basic form: the last word is put in the nominative, the
 * words before it are the name's own ("Vaasan ammattikorkeakoulun" → "Vaasan ammattikorkeakoulu"); a parenthesis
 * after it stays ("Chydenius-Instituutin (JY)"). A name already in the nominative (a capitalised word that reads as
 * no inflection, "Stakes", "SONet BOTNIA") is kept. Null: the last word is in a case not read here.
 */
export function basicForm(
  phrase: string,
  refs: MunicipalityRef[],
  irregular: Record<string, string> = {},
): string | null {
  const m = /^(.*?)(\S+)(\s*\([^)]*\))?$/u.exec(phrase.trim());
  if (!m) return null;
  const [, before, last, tail = ''] = m;
  const word = irregular[last!] ?? wordBasicForm(last!, refs);
  if (word !== null) return `${before}${word}${tail}`;
  // Nominative already: a capitalised name or an acronym with no genitive ending, or a nominative head word.
  if (/^\p{Lu}/u.test(last!) && !/n$/.test(last!)) return phrase.trim();
  if (NOMINATIVE_HEADS.some((head) => last!.endsWith(head))) return phrase.trim();
  return null;
}
