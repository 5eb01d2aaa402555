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

/** The symbols of fi-FI, sv-FI and en-GB numbers (Finnish and Swedish: no-break space groups, a real minus sign). */
const SYMBOLS: Record<Lang, { group: string; decimal: string; minus: string }> = {
  fi: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

/**
 * A number as Intl.NumberFormat writes it in these three locales (format.test.ts compares the two), without
 * building an Intl formatter: the first one a page builds loads the locale's data, which costs a phone tens of
 * milliseconds of blocked main thread while the page hydrates. Rounds half away from zero on the decimal digits.
 */
function plainNumber(lang: Lang, n: number, maxFraction: number): { sign: string; digits: string } {
  const { group, decimal, minus } = SYMBOLS[lang];
  const abs = Math.abs(n);
  const rounded = Number(`${Math.round(Number(`${abs}e${maxFraction}`))}e-${maxFraction}`);
  const [int, fraction = ''] = rounded.toFixed(maxFraction).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = fraction.replace(/0+$/, '');
  return { sign: n < 0 || Object.is(n, -0) ? minus : '', digits: trimmed ? `${grouped}${decimal}${trimmed}` : grouped };
}

/** Whole euros in the locale's money format: "9 528 150 €" (fi, with no-break spaces), "€9,528,150" (en). */
export function formatMoney(lang: Lang, eur: number): string {
  const { sign, digits } = plainNumber(lang, eur, 0);
  return lang === 'en' ? `${sign}€${digits}` : `${sign}${digits}\u00a0€`;
}

export function formatNumber(lang: Lang, n: number, fractionDigits = 0): string {
  const { sign, digits } = plainNumber(lang, n, fractionDigits);
  return `${sign}${digits}`;
}

/** A share 0–1 as a percentage: "12,3 %" in Finnish. */
export function formatPercent(lang: Lang, share: number, fractionDigits = 1): string {
  const { sign, digits } = plainNumber(lang, Math.sign(share) * Number(`${Math.abs(share)}e2`), fractionDigits);
  return lang === 'en' ? `${sign}${digits}%` : `${sign}${digits}\u00a0%`;
}

/** Compact money for axis ticks: "9,5 milj. €". */
export const formatMoneyCompact = (lang: Lang, eur: number) =>
  numberFormat(lang, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }).format(eur);

/** Years are never grouped ("2008", not "2 008"). */
export const formatYear = (year: number) => String(year);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2007-09-01" → "1.9.2007" (fi, sv) / "01/09/2007" (en); a bare year stays as it is. Written out as fi-FI, sv-FI and
 * en-GB's Intl.DateTimeFormat does (format.test.ts compares them), for the same reason as plainNumber.
 */
export function formatDate(lang: Lang, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${pad(d!)}/${pad(m!)}/${y}` : `${d}.${m}.${y}`;
}

/** A date as precise as a document gives it: "2008", "9.2007" / "09/2007", or a day as formatDate writes it. */
export function formatDateBound(lang: Lang, bound: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(bound);
  if (!month) return formatDate(lang, bound);
  const m = Number(month[2]);
  return lang === 'en' ? `${pad(m)}/${month[1]}` : `${m}.${month[1]}`;
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
