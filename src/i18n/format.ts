export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Swedish in Finland is sv-FI (dates 5.1.2009 like fi-FI); English uses en-GB's day-first dates. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** Whole euros in the locale's money format: "9 528 150 €" (fi, with no-break spaces), "€9,528,150" (en). */
export const formatMoney = (lang: Lang, eur: number) => numberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(eur);

export const formatNumber = (lang: Lang, n: number, fractionDigits = 0) =>
  numberFormat(lang, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(n);

/** A share 0–1 as a percentage: "12,3 %" in Finnish. */
export const formatPercent = (lang: Lang, share: number, fractionDigits = 1) =>
  numberFormat(lang, { style: 'percent', maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(share);

/** Compact money for axis ticks: "9,5 milj. €". */
/**
 * Creates the formatters a page's first render uses. The first currency format of a page load costs tens of
 * milliseconds (ICU's locale data); the data loader calls this while the worker works, so the render does not pay it.
 */
export function warmFormats(lang: string) {
  if (!(LANGS as readonly string[]).includes(lang)) return;
  formatMoney(lang as Lang, 0);
  formatNumber(lang as Lang, 0);
}

export const formatMoneyCompact = (lang: Lang, eur: number) =>
  numberFormat(lang, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }).format(eur);

/** Years are never grouped ("2008", not "2 008"). */
export const formatYear = (year: number) => String(year);

/** "2007-09-01" → "1.9.2007" (fi, sv) / "01/09/2007" (en); a bare year stays as it is. */
export function formatDate(lang: Lang, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** A date as precise as a document gives it: "2008", "9.2007" / "09/2007", or a day as formatDate writes it. */
export function formatDateBound(lang: Lang, bound: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(bound);
  if (!month) return formatDate(lang, bound);
  const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', month: 'numeric', year: 'numeric' }).format(date);
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
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The plural form a catalogue key ends in ("…one" / "…other") for a count, by the language's plural rules. */
export const pluralForm = (lang: Lang, n: number): 'one' | 'other' => (new Intl.PluralRules(LOCALES[lang]).select(n) === 'one' ? 'one' : 'other');
