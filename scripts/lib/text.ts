/** Lowercase ASCII slug: diacritics dropped, words joined by "-", cut at a word boundary. */
export function slugify(text: string, maxLength = 60): string {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= maxLength) return base;
  const cut = base.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 10 ? cut.slice(0, lastDash) : base.slice(0, maxLength)).replace(/-+$/, '');
}

/** Collapses runs of white space (including no-break and thin spaces) to one ordinary space. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

/** Case- and punctuation-insensitive key for comparing titles written slightly differently. */
export function titleKey(text: string): string {
  return squash(
    text
      .toLowerCase()
      .replace(/[”“"'’(),.:;!?–—-]/g, ' ')
      .replace(/\b\d{4}\s*\d{4}\b/g, ' '),
  );
}

const STOPWORDS = new Set(['ja', 'sekä', 'tai', 'och', 'i', 'av', 'för', 'inom']);

/** Word stems (first five letters) without conjunctions: enough to tell inflected theme headings apart. */
export function stems(text: string): Set<string> {
  return new Set(
    titleKey(text)
      .split(' ')
      .filter((w) => w && !STOPWORDS.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

const SWEDISH = new Set(['och', 'för', 'inom', 'av', 'i', 'till', 'med', 'utvecklingsenhet', 'kommunerna']);
const FINNISH = new Set(['ja', 'sekä', 'hanke', 'kehittäminen', 'palvelut', 'lasten', 'alueella']);

/** A project name's language: Swedish when its Swedish function words outnumber Finnish ones. */
export function detectLanguage(name: string): 'fi' | 'sv' {
  const words = name.toLowerCase().split(/[^a-zåäö-]+/);
  const sv = words.filter((w) => SWEDISH.has(w)).length;
  const fi = words.filter((w) => FINNISH.has(w) || /(?:ssa|ssä|lla|llä|sta|stä|nen|jen|iden)$/.test(w)).length;
  return sv > fi ? 'sv' : 'fi';
}

// A phone number ("puh. 040 123 4567", "+358 40 1234567", "06-325 1111") or an e-mail address.
const CONTACT =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:puh|p|tel|gsm)\.?:?\s*\+?\d(?:[\d -]*\d)?|\+\d{3}(?:[\d -]*\d)?|\b0\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}\b/i;

/** The contact detail (phone number or e-mail address) a text contains, or null: such details never reach the data. */
export function contactDetailIn(text: string): string | null {
  return CONTACT.exec(text)?.[0] ?? null;
}
