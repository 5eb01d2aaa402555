import { JSDOM } from 'jsdom';

/** The build's document ids and the seed files' names: a reader sees "Protokoll 2008", never these. */
const INTERNAL_ID =
  /(?<![\w-])(minutes-2008|stm-presentation|lasse-plan|vaasa-family-centre-plan|pohjanmaa-report-2005-2006)(?![\w-])|\b\d{3}_[0-9a-f]{16}\.txt\b/;
/** A Finnish month name ("huhtikuu", "toukokuussa") or the first month of a span ("huhti-toukokuu"). */
const FI_MONTH = new RegExp(
  `(?<!\\p{L})(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(kuu|-\\p{L}+kuu)`,
  'iu',
);
/** Finnish that reached Swedish or English text before (issue 29), and wrong words for what the data means. */
const KNOWN_LEAKS: Record<'sv' | 'en', RegExp[]> = {
  sv: [
    // A Finnish locative glued to a translated line ("…, Vaasassa"); inside a project's Finnish name it is the name.
    /, (Vaasassa|Seinäjoella|Pohjanmaalla|Ylihärmässä|Eskoossa)\b/,
    /lastensuojelulaki|ohjausryhmän|työpaja|Perhepalveluverkostot|Osallisuus lisääntyy/,
    /Itä- ja Keski-Suomi|Länsi-Suomi|Pohjois-Suomi|Etelä-Suomi|Kainuu\b/,
    /\butan kostnad\b|\bingen kostnad\b|inleds med|hemkommun|anges av \d+ svarande/,
  ],
  en: [
    /, (Vaasassa|Seinäjoella|Pohjanmaalla|Ylihärmässä|Eskoossa)\b/,
    /lastensuojelulaki|ohjausryhmän|työpaja|Perhepalveluverkostot|Osallisuus lisääntyy/,
    /Itä- ja Keski-Suomi|Länsi-Suomi|Pohjois-Suomi|Etelä-Suomi/,
    /without a cost|\bno cost\b(?! (stated|data|given))|home municipalit|administers the most/,
  ],
};

/**
 * Names a page in the language must use, each with the Finnish form it replaces: a page may show the Finnish as
 * the second of both names ("Alavo (Alavus)"), but not without the first.
 */
const NAMES: Record<'sv' | 'en', Array<[string, string]>> = {
  sv: [
    ['Alavus', 'Alavo'],
    ['Ilmajoki', 'Ilmola'],
    ['Vimpeli', 'Vindala'],
    ['Hartola', 'Gustav Adolfs'],
    ['Iitti', 'Itis'],
    ['Vesilahti', 'Vesilax'],
    ['Lempäälä', 'Lembois'],
  ],
  en: [
    ['Närpiö', 'Närpes'],
    ['Mustasaari', 'Korsholm'],
    ['Pietarsaari', 'Jakobstad'],
  ],
};

/**
 * The text of a Swedish or English page that a reader reads in the page's language: everything but what is marked
 * as Finnish (lang="fi…", a quotation) or as an identifier on purpose (data-identifier: the sources page's file
 * names), and every text-bearing attribute a screen reader or tooltip shows.
 */
export function readableText(html: string): string[] {
  const { document } = new JSDOM(html).window;
  document.querySelectorAll('script, style, template, [data-identifier]').forEach((e) => e.remove());
  document.querySelectorAll('[lang]').forEach((e) => {
    if (e !== document.documentElement && e.getAttribute('lang')!.startsWith('fi')) e.remove();
  });
  const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap((e) =>
    ['aria-label', 'title', 'alt'].map((a) => e.getAttribute(a) ?? ''),
  );
  const blocks = [
    ...document.querySelectorAll(
      'p, li, td, th, h1, h2, h3, h4, dt, dd, caption, title, text, figcaption, summary, label, button, a, span',
    ),
  ]
    .filter((e) => !e.querySelector('p, li, td, th, h1, h2, h3, h4, dt, dd, caption, text, figcaption, summary'))
    .map((e) => e.textContent ?? '');
  return [...blocks, ...attributes].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Each leak of a Swedish or English page's text: an internal id, a Finnish month, a known Finnish word or name. */
export function leaks(html: string, lang: 'sv' | 'en'): string[] {
  const found = new Set<string>();
  const texts = readableText(html);
  const all = texts.join('\n');
  for (const [fi, local] of NAMES[lang])
    if (new RegExp(`(?<!\\p{L})${fi}(?!\\p{L})`, 'u').test(all) && !all.includes(local))
      found.add(`${fi} without ${local}`);
  for (const text of texts)
    for (const re of [INTERNAL_ID, FI_MONTH, ...KNOWN_LEAKS[lang]]) {
      const m = text.match(re);
      if (m) found.add(`${m[0]} in “${text.slice(0, 160)}”`);
    }
  return [...found];
}
