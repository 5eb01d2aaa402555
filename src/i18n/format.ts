import { FINNISH_MONTH_STEMS } from './finnishMonths';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Swedish in Finland is sv-FI (dates 5.1.2009 like fi-FI); English uses en-GB's day-first dates. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * How each language writes a number, as `Intl.NumberFormat` of LOCALES does (format.test.ts compares the two over a
 * sweep of values). Written here rather than asked of `Intl`: a page's first number formatter loads the locale's
 * number data, a task of 30–100 ms at full speed in Chromium (four times that on a mid-range phone), which every page
 * paid while it hydrated; these few fixed formats cost nothing to start (docs/decisions/own-number-formats.md).
 */
const SYMBOLS: Record<Lang, { group: string; decimal: string; minus: string }> = {
  fi: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

/** `n` times 10^`exponent`, shifted in its shortest decimal form as Intl does (0.123 × 100 is 12.3, not 12.299…). */
function shift(n: number, exponent: number): number {
  if (Object.is(n, -0)) return -0;
  const [mantissa, power = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(power) + exponent}`);
}

/** Intl writes the sign of every negative number, also of one that rounds to zero ("−0"). */
const negative = (n: number) => n < 0 || Object.is(n, -0);

/**
 * `n` rounded to at most `max` decimals, half away from zero on its shortest decimal form as Intl does (1.005 →
 * 1.01), padded to `min`, grouped by thousands, and placed in the language's `pattern` ("#" the digits) after the
 * sign. A number no page shows (not finite, or from 10²¹, where its decimal form is an exponent) goes to Intl.
 */
function written(lang: Lang, n: number, max: number, min: number, pattern: Record<Lang, string>): string {
  const abs = Math.abs(n);
  if (!(abs < 1e21)) return new Intl.NumberFormat(LOCALES[lang]).format(n);
  const [whole, fraction = ''] = String(shift(Math.round(shift(abs, max)), -max)).split('.');
  const { group, decimal, minus } = SYMBOLS[lang];
  const decimals = fraction.padEnd(min, '0');
  const body = whole!.replace(/\B(?=(\d{3})+$)/g, group) + (decimals ? decimal + decimals : '');
  return (negative(n) ? minus : '') + pattern[lang].replace('#', body);
}

const PLAIN: Record<Lang, string> = { fi: '#', sv: '#', en: '#' };
const MONEY: Record<Lang, string> = { fi: '#\u00a0€', sv: '#\u00a0€', en: '€#' };

/** Whole euros in the locale's money format: "9 528 150 €" (fi, with no-break spaces), "€9,528,150" (en). */
export const formatMoney = (lang: Lang, eur: number) => written(lang, eur, 0, 0, MONEY);

export const formatNumber = (lang: Lang, n: number, fractionDigits = 0) => written(lang, n, fractionDigits, 0, PLAIN);

/**
 * A share 0–1 as a percentage with one decimal ("12,3 %", "7,0 %" in Finnish), so the shares of a chart or table line
 * up; in `prose` a whole number drops its decimal ("95 %, not 100 %").
 */
export const formatPercent = (lang: Lang, share: number, { prose = false }: { prose?: boolean } = {}) =>
  written(lang, shift(share, 2), 1, prose ? 0 : 1, { fi: '#\u00a0%', sv: '#\u00a0%', en: '#%' });

/** Thousands, millions, billions and trillions as each language abbreviates them before the euro sign. */
const COMPACT_UNITS: Record<Lang, string[]> = {
  fi: ['', 't.', 'milj.', 'mrd.', 'bilj.'],
  sv: ['', 'tn', 'mn', 'md', 'bn'],
  en: ['', 'k', 'm', 'bn', 'tn'],
};

/** Compact money for axis ticks: "9,5 milj. €", "9,5 mn €", "€9.5m". */
export function formatMoneyCompact(lang: Lang, eur: number): string {
  const abs = Math.abs(eur);
  const scaled = (unit: number) => shift(Math.round(shift(abs, 1 - 3 * unit)), -1);
  let unit = [1e12, 1e9, 1e6, 1e3].findIndex((limit) => abs >= limit);
  unit = unit === -1 ? 0 : 4 - unit;
  // The unit is the one the rounded figure is written in: 999 999 is "1 milj. €", not "1 000 t. €".
  if (unit < 4 && scaled(unit) >= 1000) unit += 1;
  const name = COMPACT_UNITS[lang][unit];
  const suffix = name ? `\u00a0${name}` : '';
  return written(lang, (negative(eur) ? -1 : 1) * scaled(unit), 1, 0, {
    fi: `#${suffix}\u00a0€`,
    sv: `#${suffix}\u00a0€`,
    en: `€#${name}`,
  });
}

/** Kilobytes with at most one decimal, as the locale writes the unit: "12,3 kt" (fi), "12,3 kB" (sv, en). */
export const formatKilobytes = (lang: Lang, kb: number) =>
  written(lang, kb, 1, 0, { fi: '# kt', sv: '# kB', en: '# kB' });

/** The words that join a list's last item: "Forssa, Hämeenlinna ja Riihimäki" / "… och …" / "… and …". */
const LIST_AND: Record<Lang, string> = { fi: 'ja', sv: 'och', en: 'and' };
export const formatList = (lang: Lang, items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${LIST_AND[lang]} ${items.at(-1)}`;

/** A name in quotation marks as the language writes them: ”…” in Finnish and Swedish, “…” in English. */
export const quoted = (lang: Lang, text: string) => (lang === 'en' ? `“${text}”` : `”${text}”`);

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Intl.PluralRules' category for a count, reduced to the two forms Finnish, Swedish and English have. */
export function pluralCategory(lang: Lang, n: number): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/** Years are never grouped ("2008", not "2 008"). */
export const formatYear = (year: number) => String(year);

/** The months' names as a date's own word (Finnish: the nominative, as a month stands alone: stem + "kuu"). */
const words = (text: string) => text.split(' ');
const MONTHS: Record<Lang, string[]> = {
  fi: FINNISH_MONTH_STEMS.map((stem) => `${stem}kuu`),
  sv: words('januari februari mars april maj juni juli augusti september oktober november december'),
  en: words('January February March April May June July August September October November December'),
};

/** The name of month 1–12. */
export const monthName = (lang: Lang, month: number) => MONTHS[lang][month - 1]!;

/** Year, month and day of an ISO date "2007-09-01" (a month or a year alone: the rest 1). */
const parts = (iso: string) => {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return { y: y!, m, d };
};

/**
 * "2007-09-01" → "1.9.2007" (fi, sv) / "1 September 2007" (en: a numeric 01/09/2007 reads as January to many
 * English readers); a bare year stays as it is.
 */
export function formatDate(lang: Lang, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const { y, m, d } = parts(iso);
  return lang === 'en' ? `${d} ${monthName(lang, m)} ${y}` : `${d}.${m}.${y}`;
}

/** A month of a year: "9.2007" in Finnish, "september 2007" in Swedish, "September 2007" in English. */
function formatMonth(lang: Lang, iso: string): string {
  const { y, m } = parts(iso);
  return lang === 'fi' ? `${m}.${y}` : `${monthName(lang, m)} ${y}`;
}

/**
 * A date as precise as a document gives it: "2008", a month ("9.2007" in Finnish, "september 2007" in Swedish,
 * "September 2007" in English: a month written out in running text), or a day as formatDate writes it; a day or
 * month written without its year stays without one: "12.3." / "12 March", "helmikuu" / "februari".
 */
export function formatDateBound(lang: Lang, bound: string): string {
  const yearless = /^--(\d{2})(?:-(\d{2}))?$/.exec(bound);
  if (yearless) {
    const [month, day] = [Number(yearless[1]), yearless[2] && Number(yearless[2])];
    if (!day) return monthName(lang, month);
    return lang === 'en' ? `${day} ${monthName(lang, month)}` : `${day}.${month}.`;
  }
  if (!/^\d{4}-\d{2}$/.test(bound)) return formatDate(lang, bound);
  return formatMonth(lang, bound);
}

/**
 * A span of dates as precise as a document gives them: two months share their year where the language does
 * ("november–december 2014", "November – December 2014"); English spaces the dash between dates written out
 * ("1 September 2007 – 31 October 2009"); one date where both ends are the same.
 */
export function formatDateSpan(lang: Lang, start: string, end: string | null): string {
  if (end === null || end === start) return formatDateBound(lang, start);
  const month = /^\d{4}-\d{2}$/;
  if (lang !== 'fi' && month.test(start) && month.test(end) && parts(start).y === parts(end).y) {
    const dash = lang === 'en' ? ' – ' : '–';
    return `${monthName(lang, parts(start).m)}${dash}${formatMonth(lang, end)}`;
  }
  const day = /^(\d{4}-\d{2})-(\d{2})$/;
  const [s, e] = [day.exec(start), day.exec(end)];
  // Two days of one month: "20–21.8.2008", "20–21 August 2008" (Finnish keeps both dates whole).
  if (lang !== 'fi' && s && e && s[1] === e[1]) return `${Number(s[2])}–${formatDateBound(lang, end)}`;
  const [from, to] = [formatDateBound(lang, start), formatDateBound(lang, end)];
  return lang === 'en' && /\s/.test(from + to) ? `${from} – ${to}` : `${from}–${to}`;
}

const collators = new Map<Lang, Intl.Collator>();
/** Finnish and Swedish alphabetical order (Å, Ä, Ö at the end), not code-point order. */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/** Lowercase without diacritics, for searching: "Hämeenlinna" → "hameenlinna", "Närpiö" → "narpio", "Å" → "a". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
