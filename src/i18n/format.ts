export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Swedish in Finland is sv-FI (dates 5.1.2009 like fi-FI); English uses en-GB's day-first dates. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** One formatter per language and options: building one loads the locale's data, so each is built once. */
function cached<F>(build: (locale: string, options: object) => F) {
  const made = new Map<string, F>();
  return (lang: Lang, options: object): F => {
    const key = `${lang}|${JSON.stringify(options)}`;
    let f = made.get(key);
    if (!f) {
      f = build(LOCALES[lang], options);
      made.set(key, f);
    }
    return f;
  };
}
const numberFormat = cached((locale, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o));
// Dates are calendar days, not instants: read and written in UTC so no time zone moves them a day.
const dateFormat = cached(
  (locale, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }),
);

/** Whole euros in the locale's money format: "9 528 150 €" (fi, with no-break spaces), "€9,528,150" (en). */
export const formatMoney = (lang: Lang, eur: number) =>
  numberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(eur);

export const formatNumber = (lang: Lang, n: number, fractionDigits = 0) =>
  numberFormat(lang, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(n);

/**
 * A share 0–1 as a percentage with one decimal ("12,3 %", "7,0 %" in Finnish), so the shares of a chart or table line
 * up; in `prose` a whole number drops its decimal ("95 %, not 100 %").
 */
export const formatPercent = (lang: Lang, share: number, { prose = false }: { prose?: boolean } = {}) =>
  numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: prose ? 0 : 1 }).format(
    share,
  );

/** Compact money for axis ticks: "9,5 milj. €". */
export const formatMoneyCompact = (lang: Lang, eur: number) =>
  // minimumFractionDigits: Node's ICU writes "1,0 milj. €" without it, Chromium's "1 milj. €".
  numberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  }).format(eur);

/** Kilobytes with at most one decimal, as the locale writes the unit: "12,3 kt" (fi), "12,3 kB" (sv, en). */
export const formatKilobytes = (lang: Lang, kb: number) =>
  numberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(kb);

/** "Forssa, Hämeenlinna ja Riihimäki" / "Forssa, Tavastehus och Riihimäki" / "Forssa, Hämeenlinna and Riihimäki". */
const listFormat = cached((locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
export const formatList = (lang: Lang, items: string[]) => listFormat(lang, {}).format(items);

/** A name in quotation marks as the language writes them: ”…” in Finnish and Swedish, “…” in English. */
export const quoted = (lang: Lang, text: string) => (lang === 'en' ? `“${text}”` : `”${text}”`);

const pluralRules = cached((locale) => new Intl.PluralRules(locale));

/** Intl.PluralRules' category for a count, reduced to the two forms Finnish, Swedish and English have. */
export const pluralCategory = (lang: Lang, n: number): 'one' | 'other' =>
  pluralRules(lang, {}).select(n) === 'one' ? 'one' : 'other';

/** Years are never grouped ("2008", not "2 008"). */
export const formatYear = (year: number) => String(year);

const utc = (iso: string) => {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
};

/**
 * "2007-09-01" → "1.9.2007" (fi, sv) / "1 September 2007" (en: a numeric 01/09/2007 reads as January to many
 * English readers); a bare year stays as it is.
 */
export function formatDate(lang: Lang, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  return dateFormat(lang, { day: 'numeric', month: lang === 'en' ? 'long' : 'numeric', year: 'numeric' }).format(
    utc(iso),
  );
}

const MONTH_OPTIONS = (lang: Lang): Intl.DateTimeFormatOptions => ({
  month: lang === 'fi' ? 'numeric' : 'long',
  year: 'numeric',
});

/**
 * A date as precise as a document gives it: "2008", a month ("9.2007" in Finnish, "september 2007" in Swedish,
 * "September 2007" in English: a month written out in running text), or a day as formatDate writes it; a day or
 * month written without its year stays without one: "12.3." / "12 March", "helmikuu" / "februari".
 */
export function formatDateBound(lang: Lang, bound: string): string {
  const yearless = /^--(\d{2})(?:-(\d{2}))?$/.exec(bound);
  if (yearless) {
    // A leap year carries the day, so 29.2. is written too; no year of it is shown.
    const date = new Date(Date.UTC(2000, Number(yearless[1]) - 1, Number(yearless[2] ?? 1)));
    if (!yearless[2]) return dateFormat(lang, { month: 'long' }).format(date);
    if (lang === 'en') return dateFormat(lang, { day: 'numeric', month: 'long' }).format(date);
    return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.`;
  }
  if (!/^\d{4}-\d{2}$/.test(bound)) return formatDate(lang, bound);
  return dateFormat(lang, MONTH_OPTIONS(lang)).format(utc(bound));
}

/**
 * A span of dates as precise as a document gives them: two months share their year where the language does
 * ("november–december 2014", "November – December 2014"); English spaces the dash between dates written out
 * ("1 September 2007 – 31 October 2009"); one date where both ends are the same.
 */
export function formatDateSpan(lang: Lang, start: string, end: string | null): string {
  if (end === null || end === start) return formatDateBound(lang, start);
  const month = /^\d{4}-\d{2}$/;
  if (lang !== 'fi' && month.test(start) && month.test(end))
    // ICU spaces the English dash with thin spaces; the page's other spans use ordinary ones.
    return dateFormat(lang, MONTH_OPTIONS(lang))
      .formatRange(utc(start), utc(end))
      .replace(/\u2009/g, ' ');
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

/**
 * Builds the formatters a page of `lang` uses, one per task. A language's first formatter loads its locale data, a
 * long task; the entry script has them built while the page waits for its code and data, so the hydration finds
 * them made (docs/decisions/warm-formatters.md).
 */
export async function warmFormatters(lang: Lang): Promise<void> {
  const formatters = [
    () => formatMoney(lang, 1),
    () => formatNumber(lang, 1),
    () => formatPercent(lang, 0.5),
    () => formatPercent(lang, 0.5, { prose: true }),
    () => formatMoneyCompact(lang, 1),
    () => formatDate(lang, '2008-01-01'),
    () => formatDateBound(lang, '2008-01'),
    () => pluralCategory(lang, 1),
    () => formatList(lang, ['a', 'b']),
    () => collator(lang),
  ];
  for (const build of formatters) {
    // A task of its own from the first: the caller's task (the entry script's start) asks for the page's modules and
    // data, and with the locale data loaded in it too, a tap then waited for both.
    await new Promise((next) => setTimeout(next));
    build();
  }
}
