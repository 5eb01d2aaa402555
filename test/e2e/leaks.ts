import { parse, type DefaultTreeAdapterMap } from 'parse5';

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
    // The Finland-Swedish second reading: wrong words, a month as digits in prose ("(8.2008)"), a city as "kommun".
    /vitsordsstudier|Bygger på|först nämnda|summerad ur raderna|källrader till|Kaste-regionledningsgruppen|\b3 våningen/,
    /Nationellt tema \d med andra ord|samma projekt eller läroanstalt|ansökt belopp|förverkligad utgift|KASTE-programm/,
    /\(\d{1,2}\.\d{4}\b|\bVasa – kommun\b|Väli-Suomis\b|Det finns ingen sida|saavutettavuusvaatimukset\.fi/,
    // The second editor's reading: terms docs/glossary.md settles (missbrukarvård stays in a samkommun's name).
    /\beffektivitet\b|(?<!samkommun för )missbrukarvård|Kaste-område|Väli-Suomi-område|Hela området|i denna översikt/,
    /Kuusiokuntas|socialt arbete bland vuxna|invandrararbete|Österbottens prioriteringar|Österbotten 2005|enligt den,/,
    /Ett eget projekt i|Ikihyvä Päijänne-Tavastland|för Birkaland och Egentliga Tavastlands/,
    // The third reading: one word per concept (projektchef, mångprofessionell, händelser), no invented name.
    /Lätt ankar|som håller på att etableras|projektdirektör|projektledar|Pohjanmaa-projekt|Avskaffande av/,
    /[Mm]ultiprofession|svenska: ”Kristinestads stad|Styrning och evenemang|omorganiserar|handikappomsorg|förser huvudmannen/,
    /MATSÄCK|RAY:s|regionplanerarna|utvecklargrupp i Riihimäki|Projektverksamhetens effekter|Styrning och effekter/,
    // The fourth reading: toimi is a befattning, a reform's planners, one word for a release, no repository path.
    /ny tjänst|Beredarna av social- och hälsovården\)|VÄLI-SUOMIS|Hänvisa till|Störst kostnader|Förhandsvisade/,
    /publiceringen|curation\.ts/,
    /Äldres kulturbåge|Barn-Kaste|Organisationsarbete|nätförbindelse/,
    // The fifth reading: one term per concept (docs/glossary.md), places in Swedish, abbreviations written out.
    /granskningar vid|social jour\b|[Ll]edningsgruppen för Kaste-regionen|landskapets utvecklargrupp|lärnätverk|Utfärdad i Helsingfors|regionala ledningsgruppen för Väli-Suomi/,
    /Barn-Kaste|delprogrammet LastenKaste|LastenKaste-projekt|[Mm]ellanutvärdering|goda rutiner|Kasteprojektet/,
    /utvecklargruppen för äldreomsorg|Utvecklingsenheten för äldreomsorg|Yrkeshögskolan i (Södra|Seinäjoki)|\(JU\)/,
    /regionala projektet i Sydösterbotten|regionala turnéer|Lilla Saga|[Ss]ocialarbetets|utvecklingsprojektet för tjänsterna/,
    /verkstadsföreningen i Mellersta Finland(?! rf)|\b(Espoo|Hfors|Tuusula)\b|\bJkyl|: social- och hälsovårdsnämnden/,
  ],
  en: [
    /, (Vaasassa|Seinäjoella|Pohjanmaalla|Ylihärmässä|Eskoossa)\b/,
    /lastensuojelulaki|ohjausryhmän|työpaja|Perhepalveluverkostot|Osallisuus lisääntyy/,
    /Itä- ja Keski-Suomi|Länsi-Suomi|Pohjois-Suomi|Etelä-Suomi/,
    /without a cost|\b[Nn]o cost\b(?! stated)|no stated cost|without cost data|home municipalit|administers the most/,
    // The second reading: a section sign, a town as a municipality, an unspaced dash between dates written out.
    /\b\d+ §|\bVaasa – municipality\b|\d{4}–\d{1,2} [A-Z][a-z]+ \d{4}|Builds on|Working in region/,
    /applied for the following|\bSources (and|&) quality\b|Sources & data quality|saavutettavuusvaatimukset\.fi/,
    // Terms docs/glossary.md replaced: maakunta is a region, hallinnoija a lead organisation, lastensuojelu child welfare.
    /\b[Pp]rovinces?\b|\b[Aa]dministrators?\b|\badminister(s|ed)?\b|\b[Cc]hild[ -]protection\b|CHILD PROTECTION/,
    // Kaste-alue is a Kaste area (region is maakunta); Pohjanmaa as SONet BOTNIA's area is the Ostrobothnian regions.
    /\bKaste regions?\b|\bPohjanmaa (20|priorities|activity)|integrated service structure|in line with it\b/,
    /from the one of the same name|[Ll]ead organisation’s (municipality|home\b)/,
    // The third reading: the slides' alueet are the Kaste areas; vaikuttavuus is effectiveness.
    /regions' development plans|regional planners|minister's regional tours|Kaste regional|Pohjanmaa project/,
    /Impact and steering|[Ss]teering and impact|[Ww]ell-being/,
    /in this build|Previewed documents|KASTE programme|curation\.ts|Pohjanmaa-hanketta 2005 -2014 \(in English/,
    // The fifth reading: one term per concept, dates and euros as English writes them, abbreviations written out.
    /[Ii]nterim evaluation|older people's care|Social welfare development project|\(JYU\)|LastenKaste (sub|proj)/,
    /Pearls of inclusion|Issued in Helsinki|centre of expertise|Revised action plan|minister[’']s regional tours|[A-Za-z] \d{1,2}\.\d{1,2}\.\d{4}\b|\d[ \u00a0]€|\bHfors\b|\bJkyl/,
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
    ['Vaasan perhekeskus', 'Vasa familjecenter'],
    ['Loppi', 'Loppis'],
    ['Huutoniemi', 'Roparnäs'],
  ],
  en: [
    ['Närpiö', 'Närpes'],
    ['Mustasaari', 'Korsholm'],
    ['Pietarsaari', 'Jakobstad'],
    ['PHSOTEY', 'Päijät-Häme social and health care joint authority'],
  ],
};

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

/** Blocks that are read as one text unless they hold one of these. */
const INNER_BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'dt',
  'dd',
  'caption',
  'text',
  'figcaption',
  'summary',
]);
const BLOCKS = new Set([...INNER_BLOCKS, 'title', 'label', 'button', 'a', 'span']);
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt'];

const attribute = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** Not read in the page's language: code, and what is marked Finnish or an identifier on purpose. */
const skipped = (e: Element) =>
  ['script', 'style', 'template'].includes(e.tagName) ||
  attribute(e, 'data-identifier') !== undefined ||
  (e.tagName !== 'html' && (attribute(e, 'lang') ?? '').startsWith('fi'));

/**
 * The text of a Swedish or English page that a reader reads in the page's language: everything but what is marked
 * as Finnish (lang="fi…", a quotation) or as an identifier on purpose (data-identifier: the sources page's file
 * names), and every text-bearing attribute a screen reader or tooltip shows, from the page as parse5 parses it (as a
 * browser without scripts does, so <noscript> holds elements) rather than a whole DOM.
 */
function readableText(page: Node): string[] {
  const blocks: string[] = [];
  const attributes: string[] = [];
  // Each node's text, and whether it holds an inner block; a block is kept where none is inside it.
  const walk = (node: Node): { text: string; holdsBlock: boolean } => {
    if (node.nodeName === '#text')
      return { text: (node as DefaultTreeAdapterMap['textNode']).value, holdsBlock: false };
    if (!('childNodes' in node)) return { text: '', holdsBlock: false };
    const element = 'tagName' in node ? node : null;
    if (element && skipped(element)) return { text: '', holdsBlock: false };
    const slot = element && BLOCKS.has(element.tagName) ? blocks.push('') - 1 : -1;
    if (element) for (const name of TEXT_ATTRIBUTES) attributes.push(attribute(element, name) ?? '');
    const parts = node.childNodes.map(walk);
    const text = parts.map((p) => p.text).join('');
    const holdsBlock = parts.some((p, i) => p.holdsBlock || INNER_BLOCKS.has((node.childNodes[i] as Element).tagName));
    if (slot >= 0) blocks[slot] = holdsBlock ? '' : text;
    return { text, holdsBlock };
  };
  walk(page);
  return [...blocks, ...attributes].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Swedish words no Finnish text uses, and the Swedish names of the region's bilingual towns where their Finnish name
 * differs: in an element marked Finnish they mean a Swedish line or cell was marked Finnish (read with a Finnish voice).
 */
const SWEDISH_WORDS =
  /(?<!\p{L})(och|för|inom|utvecklingsenhet|Korsholm|Jakobstad|Kristinestad|Närpes|Nykarleby|Vasa)(?!\p{L})/u;

/** Text marked lang="fi" that is not Finnish: a Swedish row or cell, or text without a letter ("2008", "3 000 000"). */
function markedFinnish(page: Node): string[] {
  const found: string[] = [];
  // An element's own text: its descendants marked another language are theirs.
  const own = (node: Node): string => {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
    if (!('childNodes' in node)) return '';
    const lang = 'tagName' in node ? attribute(node, 'lang') : undefined;
    if (lang !== undefined && !lang.startsWith('fi')) return '';
    return node.childNodes.map(own).join('');
  };
  const walk = (node: Node) => {
    if (!('childNodes' in node)) return;
    if ('tagName' in node && node.tagName !== 'html' && (attribute(node, 'lang') ?? '').startsWith('fi')) {
      const text = node.childNodes.map(own).join('').replace(/\s+/g, ' ').trim();
      if (text && (!/\p{L}/u.test(text) || SWEDISH_WORDS.test(text))) found.push(`lang="fi" on “${text}”`);
      return;
    }
    if ('tagName' in node && ['script', 'style', 'template'].includes(node.tagName)) return;
    node.childNodes.forEach(walk);
  };
  walk(page);
  return found;
}

/**
 * A Finnish quotation of a sentence or phrase (three words or more) in running text without its rendering after it;
 * a name as written, beside the name a reader reads ("(i källan: ”…”)") or as a field's value opening its <dd>, is not.
 */
const BARE_QUOTE = /(?<!<dd>)<q lang="fi">([^<]*)<\/q>(?! \((på svenska|in English):|\)|, (<!-- -->)?(dvs\.|i\.e\.))/g;
/** A heading of a schedule's part left in Finnish before its translated phase ("A-moduuli: Workshoppar …"). */
const FI_LABEL = /lang="fi">((?:[ABC]-moduuli|Kutsuttu asiantuntijaryhmä):?)\s*</;

/**
 * Each leak of a Swedish or English page's text: an internal id, a Finnish month, a known Finnish word or name, a
 * Finnish quotation without its rendering or a Finnish label before translated text.
 */
export function leaks(html: string, lang: 'sv' | 'en'): string[] {
  // Parsed once for both readings of the page: the check reads more than a hundred pages.
  const page = parse(html, { scriptingEnabled: false });
  const found = new Set<string>(markedFinnish(page));
  for (const [, quote] of html.matchAll(BARE_QUOTE))
    if (quote!.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3)
      found.add(`a quote without its rendering: “${quote}”`);
  const label = html.match(FI_LABEL);
  if (label) found.add(`a Finnish label: “${label[1]}”`);
  const texts = readableText(page);
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
