import type { AdministratorReading, Dataset, LostFigure, Project, QualityIssue } from '../data/schema';
import { namer, projectName, projectRendering, type Namer } from '../data/names';
import { formatList, formatMoney, formatNumber, formatPercent, formatYear, monthName, type Lang } from './format';
import { counted as countedIn, pickPlural, type PluralForms as Forms } from './plural';
import { FINNISH_MONTH_STEMS } from './finnishMonths';

type NamedProject = Pick<Project, 'name' | 'names' | 'renderings' | 'language' | 'swedishPart'>;

/** Names of the places, organisations, themes and projects a note refers to by id, in the reader's language. */
export interface QualityNames extends Pick<Namer, 'municipality' | 'province' | 'organisation'> {
  theme(id: string, lang: Lang): string;
  project(id: string): NamedProject | undefined;
}

/** The dashboard's one naming rule (data/names.ts) over the published regions, and the themes' and projects' names. */
export function qualityNames({
  regions,
  themes,
  projects,
}: Pick<Dataset, 'regions' | 'themes' | 'projects'>): QualityNames {
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const n = namer(regions);
  return {
    municipality: n.municipality,
    province: n.province,
    organisation: n.organisation,
    theme: (id, lang) => themeById.get(id)?.name[lang] ?? '?',
    project: (id) => projectById.get(id),
  };
}

type PerLang<T> = Record<Lang, T>;

const pick = pickPlural;
const counted = (lang: Lang, n: number, forms: PerLang<Forms>) => countedIn(lang, n, forms[lang]);
const list = formatList;

const TABLE_ROWS: PerLang<Forms> = {
  fi: { one: 'hankerivi', other: 'hankeriviä' },
  sv: { one: 'projektrad', other: 'projektrader' },
  en: { one: 'project row', other: 'project rows' },
};
const PROJECTS: PerLang<Forms> = {
  fi: { one: 'hanke', other: 'hanketta' },
  sv: { one: 'projekt', other: 'projekt' },
  en: { one: 'project', other: 'projects' },
};
const ADMINISTRATORS: PerLang<Forms> = {
  fi: { one: 'hallinnoija', other: 'eri hallinnoijaa' },
  sv: { one: 'huvudman', other: 'olika huvudmän' },
  en: { one: 'lead organisation', other: 'different lead organisations' },
};
const ORGANISATIONS: PerLang<Forms> = {
  fi: { one: 'organisaatio', other: 'eri organisaatiota' },
  sv: { one: 'organisation', other: 'olika organisationer' },
  en: { one: 'organisation', other: 'different organisations' },
};

/** What each LasSe count measures, as a noun phrase after the number. */
const LASSE_MEASURES: Record<string, PerLang<Forms>> = {
  'lasse-count-participants': {
    fi: { one: 'osallistuva kunta hankkeen alussa', other: 'osallistuvaa kuntaa hankkeen alussa' },
    sv: { one: 'deltagande kommun när projektet börjar', other: 'deltagande kommuner när projektet börjar' },
    en: { one: 'participating municipality at the start', other: 'participating municipalities at the start' },
  },
  'lasse-count-participants-later': {
    fi: { one: 'osallistuva kunta (myöhempi luku)', other: 'osallistuvaa kuntaa (myöhempi luku)' },
    sv: { one: 'deltagande kommun (det senare talet)', other: 'deltagande kommuner (det senare talet)' },
    en: {
      one: 'participating municipality (the later figure)',
      other: 'participating municipalities (the later figure)',
    },
  },
  'lasse-count-area-members': {
    fi: { one: 'yhteistoiminta-alueeseen kuuluva hankekunta', other: 'yhteistoiminta-alueisiin kuuluvaa hankekuntaa' },
    sv: { one: 'projektkommun i ett samarbetsområde', other: 'projektkommuner i samarbetsområden' },
    en: { one: 'project municipality in a cooperation area', other: 'project municipalities in cooperation areas' },
  },
  'lasse-count-area-members-later': {
    fi: {
      one: 'yhteistoiminta-alueeseen kuuluva hankekunta (myöhempi luku)',
      other: 'yhteistoiminta-alueisiin kuuluvaa hankekuntaa (myöhempi luku)',
    },
    sv: {
      one: 'projektkommun i ett samarbetsområde (det senare talet)',
      other: 'projektkommuner i samarbetsområden (det senare talet)',
    },
    en: {
      one: 'project municipality in a cooperation area (the later figure)',
      other: 'project municipalities in cooperation areas (the later figure)',
    },
  },
  'lasse-count-areas': {
    fi: { one: 'yhteistoiminta-alue', other: 'yhteistoiminta-aluetta' },
    sv: { one: 'samarbetsområde', other: 'samarbetsområden' },
    en: { one: 'cooperation area', other: 'cooperation areas' },
  },
  'lasse-count-province-participants': {
    fi: { one: 'hankekunta', other: 'hankekuntaa' },
    sv: { one: 'projektkommun', other: 'projektkommuner' },
    en: { one: 'project municipality', other: 'project municipalities' },
  },
};

const MUNICIPALITIES: PerLang<Forms> = {
  fi: { one: 'kunta', other: 'kuntaa' },
  sv: { one: 'kommun', other: 'kommuner' },
  en: { one: 'municipality', other: 'municipalities' },
};
const OFFICIALS: PerLang<Forms> = {
  fi: { one: 'viranhaltija', other: 'viranhaltijaa' },
  sv: { one: 'tjänsteinnehavare', other: 'tjänsteinnehavare' },
  en: { one: 'official', other: 'officials' },
};
const RESPONDENTS: PerLang<Forms> = {
  fi: { one: 'vastaajasta', other: 'vastaajasta' },
  sv: { one: 'svarande', other: 'svarande' },
  en: { one: 'respondent', other: 'respondents' },
};

/** What a lost figure was, as a noun phrase. */
const LOST_FIGURES: Record<LostFigure, PerLang<string>> = {
  'total-budget': { fi: 'hankkeen kokonaisbudjetti', sv: 'projektets totala budget', en: "the project's total budget" },
  'state-grant-share': { fi: 'valtionavustuksen osuus', sv: 'statsunderstödets andel', en: "the state grant's share" },
  'programme-period': {
    fi: 'Kaste-ohjelman kausi',
    sv: 'Kaste-programmets period',
    en: "the Kaste programme's period",
  },
  'population-threshold': {
    fi: 'pienten kuntien asukasraja',
    sv: 'invånargränsen för små kommuner',
    en: 'the population limit of small municipalities',
  },
  'work-share': {
    fi: 'projektijohtajan työaikaosuus',
    sv: 'projektchefens andel av arbetstiden',
    en: "the project director's share of working time",
  },
  'start-date': {
    fi: 'projektijohtajan aloituspäivä',
    sv: 'projektchefens startdatum',
    en: "the project director's start date",
  },
  'budget-amounts': {
    fi: 'osaamiskeskusten budjettierien summat',
    sv: 'beloppen i kompetenscentrens budgetposter',
    en: "the amounts of the competence centres' budget lines",
  },
  'survey-dates': {
    fi: 'alkukartoituskyselyn ajankohta',
    sv: 'tidpunkten för kartläggningsenkäten',
    en: 'the dates of the baseline survey',
  },
  'coordinator-periods': {
    fi: 'projektikoordinaattorien työskentelykaudet',
    sv: 'projektkoordinatorernas anställningsperioder',
    en: "the project coordinators' periods of work",
  },
  'steering-group-first-meeting': {
    fi: 'ohjausryhmän järjestäytymiskokouksen päivämäärä',
    sv: 'datumet för styrgruppens konstituerande möte',
    en: "the date of the steering group's constituent meeting",
  },
  'joining-date': {
    fi: 'päivämäärä, josta Ypäjä on mukana',
    sv: 'datumet från vilket Ypäjä deltar',
    en: 'the date from which Ypäjä takes part',
  },
  'seminar-date': {
    fi: 'THL:n lastensuojelun oppimisverkoston aloitusseminaarin päivämäärä',
    sv: 'datumet för THL:s startseminarium för det lärande nätverket för barnskyddet',
    en: "the date of THL's child welfare learning network's opening seminar",
  },
  'plan-period': {
    fi: 'tarkennetun toimintasuunnitelman kausi otsikossa',
    sv: 'perioden för den preciserade verksamhetsplanen i rubriken',
    en: "the refined action plan's period in its heading",
  },
  'area-count-later': {
    fi: 'yhteistoiminta-alueiden myöhempi määrä tai sen päivämäärä',
    sv: 'det senare antalet samarbetsområden eller dess datum',
    en: 'the later number of cooperation areas or its date',
  },
  'medium-size-range': {
    fi: 'keskisuurten kuntien asukasluvun rajat',
    sv: 'invånargränserna för medelstora kommuner',
    en: 'the population limits of medium-sized municipalities',
  },
  'large-size-threshold': {
    fi: 'suurten kuntien asukasraja',
    sv: 'invånargränsen för stora kommuner',
    en: 'the population limit of large municipalities',
  },
  'coordinator-work-share': {
    fi: 'Pirkanmaan ja Kanta-Hämeen projektikoordinaattorin ensimmäinen työaikaosuus ja päivämäärä',
    sv: 'den första arbetstidsandelen och datumet för projektkoordinatorn i Birkaland och Egentliga Tavastland',
    en: 'the first share of working time and the date of the Pirkanmaa and Kanta-Häme project coordinator',
  },
  'coordinator-start-dates': {
    fi: 'kolmen muun projektikoordinaattorin aloituspäivät',
    sv: 'startdatumen för de tre andra projektkoordinatorerna',
    en: 'the start dates of the three other project coordinators',
  },
  'billing-dates': {
    fi: 'osaamiskeskusten laskutuksen alkamis- ja määräpäivät',
    sv: 'datumen då kompetenscentrens fakturering börjar och ska vara klar',
    en: 'the dates from and by which the competence centres invoice',
  },
  'payer-year': {
    fi: 'vuosi, johon maksajia verrataan',
    sv: 'året som betalarna jämförs med',
    en: 'the year the payers are compared with',
  },
  'evaluation-months': {
    fi: 'ohjausryhmän arviointikokousten ja maakunnallisen arvioinnin kuukaudet',
    sv: 'månaderna för styrgruppens utvärderingsmöten och utvärderingen på landskapsnivå',
    en: "the months of the steering group's evaluation meetings and of the evaluation by region",
  },
  'preparation-start': {
    fi: 'päivämäärä, josta projektijohtaja on valmistellut hanketta kuntien kanssa',
    sv: 'datumet från vilket projektchefen har förberett projektet med kommunerna',
    en: 'the date from which the project director has prepared the project with the municipalities',
  },
  'work-meeting-dates': {
    fi: 'projektijohtajien työkokousten päivämäärät',
    sv: 'datumen för projektchefernas arbetsmöten',
    en: "the dates of the project directors' working meetings",
  },
  'report-planning-dates': {
    fi: 'tutkimusraportoinnin suunnittelukokousten päivämäärät',
    sv: 'datumen för planeringsmötena om forskningsrapporteringen',
    en: 'the dates of the research-report planning meetings',
  },
};

/** How a reading counts the administrator cells, as a clause after "if"; \uE000…\uE001 marks the quoted Finnish "ja". */
const READINGS: Record<AdministratorReading, PerLang<string>> = {
  'each-organisation': {
    fi: 'jokainen nimetty organisaatio lasketaan kerran',
    sv: 'varje organisation som nämns räknas en gång',
    en: 'every organisation named counts once',
  },
  'first-named': {
    fi: 'vain kunkin rivin ensimmäisenä nimetty hallinnoija lasketaan',
    sv: 'bara den förstnämnda huvudmannen på varje rad räknas',
    en: "only each row's first-named lead organisation counts",
  },
  'cells-as-written': {
    fi: 'jokainen erilainen hallinnoijasolu lasketaan kerran sellaisenaan',
    sv: 'varje huvudmanscell med olika innehåll räknas en gång i den form den står',
    en: 'each distinct lead organisation cell counts once as written',
  },
  'comma-list-as-one': {
    fi: 'pilkuin eroteltu hallinnoijaluettelo lasketaan yhdeksi (ensimmäisenä nimetty) ja ”ja”-sanalla yhdistetyt kahdeksi',
    sv: 'en kommaseparerad lista över huvudmän räknas som en (den förstnämnda) och två namn förenade med ”\uE000ja\uE001” (”och”) som två',
    en: 'a comma-separated list of lead organisations counts as one (the first named) and two names joined by “\uE000ja\uE001” (‘and’) as two',
  },
  'ja-pair-as-one': {
    fi: '”ja”-sanalla yhdistetty pari lasketaan yhdeksi (ensimmäisenä nimetty)',
    sv: 'ett par förenat med ”\uE000ja\uE001” (”och”) räknas som en (den förstnämnda)',
    en: 'a pair joined by “\uE000ja\uE001” (‘and’) counts as one (the first named)',
  },
};

const quoted = (lang: Lang, s: string) => (lang === 'en' ? `“${s}”` : `”${s}”`);

/** Around Finnish (Swedish) the note quotes from a document: read by qualityParts, dropped by qualityText. */
const FI_START = '\uE000';
const FI_END = '\uE001';
const SV_START = '\uE002';
const SV_END = '\uE003';
const fi = (s: string) => `${FI_START}${s}${FI_END}`;
const sv = (s: string) => `${SV_START}${s}${SV_END}`;

/** A project's name as written, marked in its language, the Swedish words of a mixed name marked Swedish. */
function writtenName({ name, language, swedishPart }: NamedProject): string {
  const mark = language === 'sv' ? sv : fi;
  const at = swedishPart ? name.indexOf(swedishPart) : -1;
  if (!swedishPart || at < 0) return mark(name);
  const rest = name.slice(at + swedishPart.length);
  return `${mark(name.slice(0, at))}${sv(swedishPart)}${rest ? mark(rest) : ''}`;
}

/**
 * A project a note names, as the pages name it: its name in use in the reader's language with the name as written
 * beside it, else the name as written with the dashboard's rendering beside it (ui/ProjectName.tsx).
 */
function projectQuoted(lang: Lang, names: QualityNames, id: string, written: string): string {
  const p = names.project(id);
  if (!p) return quoted(lang, fi(written));
  const local = projectName(p, lang);
  if (local !== p.name) return `${quoted(lang, local)} (${writtenName(p)})`;
  const rendering = projectRendering(p, lang);
  return `${quoted(lang, writtenName(p))}${rendering ? ` (${rendering})` : ''}`;
}

/** The rendering of the quoted Finnish (`writtenTranslation`) beside it in a Swedish or English note. */
function rendering(issue: QualityIssue, lang: Lang): string {
  const t = issue.writtenTranslation;
  if (!t || lang === 'fi') return '';
  return lang === 'sv' ? ` (på svenska: ${quoted(lang, t.sv)})` : ` (in English: ${quoted(lang, t.en)})`;
}

/** A quoted Finnish phrase of a list with its curated rendering (`quoteTranslations`) beside it, where one exists. */
function quotedWithRendering(issue: QualityIssue, lang: Lang, s: string, tail = ''): string {
  const t = lang === 'fi' ? undefined : issue.quoteTranslations?.[s];
  const own =
    t &&
    (lang === 'sv' ? ` (på svenska: ${quoted(lang, t.sv + tail)})` : ` (in English: ${quoted(lang, t.en + tail)})`);
  return `${quoted(lang, fi(s) + tail)}${own ?? ''}`;
}

const MONTH = FINNISH_MONTH_STEMS.join('|');
/** A Finnish month stem with its "-kuu" ending, or the first of a span whose last month carries it ("huhti-toukokuu"). */
const FI_MONTH_WORD = new RegExp(`(?<!\\p{L})(${MONTH})(?:kuu\\p{L}*|(?=[-–](?:${MONTH})kuu))`, 'giu');

/**
 * A date as a slide writes it, with its Finnish month names in the reader's language: "huhti-toukokuu" is
 * "april–maj" in Swedish and "April–May" in English. Digits ("28.2.") stay as written.
 * @example monthsIn('sv', 'huhti-toukokuu') // 'april–maj'
 */
export function monthsIn(lang: Lang, written: string): string {
  if (lang === 'fi') return written;
  const month = (stem: string) =>
    monthName(lang, FINNISH_MONTH_STEMS.indexOf(stem.toLowerCase() as (typeof FINNISH_MONTH_STEMS)[number]) + 1);
  const named = written.replace(FI_MONTH_WORD, (_, stem: string) => month(stem));
  return named === written ? written : named.replace(/(\p{L})-(\p{L})/gu, '$1–$2');
}

/** The note as a sentence in the reader's language, built from its kind and values only. */
export const qualityText = (issue: QualityIssue, lang: Lang, names: QualityNames): string =>
  markedText(issue, lang, names).replace(/[\uE000-\uE003]/g, '');

/**
 * The note's sentence in parts: `lang` where it quotes Finnish document text or a Swedish name, for a page to mark
 * with its lang attribute.
 */
export const qualityParts = (
  issue: QualityIssue,
  lang: Lang,
  names: QualityNames,
): Array<{ text: string; lang: 'fi' | 'sv' | null }> =>
  markedText(issue, lang, names)
    .split(/(\uE000[^\uE001]*\uE001|\uE002[^\uE003]*\uE003)/)
    .filter(Boolean)
    .map((part) => ({
      text: part.startsWith(FI_START) || part.startsWith(SV_START) ? part.slice(1, -1) : part,
      lang: part.startsWith(FI_START) ? 'fi' : part.startsWith(SV_START) ? 'sv' : null,
    }));

function markedText(issue: QualityIssue, lang: Lang, names: QualityNames): string {
  const money = (eur: number) => formatMoney(lang, eur);
  const municipality = (code: string) => names.municipality(code, lang);
  const province = (id: string) => names.province(id, lang);
  const organisations = (ids: string[]) =>
    list(
      lang,
      ids.map((id) => names.organisation(id, lang)),
    );
  const texts = (t: PerLang<string>) => t[lang];

  switch (issue.kind) {
    case 'plan-total-mismatch': {
      const { planYear, stated, summed, costedRows } = issue.values;
      const y = formatYear(planYear);
      const diff = money(Math.abs(summed - stated));
      const n = formatNumber(lang, costedRows);
      return texts({
        fi: `Vuoden ${y} taulukon yhteensä-rivi ilmoittaa ${money(stated)}, mutta ${n} hankkeen ${pick(lang, costedRows, { one: 'kustannus on', other: 'kustannukset ovat yhteensä' })} ${money(summed)} (ero ${diff}).`,
        sv: `Summaraden i tabellen för ${y} anger ${money(stated)}, men ${pick(lang, costedRows, { one: `kostnaden för ${n} projekt är`, other: `kostnaderna för ${n} projekt är sammanlagt` })} ${money(summed)} (skillnad ${diff}).`,
        en: `The total row of the ${y} table states ${money(stated)}, but ${pick(lang, costedRows, { one: `the cost of ${n} project is`, other: `the costs of ${n} projects add up to` })} ${money(summed)} (a difference of ${diff}).`,
      });
    }
    case 'plan-project-count-mismatch': {
      const { planYear, stated, counted: found } = issue.values;
      const y = formatYear(planYear);
      return texts({
        fi: `Vuoden ${y} taulukon yhteensä-rivi ilmoittaa ${counted(lang, stated, PROJECTS)}, taulukossa on ${counted(lang, found, TABLE_ROWS)}.`,
        sv: `Summaraden i tabellen för ${y} anger ${counted(lang, stated, PROJECTS)}, tabellen har ${counted(lang, found, TABLE_ROWS)}.`,
        en: `The total row of the ${y} table states ${counted(lang, stated, PROJECTS)}; the table has ${counted(lang, found, TABLE_ROWS)}.`,
      });
    }
    case 'plan-administrator-count-mismatch': {
      const { planYear, stated, counted: found, organisationIds } = issue.values;
      const y = formatYear(planYear);
      const orgs = organisations(organisationIds);
      return texts({
        fi: `Vuoden ${y} taulukon yhteensä-rivi ilmoittaa ${counted(lang, stated, ADMINISTRATORS)}, riveillä nimetään ${counted(lang, found, ORGANISATIONS)}: ${orgs}.`,
        sv: `Summaraden i tabellen för ${y} anger ${counted(lang, stated, ADMINISTRATORS)}, raderna nämner ${counted(lang, found, ORGANISATIONS)}: ${orgs}.`,
        en: `The total row of the ${y} table states ${counted(lang, stated, ADMINISTRATORS)}; the rows name ${counted(lang, found, ORGANISATIONS)}: ${orgs}.`,
      });
    }
    case 'missing-cost': {
      const y = formatYear(issue.values.planYear);
      return texts({
        fi: `Hankkeen kustannussarake on tyhjä vuoden ${y} taulukossa.`,
        sv: `Projektets kostnadscell är tom i tabellen för ${y}.`,
        en: `The project’s cost cell is empty in the ${y} table.`,
      });
    }
    case 'uncertain-administrator': {
      const { written, organisationIds } = issue.values;
      const orgs = organisations(organisationIds);
      return texts({
        fi: `Hallinnoija on merkitty epävarmaksi: ”${fi(written)}” (luettu: ${orgs}).`,
        sv: `Huvudmannen är angiven som osäker: ”${fi(written)}”${rendering(issue, lang)}; som huvudman räknas här: ${orgs}.`,
        en: `The lead organisation is marked as uncertain: “${fi(written)}”${rendering(issue, lang)}; counted here as lead organisation: ${orgs}.`,
      });
    }
    case 'unknown-administrator':
      return texts({
        fi: `Hallinnoijan kohdalla on vain kysymysmerkki: ”${fi(issue.values.written)}”.`,
        sv: `I stället för huvudman står bara ett frågetecken: ”${fi(issue.values.written)}”.`,
        en: `The lead organisation cell holds only a question mark: “${fi(issue.values.written)}”.`,
      });
    case 'blank-administrator':
      return texts({
        fi: 'Hallinnoijan kohta on tyhjä.',
        sv: 'Cellen för huvudman är tom.',
        en: 'The lead organisation cell is empty.',
      });
    case 'share-total-mismatch': {
      const sum = formatPercent(lang, issue.values.percentSum / 100, { prose: true });
      const full = formatPercent(lang, 1, { prose: true });
      return texts({
        fi: `Organisaatioiden osuudet ovat yhteensä ${sum}, eivät ${full}.`,
        sv: `Organisationernas andelar är sammanlagt ${sum}, inte ${full}.`,
        en: `The organisations’ shares add up to ${sum}, not ${full}.`,
      });
    }
    case 'lasse-in-matrix-not-list': {
      const m = municipality(issue.values.municipality);
      return texts({
        fi: `${m} on yhteistoiminta-aluematriisissa mutta ei luettelossa hankkeeseen osallistuvista kunnista.`,
        sv: `${m} finns i matrisen över samarbetsområden men inte i förteckningen över deltagande kommuner.`,
        en: `${m} is in the cooperation-area matrix but not in the list of participating municipalities.`,
      });
    }
    case 'lasse-in-list-not-matrix': {
      const m = municipality(issue.values.municipality);
      return texts({
        fi: `${m} on luettelossa hankkeeseen osallistuvista kunnista mutta ei yhteistoiminta-aluematriisissa.`,
        sv: `${m} finns i förteckningen över deltagande kommuner men inte i matrisen över samarbetsområden.`,
        en: `${m} is in the list of participating municipalities but not in the cooperation-area matrix.`,
      });
    }
    case 'lasse-duplicate-name': {
      const { written, provinceId } = issue.values;
      const m = municipality(issue.values.municipality);
      return texts({
        fi: `${m} (”${fi(written)}”) mainitaan kahdesti saman maakunnan (${province(provinceId)}) osallistujaluettelossa.`,
        sv: `${m} (”${fi(written)}”) nämns två gånger i förteckningen över deltagare i samma landskap (${province(provinceId)}).`,
        en: `${m} (“${fi(written)}”) is named twice in the list of participants of one region (${province(provinceId)}).`,
      });
    }
    case 'municipality-spelling-variant': {
      const m = municipality(issue.values.municipality);
      return texts({
        fi: `Lähteessä lukee ”${fi(issue.values.written)}”, luettu kunnaksi ${m}.`,
        sv: `I källan står ”${fi(issue.values.written)}”, tolkat som kommunen ${m}.`,
        en: `The source writes “${fi(issue.values.written)}”, read as the municipality of ${m}.`,
      });
    }
    case 'matrix-missing-separator': {
      const { written, first, second } = issue.values;
      const [a, b] = [municipality(first), municipality(second)];
      return texts({
        fi: `Matriisista puuttuu erotin kuntien ${a} ja ${b} väliltä (”${fi(written)}”); luettu kahdeksi kunnaksi.`,
        sv: `I matrisen saknas skiljetecknet mellan kommunerna ${a} och ${b} (”${fi(written)}”); tolkat som två kommuner.`,
        en: `The matrix lacks the separator between the municipalities of ${a} and ${b} (“${fi(written)}”); read as two municipalities.`,
      });
    }
    case 'lasse-count-participants':
    case 'lasse-count-participants-later':
    case 'lasse-count-area-members':
    case 'lasse-count-area-members-later':
    case 'lasse-count-areas':
    case 'lasse-count-province-participants': {
      const { stated, counted: found } = issue.values;
      const where = issue.kind === 'lasse-count-province-participants' ? ` (${province(issue.values.provinceId)})` : '';
      const phrase = `${counted(lang, stated, LASSE_MEASURES[issue.kind]!)}${where}`;
      const n = formatNumber(lang, found);
      return texts({
        fi: `Teksti ilmoittaa ${phrase}; luetteloista laskettuna ${n}.`,
        sv: `Texten anger ${phrase}; räknat ur förteckningarna ${n}.`,
        en: `The text states ${phrase}; counted from the lists, ${n}.`,
      });
    }
    case 'plan-theme-order': {
      const { planYear, tableOrder } = issue.values;
      const y = formatYear(planYear);
      const order = tableOrder.map((o) => formatNumber(lang, o)).join(', ');
      const range = `${formatNumber(lang, 1)}–${formatNumber(lang, tableOrder.length)}`;
      return texts({
        fi: `Vuoden ${y} taulukko esittää teemat järjestyksessä ${order}, numeroitu luettelo järjestyksessä ${range}.`,
        sv: `Tabellen för ${y} tar upp temana i ordningen ${order}, den numrerade listan i ordningen ${range}.`,
        en: `The ${y} table presents its themes in the order ${order}; the numbered list in the order ${range}.`,
      });
    }
    case 'project-placement': {
      const theme = names.theme(issue.values.themeId, lang);
      const heading = issue.values.appendixHeading;
      return texts({
        fi: `Taulukossa hanke on teeman ”${theme}” alla, liitteessä otsikon ”${fi(heading)}” alla.`,
        sv: `I tabellen står projektet under temat ”${theme}”, i bilagan under rubriken ”${fi(heading)}”${rendering(issue, lang)}.`,
        en: `In the table the project sits under the theme “${theme}”; in the appendix under the heading “${fi(heading)}”${rendering(issue, lang)}.`,
      });
    }
    case 'plan-amounts-applied-for': {
      const { planYear, written } = issue.values;
      const y = formatYear(planYear);
      return texts({
        fi: `Vuoden ${y} summat ovat haettuja, eivät myönnettyjä: taulukkoa edeltää lause ”${fi(written)}”${rendering(issue, lang)}`,
        sv: `Beloppen för ${y} är sökta, inte beviljade: före tabellen står meningen ”${fi(written)}”${rendering(issue, lang)}`,
        en: `The ${y} amounts are amounts applied for, not granted: the sentence before the table reads “${fi(written)}”${rendering(issue, lang)}`,
      });
    }
    case 'plan-list-examples': {
      const { planYear, written } = issue.values;
      const y = formatYear(planYear);
      return texts({
        fi: `Vuoden ${y} hankkeet ovat esimerkkejä, eivät täydellinen luettelo: taulukkoa edeltää lause ”${fi(written)}”${rendering(issue, lang)}`,
        sv: `Projekten för ${y} är exempel, ingen fullständig förteckning: före tabellen står meningen ”${fi(written)}”${rendering(issue, lang)}`,
        en: `The ${y} projects are examples, not a complete list: the sentence before the table reads “${fi(written)}”${rendering(issue, lang)}`,
      });
    }
    case 'lasse-count-size-classes': {
      const { stated, statedLater, small, smallLater, medium, large } = issue.values;
      const sum = small + medium + large;
      const parts = [small, medium, large].map((n) => formatNumber(lang, n)).join(' + ');
      const total = counted(lang, stated, MUNICIPALITIES);
      const later =
        statedLater === null
          ? ''
          : texts({
              fi: ` (myöhemmin ${formatNumber(lang, statedLater)})`,
              sv: ` (senare ${formatNumber(lang, statedLater)})`,
              en: ` (later ${formatNumber(lang, statedLater)})`,
            });
      const matches =
        statedLater === sum
          ? texts({
              fi: ' Summa vastaa myöhempää lukua.',
              sv: ' Summan motsvarar det senare talet.',
              en: ' The sum matches the later figure.',
            })
          : '';
      const smallLaterText =
        smallLater === null
          ? ''
          : texts({
              fi: ` Pieniä kuntia on myöhemmin ${formatNumber(lang, smallLater)}.`,
              sv: ` Senare anges antalet små kommuner till ${formatNumber(lang, smallLater)}.`,
              en: ` Later there are ${formatNumber(lang, smallLater)} small municipalities.`,
            });
      return texts({
        fi: `Pienten, keskisuurten ja suurten kuntien määrät (${parts}) ovat yhteensä ${formatNumber(lang, sum)}; teksti ilmoittaa ${total}${later}.${matches}${smallLaterText}`,
        sv: `Antalet små, medelstora och stora kommuner (${parts}) är sammanlagt ${formatNumber(lang, sum)}; texten anger ${total}${later}.${matches}${smallLaterText}`,
        en: `The small, medium and large municipalities (${parts}) add up to ${formatNumber(lang, sum)}; the text states ${total}${later}.${matches}${smallLaterText}`,
      });
    }
    case 'lasse-count-respondents': {
      const { respondents, base } = issue.values;
      return texts({
        fi: `Kyselyyn vastasi tekstin mukaan ${counted(lang, respondents, OFFICIALS)}, mutta B-moduulin valinneiden osuus ilmoitetaan ${counted(lang, base, RESPONDENTS)}.`,
        sv: `Enligt texten besvarades enkäten av ${counted(lang, respondents, OFFICIALS)}, men andelen som valde modul B är räknad på ${counted(lang, base, RESPONDENTS)}.`,
        en: `The text says ${counted(lang, respondents, OFFICIALS)} answered the survey, but the share choosing module B is given out of ${counted(lang, base, RESPONDENTS)}.`,
      });
    }
    case 'lost-figure': {
      const { what, written } = issue.values;
      return texts({
        fi: `Lähteen tekstistä puuttuu luku tai päivämäärä: ${LOST_FIGURES[what].fi} (jäljellä: ”${fi(written)}”).`,
        sv: `I källtexten saknas ett tal eller datum: ${LOST_FIGURES[what].sv} (kvar står: ”${fi(written)}”${rendering(issue, lang)}).`,
        en: `A number or date is missing from the source text: ${LOST_FIGURES[what].en} (what remains: “${fi(written)}”${rendering(issue, lang)}).`,
      });
    }
    case 'explanation-gap-rows': {
      const { gap, projectIds, projectNames } = issue.values;
      const diff = money(gap);
      const named = list(
        lang,
        projectNames.map((n, i) => projectQuoted(lang, names, projectIds[i]!, n)),
      );
      if (projectNames.length === 1) {
        return texts({
          fi: `Mahdollinen selitys: ero ${diff} on täsmälleen hankkeen ${named} kustannus.`,
          sv: `Möjlig förklaring: skillnaden ${diff} är exakt kostnaden för projektet ${named}.`,
          en: `Possible explanation: the difference of ${diff} is exactly the cost of the project ${named}.`,
        });
      }
      return texts({
        fi: `Mahdollinen selitys: ero ${diff} on täsmälleen hankkeiden ${named} kustannusten summa.`,
        sv: `Möjlig förklaring: skillnaden ${diff} är exakt summan av kostnaderna för projekten ${named}.`,
        en: `Possible explanation: the difference of ${diff} is exactly the sum of the costs of the projects ${named}.`,
      });
    }
    case 'explanation-count-reading': {
      const { stated, reading } = issue.values;
      const n = counted(lang, stated, ADMINISTRATORS);
      return texts({
        fi: `Mahdollinen selitys: ${n} saadaan, kun ${READINGS[reading].fi}.`,
        sv: `Möjlig förklaring: ${n} fås om ${READINGS[reading].sv}.`,
        en: `Possible explanation: ${n} result if ${READINGS[reading].en}.`,
      });
    }
    case 'plan-staffing-differs': {
      const { listed, working } = issue.values;
      const names = (roles: string[]) =>
        list(
          lang,
          roles.map((r) => quotedWithRendering(issue, lang, r)),
        );
      return texts({
        fi: `Suunnitelma nimeää hankkeeseen kaupungin omista työntekijöistä ${names(listed)}, mutta kertoo perhekeskuksessa työskentelevän ${names(working)}.`,
        sv: `Planen anvisar ${names(listed)} av stadens egen personal till projektet, men uppger att ${names(working)} arbetar i familjecentret.`,
        en: `The plan assigns ${names(listed)} from the city's own staff to the project, but says ${names(working)} work in the family centre.`,
      });
    }
    case 'name-spelling-variants': {
      const { name, written } = issue.values;
      const forms = list(
        lang,
        written.map((w) => quoted(lang, w)),
      );
      return texts({
        fi: `Sama nimi on kirjoitettu dokumentissa usealla tavalla: yleensä ${quoted(lang, name)}, myös ${forms}.`,
        sv: `Samma namn skrivs på flera sätt i dokumentet: oftast ${quoted(lang, name)}, även ${forms}.`,
        en: `The document writes one name in several ways: mostly ${quoted(lang, name)}, also ${forms}.`,
      });
    }
    case 'slide-copies-slide': {
      const { slide, copiedSlide, sharedWords, phrase } = issue.values;
      const n = formatNumber(lang, sharedWords);
      return texts({
        fi: `Dia ${slide} toistaa dian ${copiedSlide} tekstiä sanasta sanaan (yhteensä ${n} sanaa, muun muassa ${quoted(lang, `${phrase} …`)}).`,
        sv: `Bild ${slide} upprepar texten på bild ${copiedSlide} ord för ord (sammanlagt ${n} ord, bland annat ${quotedWithRendering(issue, lang, phrase, ' …')}).`,
        en: `Slide ${slide} repeats the text of slide ${copiedSlide} word for word (${n} words in all, among them ${quotedWithRendering(issue, lang, phrase, ' …')}).`,
      });
    }
    case 'slide-dates-differ': {
      const { term, slides, written } = issue.values;
      const dated = (join: string) =>
        list(
          lang,
          slides.map((n, i) => `${join} ${n}: ${monthsIn(lang, written[i]!)}`),
        );
      return texts({
        fi: `Diat ajoittavat kohdan ${quoted(lang, term)} eri tavoin (${dated('dia')}).`,
        sv: `Bilderna anger olika tidpunkter för punkten ${quotedWithRendering(issue, lang, term)} (${dated('bild')}).`,
        en: `The slides date the item ${quotedWithRendering(issue, lang, term)} differently (${dated('slide')}).`,
      });
    }
    case 'recorded-variants': {
      const { variant, written } = issue.values;
      const quotes = written.map((w) => quotedWithRendering(issue, lang, w));
      const forms = list(lang, quotes);
      const [first, ...rest] = quotes;
      const others = list(lang, rest);
      switch (variant) {
        case 'names':
          return texts({
            fi: `Nämä nimet voivat tarkoittaa samaa asiaa: ${forms}. Ne on kirjattu sellaisinaan; tieto ei yhdistä niitä.`,
            sv: `Dessa namn kan avse samma sak: ${forms}. De återges som de står; uppgifterna slår inte ihop dem.`,
            en: `These names may refer to the same thing: ${forms}. They are kept as written; the data does not merge them.`,
          });
        case 'spellings': {
          // Spellings of one name: a gloss of each would invent names ("Kristinestads stad").
          const spelt = list(
            lang,
            written.map((w) => quoted(lang, fi(w))),
          );
          return texts({
            fi: `Sama nimi on kirjoitettu eri tavoin: ${spelt}.`,
            sv: `Samma namn skrivs på olika sätt: ${spelt}.`,
            en: `One name is written in different ways: ${spelt}.`,
          });
        }
        case 'garbled-dates':
          return texts({
            fi: `Nämä päivämäärät ovat mahdottomia tai niistä puuttuu numeroita: ${forms}.`,
            sv: `Dessa datum är omöjliga eller saknar siffror: ${forms}.`,
            en: `These dates are impossible or have digits missing: ${forms}.`,
          });
        case 'lost-dates':
          return texts({
            fi: `Näistä kohdista puuttuu päivämäärä tai vuosi: ${forms}.`,
            sv: `På dessa ställen saknas ett datum eller år: ${forms}.`,
            en: `A date or year is missing at these places: ${forms}.`,
          });
        case 'post-titles': {
          // Both Finnish words for "project" render as one word, so the rendered titles alone would look identical.
          const projectWords = written.some((w) => /projekti/i.test(w)) && written.some((w) => /hanke/i.test(w));
          return texts({
            fi: `Sama suunnitelma käyttää tehtävästä kahta nimikettä: ${first} ja ${others}.`,
            sv: `Samma plan använder två titlar för befattningen: ${first} och ${others}${projectWords ? `; skillnaden finns bara på finska, som har två ord för ’projekt’: ${fi('projekti-')} och ${fi('hanke-')}` : ''}.`,
            en: `The same plan gives the post two titles: ${first} and ${others}${projectWords ? ` (the Finnish uses two different words for ‘project’: ${fi('projekti-')} and ${fi('hanke-')})` : ''}.`,
          });
        }
        case 'inside-and-outside':
          return texts({
            fi: `Hanke on yhdessä kohdassa toisen hankkeen osa (${first}), toisessa sen ulkopuolella (${others}).`,
            sv: `Projektet är på ett ställe en del av ett annat projekt (${first}), på ett annat utanför det (${others}).`,
            en: `In one place the project is part of another project (${first}); elsewhere it is outside it (${others}).`,
          });
        case 'area':
          return texts({
            fi: `Hankkeen alue on kirjoitettu lähteissä eri tavoin: ${forms}.`,
            sv: `Projektets område anges olika i källorna: ${forms}.`,
            en: `The sources give the project's area differently: ${forms}.`,
          });
        case 'module-matrix':
          return texts({
            fi: `Moduulimatriisi on ristiriidassa oman tekstinsä kanssa: teksti sanoo ${forms}, mutta matriisi merkitsee maakunnille sekä B- että C-moduulin.`,
            sv: `Modulmatrisen motsäger sin egen text: texten säger ${forms}, men matrisen markerar både modul B och modul C för landskapen.`,
            en: `The module matrix contradicts its own text: the text says ${forms}, but the matrix marks both module B and module C for regions.`,
          });
      }
      break;
    }
    case 'page-break-line':
      return texts({
        fi: `Rivi ”${fi(issue.values.written)}” on sivunvaihdon jäänne, ja se ohitettiin.`,
        sv: `Raden ”${fi(issue.values.written)}”${rendering(issue, lang)} är en rest av en sidbrytning och har hoppats över.`,
        en: `The line “${fi(issue.values.written)}”${rendering(issue, lang)} is a page-break remnant and was skipped.`,
      });
    case 'lost-hyphen':
      return texts({
        fi: `Lähteen tekstistä puuttuu yhdysmerkki: ”${fi(issue.values.written)}” on luettu ”${fi(issue.values.read)}”.`,
        sv: `I källtexten saknas ett bindestreck: ”${fi(issue.values.written)}” har lästs som ”${fi(issue.values.read)}”.`,
        en: `The source text lacks a hyphen: “${fi(issue.values.written)}” is read as “${fi(issue.values.read)}”.`,
      });
    case 'theme-heading-variant': {
      const theme = names.theme(issue.values.themeId, lang);
      return texts({
        fi: `Taulukon väliotsikko ”${fi(issue.values.written)}” on kirjoitettu eri tavoin kuin numeroitu luettelo; luettu teemaksi ”${theme}”.`,
        sv: `Mellanrubriken ”${fi(issue.values.written)}”${rendering(issue, lang)} i tabellen är formulerad annorlunda än i den numrerade listan; tolkad som temat ”${theme}”.`,
        en: `The table's heading “${fi(issue.values.written)}”${rendering(issue, lang)} is worded differently from the numbered list; read as the theme “${theme}”.`,
      });
    }
  }
}
