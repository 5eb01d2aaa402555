import { formatNumber, pluralCategory, type Lang } from './format';

export type PluralForms = { one: string; other: string };

export const pickPlural = (lang: Lang, n: number, forms: PluralForms) => forms[pluralCategory(lang, n)];

/** "2 hanketta", "1 projekt", "0 projects": the number in the locale's format and the noun in its plural form. */
export const counted = (lang: Lang, n: number, forms: PluralForms) =>
  `${formatNumber(lang, n)} ${pickPlural(lang, n, forms)}`;

export type Vars = Record<string, string | number>;

/**
 * Fills a catalogue template. `{name}` takes the value (a number in the locale's format); a plural slot
 * `{count, plural, one {# hanke} other {# hanketta}}` picks the form by Intl.PluralRules and writes the number
 * for `#`, so no number is ever pasted before a fixed noun. `{count, spelled}` writes a small number as a word
 * ("två", "two"), as running Swedish and English prose does; Finnish gets the number.
 */
export function interpolate(lang: Lang, template: string, vars?: Vars): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    out += fill(lang, template.slice(open + 1, close), vars);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message: ${s}`);
}

const show = (lang: Lang, v: string | number) => (typeof v === 'number' ? formatNumber(lang, v) : v);

/** Numbers up to twelve as running prose writes them; Swedish in the neuter (ett område, ett tema). */
const WORDS: Partial<Record<Lang, readonly string[]>> = {
  sv: ['inget', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  en: ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

function fill(lang: Lang, slot: string, vars: Vars | undefined): string {
  const spelled = /^(\w+),\s*spelled$/.exec(slot);
  if (spelled) {
    const v = vars?.[spelled[1]!];
    if (typeof v !== 'number') throw new Error(`spelled slot {${spelled[1]}} needs a number`);
    const words = WORDS[lang];
    return words && Number.isInteger(v) && v >= 0 && v < words.length ? words[v]! : show(lang, v);
  }
  const plural = /^(\w+),\s*plural,\s*([\s\S]*)$/.exec(slot);
  if (!plural) {
    const v = vars?.[slot];
    return v === undefined ? `{${slot}}` : show(lang, v);
  }
  const [, name, body] = plural as unknown as [string, string, string];
  const v = vars?.[name];
  if (typeof v !== 'number') throw new Error(`plural slot {${name}} needs a number`);
  const forms = pluralForms(body);
  const form = forms[pluralCategory(lang, v)] ?? forms.other ?? '';
  return interpolate(lang, hashAtTop(form, formatNumber(lang, v)), vars);
}

/** `one {…} other {…}` → its forms; a form may hold slots and plurals of its own, so braces are matched, not counted. */
function pluralForms(body: string): Record<string, string> {
  const forms: Record<string, string> = {};
  const key = /\s*(\w+)\s*\{/y;
  let i = 0;
  while (body.slice(i).trim()) {
    key.lastIndex = i;
    const m = key.exec(body);
    if (!m) throw new Error(`plural forms not understood at "${body.slice(i)}"`);
    const open = key.lastIndex - 1;
    const close = matchingBrace(body, open);
    forms[m[1]!] = body.slice(open + 1, close);
    i = close + 1;
  }
  return forms;
}

/** `#` is the number of the plural it stands in, so one inside a nested slot is left to that slot. */
function hashAtTop(form: string, number: string): string {
  let depth = 0;
  let out = '';
  for (const c of form) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    out += c === '#' && depth === 0 ? number : c;
  }
  return out;
}
