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
 * for `#`, so no number is ever pasted before a fixed noun.
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

function fill(lang: Lang, slot: string, vars: Vars | undefined): string {
  const plural = /^(\w+),\s*plural,\s*([\s\S]*)$/.exec(slot);
  if (!plural) {
    const v = vars?.[slot];
    return v === undefined ? `{${slot}}` : show(lang, v);
  }
  const [, name, body] = plural as unknown as [string, string, string];
  const v = vars?.[name];
  if (typeof v !== 'number') throw new Error(`plural slot {${name}} needs a number`);
  const forms: Record<string, string> = {};
  for (const m of body.matchAll(/(\w+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g)) forms[m[1]!] = m[2]!;
  const form = forms[pluralCategory(lang, v)] ?? forms.other ?? '';
  return interpolate(lang, form.replace(/#/g, formatNumber(lang, v)), vars);
}
