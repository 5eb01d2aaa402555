/**
 * The judgement calls the documents cannot settle, each with its reason. This is the only place the
 * build takes facts from outside the parsed text; review changes here as you would a data edit.
 * Anything the parser can read from the sources does not belong here.
 */
import type { MentionPick } from './parsers/mentions.ts';
import type { OrganisationType } from '../src/data/schema.ts';

type Tr = { fi: string; sv: string; en: string };
interface Reasoned {
  reason: string;
}

/**
 * Source documents: the seeds README names each file; the build refuses a folder missing one. The title is read
 * from the document (scripts/parsers/titles.ts) and set in `titleFrame`, whose words around the {placeholders} are
 * what the document does not say about itself; `date` is curated where the document states no date of its own.
 */
export const DOCUMENTS = [
  {
    id: 'minutes-2008',
    file: '000_34c4f4e8cbac8681.txt',
    kind: 'minutes',
    date: '2008',
    titleFrame:
      'SONet BOTNIA Etelä-Pohjanmaan alueellisen ohjausryhmän pöytäkirja liitteineen (Liite 1: {appendix1}; Liite 2: {appendix2})',
    reason:
      'The transcript has no title line; the body calls the body "SONet BOTNIAn E-P:n alueellisen ohjausryhmän" (next meeting) and the appendices are headed "Liite 1." and "Liite 2.". Date: the minutes state none; their events and next meeting are dated 2008.',
  },
  {
    id: 'stm-presentation',
    file: '001_5e72e1e76d65b102.txt',
    kind: 'presentation',
    date: '2008–2009',
    titleFrame: '{title} ({presenter})',
    reason:
      'Title and presenter: the title slide. Date: the slides state none; they cite the 2008 grant decisions and the 2009 applications.',
  },
  {
    id: 'vaasa-family-centre-plan',
    file: '002_8693d7b1f13daa76.txt',
    kind: 'project-plan',
    date: '2007',
    titleFrame: '{title} – hankesuunnitelma',
    reason:
      'The heading names only the project; the document is its plan (background, goals, methods, resources, timeline). Date: none stated; the project starts 1.9.2007.',
  },
  {
    id: 'pohjanmaa-report-2005-2006',
    file: '003_a770a4bc205e09dd.txt',
    kind: 'activity-report',
    date: '{years}',
    titleFrame: 'SONet BOTNIA: {title}',
    reason:
      'The heading does not name the competence centre whose report it is; the first paragraph does ("SONet BOTNIAn toiminta Pohjanmaalla"). Date: the years of the heading.',
  },
  {
    id: 'lasse-plan',
    file: '004_2387fd943a303f05.txt',
    kind: 'action-plan',
    date: '2013',
    titleFrame: '{title}',
    reason:
      'Date: the plan states none of its own (the transcript lost the period after "ajalle"); the project starts 1.4.2013.',
  },
] as const;

export type DocumentId = (typeof DOCUMENTS)[number]['id'];

/** Organisations that are not municipalities, by every spelling the documents use. */
export const ORGANISATIONS: Array<
  {
    id: string;
    aliases: string[];
    type: OrganisationType;
    municipality: string;
    fullName: Tr;
    /** The short name the dashboard shows in each language. */ names: Tr;
    nameReason: string;
  } & Reasoned
> = [
  {
    id: 'pshp',
    aliases: ['PSHP'],
    type: 'hospital-district',
    municipality: 'Tampere',
    fullName: {
      fi: 'Pirkanmaan sairaanhoitopiiri',
      sv: 'Birkalands sjukvårdsdistrikt',
      en: 'Pirkanmaa Hospital District',
    },
    names: { fi: 'PSHP', sv: 'Birkalands sjukvårdsdistrikt', en: 'Pirkanmaa Hospital District' },
    nameReason:
      "The documents write only the Finnish abbreviation. Swedish and English: the district's own names in those languages (Birkaland is the Swedish name of Pirkanmaa); an abbreviation of a Finnish name means nothing to a Swedish reader.",
    reason: 'PSHP is the usual abbreviation of the Pirkanmaa hospital district, seated in Tampere.',
  },
  {
    id: 'vshp',
    aliases: ['Vaasan sairaanhoitopiiri'],
    type: 'hospital-district',
    municipality: 'Vaasa',
    fullName: { fi: 'Vaasan sairaanhoitopiiri', sv: 'Vasa sjukvårdsdistrikt', en: 'Vaasa Hospital District' },
    names: { fi: 'Vaasan sairaanhoitopiiri', sv: 'Vasa sjukvårdsdistrikt', en: 'Vaasa Hospital District' },
    nameReason: 'A bilingual district with an official Swedish name; English as the district itself used it.',
    reason: 'Hospital district named after and seated in Vaasa.',
  },
  {
    id: 'epshp',
    aliases: ['EPSHP', 'Etelä-Pohjanmaan sairaanhoitopiiri'],
    type: 'hospital-district',
    municipality: 'Seinäjoki',
    fullName: {
      fi: 'Etelä-Pohjanmaan sairaanhoitopiiri',
      sv: 'Södra Österbottens sjukvårdsdistrikt',
      en: 'South Ostrobothnia Hospital District',
    },
    names: { fi: 'EPSHP', sv: 'Södra Österbottens sjukvårdsdistrikt', en: 'South Ostrobothnia Hospital District' },
    nameReason:
      "The table writes the Finnish abbreviation. Swedish: the district's Swedish name (Södra Österbotten is the Swedish name of the province); English as the district used it.",
    reason:
      'EPSHP abbreviates the South Ostrobothnia hospital district; the minutes (§6) name it in full. Seated in Seinäjoki.',
  },
  {
    id: 'phsotey',
    aliases: ['PHSOTEY'],
    type: 'joint-authority',
    municipality: 'Lahti',
    fullName: {
      fi: 'Päijät-Hämeen sosiaali- ja terveysyhtymä',
      sv: 'Päijänne-Tavastlands social- och hälsovårdssamkommun',
      en: 'Päijät-Häme social and health care joint authority (PHSOTEY)',
    },
    names: {
      fi: 'PHSOTEY',
      sv: 'Päijänne-Tavastlands social- och hälsovårdssamkommun',
      en: 'Päijät-Häme social and health care joint authority (PHSOTEY)',
    },
    nameReason:
      'The documents give only the Finnish abbreviation of Päijät-Hämeen sosiaali- ja terveysyhtymä. Swedish: the name the joint authority itself used in Swedish (Päijänne-Tavastland = Päijät-Häme). English: no established English name, so a rendering of the Finnish name in lower case, with the abbreviation the source uses.',
    reason: 'PHSOTEY abbreviates the Päijät-Häme social and health care joint authority, seated in Lahti.',
  },
  {
    id: 'hameen-paihdehuollon-ky',
    aliases: ['Hämeen päihdehuollon kuntayhtymä'],
    type: 'joint-authority',
    municipality: 'Hämeenlinna',
    fullName: {
      fi: 'Hämeen päihdehuollon kuntayhtymä',
      sv: 'Tavastlands samkommun för missbrukarvård',
      en: 'Häme Joint Authority for Substance Abuse Services',
    },
    names: {
      fi: 'Hämeen päihdehuollon kuntayhtymä',
      sv: 'Tavastlands samkommun för missbrukarvård',
      en: 'Häme Joint Authority for Substance Abuse Services',
    },
    nameReason:
      "Swedish: the joint authority's name in Swedish (Tavastland = Häme, samkommun = kuntayhtymä). English: no established English name, so the dashboard's rendering (an English reader got the Finnish name unexplained); the project page gives the name as written beside it.",
    reason:
      'Runs the Mainiemi rehabilitation centre (the 2009 row "Mainiemen päihdetyön kehittämisyksikkö") in Hauho, part of Hämeenlinna since 2009.',
  },
  {
    id: 'eskoo',
    aliases: ['Eskoon sosiaalipalvelujen kuntayhtymä'],
    type: 'joint-authority',
    municipality: 'Seinäjoki',
    fullName: {
      fi: 'Eskoon sosiaalipalvelujen kuntayhtymä',
      sv: 'Eskoo samkommun för socialservice',
      en: 'Eskoo Joint Authority for Social Services',
    },
    names: {
      fi: 'Eskoon sosiaalipalvelujen kuntayhtymä',
      sv: 'Eskoo samkommun för socialservice',
      en: 'Eskoo Joint Authority for Social Services',
    },
    nameReason:
      "The documents give no Swedish name; Eskoo is a place name that stays as it is, the rest is the standard Swedish term (samkommun för socialservice). English: no established English name, so the dashboard's rendering (an English reader got the Finnish name unexplained); the project page gives the name as written beside it.",
    reason: 'Eskoo is in Nurmo, part of Seinäjoki since 2009; the minutes hold the next meeting "Eskoossa".',
  },
  {
    id: 'stakes-tampere',
    aliases: ['Tampere (Stakes alueyksikkö)'],
    type: 'state-agency',
    municipality: 'Tampere',
    fullName: {
      fi: 'Stakes, Tampereen alueyksikkö',
      sv: 'Stakes, regionenheten i Tammerfors',
      en: 'Stakes regional unit, Tampere',
    },
    names: {
      fi: 'Tampere (Stakes alueyksikkö)',
      sv: 'Stakes, regionenheten i Tammerfors',
      en: 'Stakes regional unit, Tampere',
    },
    nameReason:
      "Finnish: as the table writes it. Stakes (a state agency) had Swedish and English names for its units; the city's Swedish name is Tammerfors.",
    reason:
      'The cell names the regional unit of the state research and development centre Stakes (a state agency) in Tampere, not the city.',
  },
];

/**
 * The region's name in Swedish and English. The documents write only "Väli-Suomi" (the Kaste region of the
 * Ostrobothnian provinces, Pirkanmaa and the two Häme provinces). It has no established Swedish or English name:
 * "Mellersta Finland" and "Central Finland" are the names of Keski-Suomi, a different province outside this region,
 * and a coined "Mellanfinland" would look official without being so. So the proper name stays Finnish in every
 * language, as the ministry's slides do with the other Kaste regions' names.
 */
export const REGION_NAME: Tr & Reasoned = {
  fi: 'Väli-Suomi',
  sv: 'Väli-Suomi',
  en: 'Väli-Suomi',
  reason: 'No established Swedish or English name; "Mellersta Finland"/"Central Finland" mean Keski-Suomi.',
};

/**
 * Swedish names of the cooperation areas, keyed by the Finnish name the LasSe matrix writes. The plan gives none.
 * English uses the Finnish name: none of these bodies had an English name.
 */
export const COOPERATION_AREA_NAMES: Record<string, { sv: string } & Reasoned> = {
  'JIK-peruspalveluliikelaitoskuntayhtymä': {
    sv: 'JIK-peruspalveluliikelaitoskuntayhtymä',
    reason:
      'Joint authority of three Finnish-speaking municipalities (Jalasjärvi, Ilmajoki, Kurikka) with no Swedish name; a translation would be a name nobody used.',
  },
  'Kuntayhtymä Kaksineuvoinen': {
    sv: 'Kuntayhtymä Kaksineuvoinen',
    reason: 'Finnish-speaking members only; the authority had no Swedish name.',
  },
  'Suupohjan peruspalveluliikelaitoskuntayhtymä': {
    sv: 'Suupohjan peruspalveluliikelaitoskuntayhtymä',
    reason:
      'Finnish-speaking members only (Isojoki, Karijoki, Kauhajoki, Teuva); no Swedish name of the authority is known.',
  },
  'Järvi-Pohjanmaan yhteistoiminta-alue': {
    sv: 'Samarbetsområdet Järvi-Pohjanmaa',
    reason:
      '"Yhteistoiminta-alue" is a generic term, in Swedish "samarbetsområde" (the Paras framework act 169/2007); Järvi-Pohjanmaa is a place name without a Swedish form.',
  },
  'Rannikko-Pohjanmaan sosiaali- ja perusterveydenhuollon kuntayhtymä': {
    sv: 'Kust-Österbottens samkommun för social- och primärhälsovård',
    reason:
      'A joint authority of Swedish-majority municipalities (Korsnäs, Kristinestad, Malax, Närpes) whose working language was Swedish; this is its Swedish name (KUSTÖ).',
  },
  'Peruspalvelukeskus Oiva': {
    sv: 'Peruspalvelukeskus Oiva',
    reason: 'A Finnish-language municipal service centre without a Swedish name; "Oiva" is a proper name.',
  },
  'Peruspalvelukeskus Aava': {
    sv: 'Peruspalvelukeskus Aava',
    reason: 'A Finnish-language municipal service centre without a Swedish name; "Aava" is a proper name.',
  },
  'Pirkkala-Vesilahti yhteistoiminta-alue': {
    sv: 'Samarbetsområdet Birkala–Vesilax',
    reason:
      "Generic term (samarbetsområde) with the municipalities' Swedish names (Birkala from the reference CSV, Vesilax from MUNICIPALITY_NAMES).",
  },
  'Tampere-Orivesi yhteistoiminta-alue': {
    sv: 'Samarbetsområdet Tammerfors–Orivesi',
    reason:
      "Generic term (samarbetsområde) with the municipalities' Swedish names as the reference CSV gives them (Tammerfors; Orivesi has none).",
  },
  'Forssan seudun hyvinvointikuntayhtymä': {
    sv: 'Forssan seudun hyvinvointikuntayhtymä',
    reason: 'A joint authority of Finnish-speaking municipalities formed in 2014; no Swedish name is known.',
  },
};

/**
 * Municipality names the reference CSVs (../shared/geo) do not give. `sv`: the Swedish name in use for a
 * Finnish-speaking municipality whose CSV row repeats the Finnish name; Swedish text uses it (Kotus, the Institute for
 * the Languages of Finland, lists these parallel names in "Svenska ortnamn i Finland" and recommends them in Swedish
 * text). `en`: English writes a bilingual municipality by its majority language's name, as the municipality itself
 * does in English; for a Swedish-majority one that is the Swedish name. Keyed by the CSV's Finnish name; a key no
 * municipality of the data has, or a Swedish name the CSV already gives, stops the build.
 */
export const MUNICIPALITY_NAMES: Record<string, { sv?: string; en?: string } & Reasoned> = {
  Alavus: { sv: 'Alavo', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Ilmajoki: { sv: 'Ilmola', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Vimpeli: { sv: 'Vindala', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Hartola: {
    sv: 'Gustav Adolfs',
    reason:
      'Swedish parallel name (Kotus), after the parish founded as Gustav Adolfs; the CSV repeats the Finnish name.',
  },
  Iitti: { sv: 'Itis', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Vesilahti: { sv: 'Vesilax', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Lempäälä: { sv: 'Lembois', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Loppi: { sv: 'Loppis', reason: 'Swedish parallel name (Kotus); the CSV repeats the Finnish name.' },
  Närpiö: { en: 'Närpes', reason: 'Swedish-majority municipality (about 90 % Swedish speakers in 2013).' },
  Mustasaari: { en: 'Korsholm', reason: 'Swedish-majority municipality (about 70 % Swedish speakers in 2013).' },
  Pietarsaari: { en: 'Jakobstad', reason: 'Swedish-majority town (about 55 % Swedish speakers in 2013).' },
  Kristiinankaupunki: {
    en: 'Kristinestad',
    reason: 'Swedish-majority town (about 55 % Swedish speakers in 2013).',
  },
  Maalahti: { en: 'Malax', reason: 'Swedish-majority municipality (about 85 % Swedish speakers in 2013).' },
  Kruunupyy: { en: 'Kronoby', reason: 'Swedish-majority municipality (about 80 % Swedish speakers in 2013).' },
  Luoto: { en: 'Larsmo', reason: 'Swedish-majority municipality (about 90 % Swedish speakers in 2013).' },
  Uusikaarlepyy: { en: 'Nykarleby', reason: 'Swedish-majority town (about 90 % Swedish speakers in 2013).' },
  Vöyri: { en: 'Vörå', reason: 'Swedish-majority municipality (about 80 % Swedish speakers in 2013).' },
  'Pedersören kunta': {
    en: 'Pedersöre',
    reason:
      'Swedish-majority municipality (about 90 % Swedish speakers in 2013); English drops "kunta" (municipality).',
  },
};

/**
 * The places a previewed document's title names before a date, the municipalities a preview's text lists and the
 * places the slides' phrases name (sources.json mentions), outside the region the reference CSVs cover: their Swedish
 * names (bilingual Helsinki, Turku, Vaasa; parallel names, Kotus) and English ones (a bilingual municipality by its
 * majority language's name); an abbreviation the slides write is written out. The entries are municipalities (as of
 * the document) but Kainuu, a region, and the two abbreviations: a list line of three or more of these or the CSVs'
 * names is read as the preview's municipalities; `genitive` where a list writes the name so before
 * "kunta"/"kaupunki". A place without an entry (a new one, or one written otherwise) is shown as written and marked
 * Finnish, and ends no list.
 */
export const PREVIEW_PLACE_NAMES: Record<string, { sv: string; en: string; genitive?: string } & Reasoned> = {
  Helsinki: { sv: 'Helsingfors', en: 'Helsinki', reason: 'Bilingual city; English uses the Finnish name.' },
  Turku: { sv: 'Åbo', en: 'Turku', reason: 'Bilingual city; English uses the Finnish name.' },
  Vaasa: { sv: 'Vasa', en: 'Vaasa', reason: 'Bilingual city; English uses the majority-language name.' },
  Lappeenranta: { sv: 'Villmanstrand', en: 'Lappeenranta', reason: 'Swedish parallel name (Kotus).' },
  Jyväskylä: { sv: 'Jyväskylä', en: 'Jyväskylä', reason: 'One name in every language.' },
  Kaarina: { sv: 'S:t Karins', en: 'Kaarina', reason: 'Varsinais-Suomi; Swedish parallel name (Kotus).' },
  Raisio: { sv: 'Reso', en: 'Raisio', reason: 'Varsinais-Suomi; Swedish parallel name (Kotus).' },
  Parainen: {
    sv: 'Pargas',
    en: 'Pargas',
    reason: 'Varsinais-Suomi; bilingual town with a Swedish-speaking majority (about 55 % in 2013).',
  },
  Kemiönsaari: {
    sv: 'Kimitoön',
    en: 'Kimitoön',
    reason: 'Varsinais-Suomi; bilingual municipality with a Swedish-speaking majority (about 70 % in 2013).',
  },
  Siilinjärvi: {
    sv: 'Siilinjärvi',
    en: 'Siilinjärvi',
    genitive: 'Siilinjärven',
    reason: 'Pohjois-Savo; one name in every language.',
  },
  Maaninka: {
    sv: 'Maaninka',
    en: 'Maaninka',
    genitive: 'Maaningan',
    reason: 'Pohjois-Savo (joined Kuopio in 2015); one name in every language.',
  },
  Nilsiä: {
    sv: 'Nilsiä',
    en: 'Nilsiä',
    genitive: 'Nilsiän',
    reason: 'Pohjois-Savo (joined Kuopio in 2013); one name in every language.',
  },
  Hirvensalmi: { sv: 'Hirvensalmi', en: 'Hirvensalmi', reason: 'Etelä-Savo; one name in every language.' },
  Kangasniemi: { sv: 'Kangasniemi', en: 'Kangasniemi', reason: 'Etelä-Savo; one name in every language.' },
  Mikkeli: { sv: 'S:t Michel', en: 'Mikkeli', reason: 'Etelä-Savo; Swedish parallel name (Kotus).' },
  Mäntyharju: { sv: 'Mäntyharju', en: 'Mäntyharju', reason: 'Etelä-Savo; one name in every language.' },
  Pertunmaa: { sv: 'Pertunmaa', en: 'Pertunmaa', reason: 'Etelä-Savo; one name in every language.' },
  Puumala: { sv: 'Puumala', en: 'Puumala', reason: 'Etelä-Savo; one name in every language.' },
  Ristiina: {
    sv: 'Kristina',
    en: 'Ristiina',
    reason: 'Etelä-Savo (joined Mikkeli in 2013); Swedish parallel name (Kotus).',
  },
  Suomenniemi: {
    sv: 'Suomenniemi',
    en: 'Suomenniemi',
    reason: 'Etelä-Savo (joined Mikkeli in 2013); one name in every language.',
  },
  Espoo: { sv: 'Esbo', en: 'Espoo', reason: 'Bilingual city; English uses the majority-language name.' },
  Pori: { sv: 'Björneborg', en: 'Pori', reason: 'Swedish parallel name (Kotus); English uses the Finnish name.' },
  Oulu: { sv: 'Uleåborg', en: 'Oulu', reason: 'Swedish parallel name (Kotus); English uses the Finnish name.' },
  Tuusula: { sv: 'Tusby', en: 'Tuusula', reason: 'Swedish parallel name (Kotus); English uses the Finnish name.' },
  Salo: { sv: 'Salo', en: 'Salo', reason: 'One name in every language.' },
  Kainuu: { sv: 'Kajanaland', en: 'Kainuu', reason: "The region's Swedish name; English uses the Finnish name." },
  Hfors: { sv: 'Helsingfors', en: 'Helsinki', reason: "The slides' abbreviation of Helsingfors, written out." },
  Jkylä: { sv: 'Jyväskylä', en: 'Jyväskylä', reason: "The slides' abbreviation of Jyväskylä, written out." },
};

/**
 * The series and organisations previewed documents' titles name, rendered beside the Finnish as written; a series
 * renumbered or renamed in a document shows as written, marked Finnish, until its entry follows it.
 */
export const PREVIEW_NAME_TRANSLATIONS: Record<string, Translated> = {
  'STAKESIN työpapereita 9/2008': { sv: 'Stakes arbetspapper 9/2008', en: 'Stakes working papers 9/2008' },
  'Sosiaali- ja terveysministeriön selvityksiä 2008:6': {
    sv: 'Social- och hälsovårdsministeriets rapporter 2008:6',
    en: 'Reports of the Ministry of Social Affairs and Health 2008:6',
  },
  'Jyväskylän kaupungin raportit 2008': { sv: 'Jyväskylä stads rapporter 2008', en: 'City of Jyväskylä reports 2008' },
  'Terveyden ja hyvinvoinnin laitos': {
    sv: 'Institutet för hälsa och välfärd (THL)',
    en: 'Finnish Institute for Health and Welfare (THL)',
  },
  'Keski-Suomen Työpajayhdistys ry': {
    sv: 'Verkstadsföreningen i Mellersta Finland rf',
    en: 'Central Finland Workshop Association',
    reason: "The dashboard's rendering; the association has no Swedish or English name in the documents.",
  },
  'Nurmijärven kunta': { sv: 'Nurmijärvi kommun', en: 'Municipality of Nurmijärvi' },
  'Tampereen kaupunki': { sv: 'Tammerfors stad', en: 'City of Tampere' },
  'Helsingin yliopisto': { sv: 'Helsingfors universitet', en: 'University of Helsinki' },
  'Hämeen liitto': { sv: 'Tavastlands förbund', en: 'Regional Council of Häme' },
  Perusturvalautakunta: {
    sv: 'grundtrygghetsnämnden',
    en: 'the basic security board',
    reason: "A municipal board's common name; the dashboard's rendering.",
  },
  'sivistystoimenjohtajien ohjausryhmä': {
    sv: 'bildningsdirektörernas styrgrupp',
    en: 'the steering group of the education directors',
    reason: "The dashboard's rendering; no Swedish or English name in the documents.",
  },
};

const RENDERED = "The dashboard's rendering; no Swedish or English name in the documents.";
const RENDERED_SV = "The dashboard's rendering of the Swedish name; no English name in the documents.";

/**
 * Swedish (and English) names of projects, where the name is in use (`sv`, `en`: the bilingual body's own Swedish
 * name, or the Swedish its documents give), and the dashboard's rendering of the others (`rendering`): such a
 * project keeps its name as written (marked lang="fi" on a Swedish or English page) and its heading, page title and
 * dialog give the rendering beside it. `swedishPart`: the Swedish words of a mixed name, marked lang="sv". Keyed by
 * the name as the document writes it; a name in use that no project has stops the build, a rendering alone does not
 * (a renamed project shows its new name as written). The offices' names are in PHRASE_TRANSLATIONS (employers).
 */
export const PROJECT_NAMES: Record<
  string,
  { sv?: string; en?: string; rendering?: { sv?: string; en?: string }; swedishPart?: string } & Reasoned
> = {
  'Vaasan perhekeskus': {
    sv: 'Vasa familjecenter',
    rendering: { en: 'Vaasa family centre' },
    reason:
      "A project of the bilingual City of Vaasa (Vasa), which runs its family centres in both languages; familjecenter is the Finland-Swedish term for perhekeskus. English keeps the Finnish name with the dashboard's rendering: the plan gives none.",
  },
  'Hyvinvoiva Väli-Suomi (sis. Terveyden edistäminen -osahanke sekä Ikihyvä Päijät-Häme -hanke)': {
    rendering: {
      sv: 'Välmående Väli-Suomi, inkl. delprojektet Hälsofrämjande och projektet Ikihyvä Päijät-Häme',
      en: 'Wellbeing Väli-Suomi (incl. the Health Promotion subproject and the Ikihyvä Päijät-Häme project)',
    },
    reason: RENDERED,
  },
  'Sairauksien ehkäisy yhdessä perusterveydenhuollon kanssa Pirkanmaalla': {
    rendering: {
      sv: 'Förebyggande av sjukdomar tillsammans med primärvården i Birkaland',
      en: 'Disease prevention together with primary health care in Pirkanmaa',
    },
    reason: RENDERED,
  },
  'Monikulttuurisen asiakastyön ja ammattikäytäntöjen kehittäminen Pirkanmaalla, Kanta-Hämeessä ja Pohjanmaalla': {
    rendering: {
      sv: 'Utveckling av mångkulturellt klientarbete och yrkespraxis i Birkaland, Egentliga Tavastland och Österbotten',
      en: 'Developing multicultural client work and professional practice in Pirkanmaa, Kanta-Häme and Ostrobothnia',
    },
    reason: RENDERED,
  },
  'Proomu-hanke': {
    rendering: { sv: 'Proomu-projektet', en: 'Proomu project' },
    reason: RENDERED,
  },
  'Yhteinen vastuu lapsista ja nuorista Kanta-Hämeessä -lasten ja nuorten palveluiden kehittämisyksikkö': {
    rendering: {
      sv: 'Gemensamt ansvar för barn och unga i Egentliga Tavastland – utvecklingsenhet för tjänster för barn och unga',
      en: "Shared responsibility for children and young people in Kanta-Häme – development unit for children's and youth services",
    },
    reason: RENDERED,
  },
  'Sihti – nuorten vastaanottotyöryhmä': {
    rendering: { sv: 'Sihti – mottagningsteam för unga', en: 'Sihti – reception team for young people' },
    reason: RENDERED,
  },
  'Remontti - lasten ja nuorten ja lapsiperheiden palvelujen uudistaminen Pohjanmaan maakuntien alueella': {
    rendering: {
      sv: 'Remontti – förnyelse av tjänsterna för barn, unga och barnfamiljer i de österbottniska landskapen',
      en: 'Remontti – renewing services for children, young people and families with children in the Ostrobothnian regions',
    },
    reason: RENDERED,
  },
  'Ikäihmisten kulttuurikaari': {
    rendering: { sv: 'Kulturbåge för äldre', en: 'Cultural arc for older people' },
    reason: RENDERED,
  },
  'Kanta-Hämeen vanhustenhuollon kehittämisen ”sateenvarjohanke” (3 osahanketta)': {
    rendering: {
      sv: 'Paraplyprojekt för utveckling av äldreomsorgen i Egentliga Tavastland (3 delprojekt)',
      en: 'Umbrella project for developing care for older people in Kanta-Häme (3 subprojects)',
    },
    reason: RENDERED,
  },
  'Vanhuspalvelujen koordinointi Närpiössä ja yhteistoiminta-alueella: Välbefinnande och livskvalitet för alla åldersgrupper':
    {
      swedishPart: 'Välbefinnande och livskvalitet för alla åldersgrupper',
      rendering: {
        sv: 'Samordning av servicen för äldre i Närpes och samarbetsområdet',
        en: 'Coordinating services for older people in Närpes and its cooperation area: wellbeing and quality of life for all age groups',
      },
      reason: RENDERED,
    },
  'Palveluprosessien uudistaminen Päijät-Hämeessä': {
    rendering: {
      sv: 'Förnyelse av serviceprocesserna i Päijänne-Tavastland',
      en: 'Renewing service processes in Päijät-Häme',
    },
    reason: RENDERED,
  },
  'Hämeenlinnan seudun perusterveydenhuollon kuntayhtymistä perusterveydenhuollon liikelaitokseksi – kohti hallittua muutosta':
    {
      rendering: {
        sv: 'Från primärvårdssamkommuner till ett affärsverk för primärvården i Tavastehusregionen – mot en styrd förändring',
        en: "From the Hämeenlinna region's primary health care joint authorities to a primary health care municipal enterprise – towards managed change",
      },
      reason: RENDERED,
    },
  'Pitkäaikaisasunnottomuuden vähentäminen Lahdessa 2008 – 2011': {
    rendering: {
      sv: 'Minskning av långtidsbostadslösheten i Lahtis 2008–2011',
      en: 'Reducing long-term homelessness in Lahti 2008–2011',
    },
    reason: RENDERED,
  },
  'Pitkäaikaisasunnottomuuden poistaminen': {
    rendering: { sv: 'Eliminering av långtidsbostadslösheten', en: 'Ending long-term homelessness' },
    reason: RENDERED,
  },
  'Pohjanmaa-hanke': {
    rendering: { sv: 'Österbottenprojektet', en: 'Ostrobothnia project' },
    reason: RENDERED,
  },
  '”Parempaa perheelle II” Järviseudun ja Kuusiokuntien yhteishanke lapsiperheiden hyvinvoinnin edistämiseksi': {
    rendering: {
      sv: '”Bättre för familjen II”, gemensamt projekt för Järviseutu och Kuusiokunnat för att främja barnfamiljernas välfärd',
      en: '“Better for the family II”, a joint project of Järviseutu and Kuusiokunnat to promote the wellbeing of families with children',
    },
    reason: RENDERED,
  },
  'Sastamalan päihdetyön toimintamallin implementointihanke': {
    rendering: {
      sv: 'Projekt för att införa Sastamalas verksamhetsmodell för missbruksarbetet',
      en: "Project implementing Sastamala's model for substance abuse work",
    },
    reason: RENDERED,
  },
  'Seutukunnallisen päihdetyön kehittämishankkeen jatkohanke': {
    rendering: {
      sv: 'Fortsättningsprojekt till utvecklingsprojektet för regionalt missbruksarbete',
      en: 'Follow-up to the sub-regional substance abuse work development project',
    },
    reason: RENDERED,
  },
  'Mainiemen päihdetyön kehittämisyksikkö': {
    rendering: {
      sv: 'Utvecklingsenheten för missbruksarbete i Mainiemi',
      en: 'Mainiemi substance abuse work development unit',
    },
    reason: RENDERED,
  },
  'K-klinikka -huumeongelmaisten hoitomenetelmien kehittämishanke': {
    rendering: {
      sv: 'K-kliniken – utvecklingsprojekt för vårdmetoder för personer med narkotikaproblem',
      en: 'K-klinikka – development project for treatment methods for people with drug problems',
    },
    reason: RENDERED,
  },
  'Pohjanmaan maakuntien päihdetyön kehittämiskeskus/ vaihe II': {
    rendering: {
      sv: 'Utvecklingscentret för missbruksarbete i de österbottniska landskapen, fas II',
      en: 'Substance abuse work development centre of the Ostrobothnian regions, phase II',
    },
    reason: RENDERED,
  },
  'Lapsiperheiden sosiaalityön kehittämisyksikkö Päijät-Hämeessä': {
    rendering: {
      sv: 'Utvecklingsenheten för socialt arbete med barnfamiljer i Päijänne-Tavastland',
      en: 'Development unit for social work with families with children in Päijät-Häme',
    },
    reason: RENDERED,
  },
  'Etelä-Pohjanmaan lastensuojelun kehittämisyksikkö': {
    rendering: {
      sv: 'Utvecklingsenheten för barnskyddet i Södra Österbotten',
      en: 'South Ostrobothnia child welfare development unit',
    },
    reason: RENDERED,
  },
  'Remontti - lasten ja nuorten ja lapsiperheiden palvelujen uudistaminen mukaiseksi toiminnaksi osana Pohjanmaa-hanketta 2005 -2014':
    {
      rendering: {
        sv: 'Remontti – förnyelse av tjänsterna för barn, unga och barnfamiljer till en verksamhet i enlighet med […] som en del av Österbottenprojektet 2005–2014; ett ord saknas i källan',
        en: 'Remontti – renewing services for children, young people and families with children into activity in line with […] as part of the Ostrobothnia project 2005–2014; a word is missing in the source',
      },
      reason: RENDERED,
    },
  'Perhekeskusmallin jalkauttaminen ja soveltaminen Vaasan yhteistoiminta-alueella': {
    rendering: {
      sv: 'Införande och tillämpning av familjecentermodellen i Vasa samarbetsområde',
      en: 'Introducing and applying the family centre model in the Vaasa cooperation area',
    },
    reason: RENDERED,
  },
  'Varhaiskasvatuksen kehittämisyksikkö SonetBotnian pohjalaismaakuntien alueelle': {
    rendering: {
      sv: 'Utvecklingsenhet för småbarnspedagogik i de österbottniska landskapen inom SONet BOTNIA',
      en: "Early childhood education development unit for SONet BOTNIA's Ostrobothnian regions",
    },
    reason: RENDERED,
  },
  'Erittäin vaikeavammaisten lasten ja nuorten palvelujärjestelmän kehittäminen': {
    rendering: {
      sv: 'Utveckling av servicesystemet för barn och unga med mycket svåra funktionsnedsättningar',
      en: 'Developing the service system for children and young people with very severe disabilities',
    },
    reason: RENDERED,
  },
  'Neuropsykiatrisista häiriöistä kärsivien lasten (nepsy –lasten) palvelukokonaisuuden kehittäminen Tampereella': {
    rendering: {
      sv: 'Utveckling av servicehelheten för barn med neuropsykiatriska störningar i Tammerfors',
      en: 'Developing the service package for children with neuropsychiatric disorders in Tampere',
    },
    reason: RENDERED,
  },
  'Osallisuus, aktiivisuus ja kuntoutuminen (Kanta-Häme)': {
    rendering: {
      sv: 'Delaktighet, aktivitet och rehabilitering (Egentliga Tavastland)',
      en: 'Participation, activity and rehabilitation (Kanta-Häme)',
    },
    reason: RENDERED,
  },
  'Aikuissosiaalityön kehittämisyksikkö Etelä-Pohjanmaalla': {
    rendering: {
      sv: 'Utvecklingsenheten för vuxensocialarbete i Södra Österbotten',
      en: 'Adult social work development unit in South Ostrobothnia',
    },
    reason: RENDERED,
  },
  'Monikulttuurisen asiakastyön ja palvelujen hanke': {
    rendering: {
      sv: 'Projektet för mångkulturellt klientarbete och mångkulturella tjänster',
      en: 'Multicultural client work and services project',
    },
    reason: RENDERED,
  },
  'Ikäihmisten palvelujen ”sateenvarjohanke”': {
    rendering: { sv: 'Paraplyprojekt för service för äldre', en: 'Umbrella project for services for older people' },
    reason: RENDERED,
  },
  'Pohjanmaan maakuntien vanhustyön kehittämisyksikkö': {
    rendering: {
      sv: 'Utvecklingsenheten för äldrearbete i de österbottniska landskapen',
      en: 'Development unit for work with older people of the Ostrobothnian regions',
    },
    reason: RENDERED,
  },
  'Päijät-Hämeen dementiahoidon kehittämisyksikkö': {
    rendering: {
      sv: 'Utvecklingsenheten för demensvård i Päijänne-Tavastland',
      en: 'Päijät-Häme dementia care development unit',
    },
    reason: RENDERED,
  },
  'Integroitujen hyvinvointipalvelujen kehittäminen ikääntyville tukemalla henkilöstön osaamista, moniammatillista yhteistyötä, yhteisöllistä oppimista ja työhyvinvointia ("INTO”)':
    {
      rendering: {
        sv: 'Utveckling av integrerade välfärdstjänster för äldre genom stöd till personalens kompetens, mångprofessionella samarbete, gemensamma lärande och välbefinnande i arbetet (INTO)',
        en: 'Developing integrated welfare services for older people by supporting staff competence, multi-professional cooperation, shared learning and wellbeing at work (INTO)',
      },
      reason: RENDERED,
    },
  'Päijät-Hämeen keskussairaalan rooli kuntien asukkaiden palvelutarpeen toteuttajana': {
    rendering: {
      sv: 'Päijänne-Tavastlands centralsjukhus roll i att tillgodose kommuninvånarnas servicebehov',
      en: "The role of Päijät-Häme Central Hospital in meeting municipal residents' service needs",
    },
    reason: RENDERED,
  },
  'Sosiaalihuollon työvoiman saatavuuden parantaminen ja pysyvyyden varmistaminen Pirkanmaan kunnissa': {
    rendering: {
      sv: 'Bättre tillgång på personal inom socialvården och en stabilare personalstyrka i kommunerna i Birkaland',
      en: 'Improving the availability and ensuring the retention of social welfare staff in Pirkanmaa municipalities',
    },
    reason: RENDERED,
  },
  'Sosiaali- ja terveydenhuollon kehittäminen toiminnallisena kokonaisuutena muuttuvissa kuntarakenteissa': {
    rendering: {
      sv: 'Utveckling av social- och hälsovården som en funktionell helhet i föränderliga kommunstrukturer',
      en: 'Developing social and health care as a functional whole in changing municipal structures',
    },
    reason: RENDERED,
  },
  'POKEVA – Keski-Suomen ja Pohjanmaan maakuntien verkostoitunut vammaistyön kehittämisyksikkö': {
    rendering: {
      sv: 'POKEVA – nätverksbaserad utvecklingsenhet för funktionshinderarbetet i Mellersta Finland och de österbottniska landskapen',
      en: 'POKEVA – networked disability work development unit of Central Finland and the Ostrobothnian regions',
    },
    reason: RENDERED,
  },
  'DEHKON D2 / HUOMIO!': {
    rendering: { sv: 'DEHKO D2 / OBS!', en: 'DEHKO D2 / ATTENTION!' },
    reason: RENDERED,
  },
  'DEHKON D2 / Operaatio Ankkurit ylös!': {
    rendering: { sv: 'DEHKO D2 / Operation Lätta ankar!', en: 'DEHKO D2 / Operation Anchors Aweigh!' },
    reason: RENDERED,
  },
  'LasSe- Lastensuojelutarpeen selvityksen kehittäminen Väli- Suomessa-hanke': {
    rendering: {
      sv: 'LasSe – utveckling av utredningen av behovet av barnskydd i Väli-Suomi',
      en: 'LasSe – developing the assessment of the need for child welfare in Väli-Suomi',
    },
    reason: RENDERED,
  },
  'Välittäjä 2009': {
    rendering: { sv: 'Förmedlaren 2009', en: 'Mediator 2009' },
    reason: RENDERED,
  },
  'Utvecklande av regional närservice inom rusmedelsvård för kommunerna Korsholm, Oravais och Vörå-Maxmo': {
    rendering: {
      en: 'Developing regional local services in substance abuse care for the municipalities of Korsholm, Oravais and Vörå-Maxmo',
    },
    reason: RENDERED_SV,
  },
  'Österbottens utvecklingsenhet inom barnskyddet': {
    rendering: { en: "Ostrobothnia's child welfare development unit" },
    reason: RENDERED_SV,
  },
  'Äldrecentrum Österbotten – utvecklingsenhet inom äldreomsorgen i Österbotten': {
    rendering: { en: 'Äldrecentrum Österbotten – development unit in care for older people in Ostrobothnia' },
    reason: RENDERED_SV,
  },
};

/**
 * Municipalities among the administrators that were towns (kaupunki, stad) in 2008–2009, by their Finnish name: a
 * page calls such an administrator a city (stad, kaupunki), the data's type stays municipality. A fact about the
 * municipality, not the documents: a town no document names as an administrator is simply not used.
 */
export const TOWNS: { names: string[] } & Reasoned = {
  names: [
    'Forssa',
    'Hämeenlinna',
    'Heinola',
    'Kauhajoki',
    'Kokkola',
    'Lahti',
    'Närpiö',
    'Pietarsaari',
    'Riihimäki',
    'Seinäjoki',
    'Tampere',
    'Vaasa',
  ],
  reason:
    'Town status as the municipalities had it in 2008–2009 (Kauhajoki a town since 2002, Närpiö since 1993); Mustasaari and Nastola were not towns.',
};

/**
 * Administrator spellings that mean a municipality as an organisation (an office or the city by its genitive); an
 * office's name has its rendering, which a Swedish or English page gives beside the Finnish as written.
 */
export const MUNICIPALITY_ALIASES: Record<string, { municipality: string; sv?: string; en?: string } & Reasoned> = {
  'Vaasan sosiaali- ja terveysvirasto': {
    municipality: 'Vaasa',
    sv: 'Vasa stads social- och hälsovårdsverk',
    en: 'City of Vaasa Social and Health Care Department',
    reason:
      'The social and health office of the City of Vaasa runs the family centre project (contacts of the plan); the bilingual city names its office in Swedish social- och hälsovårdsverket.',
  },
  'Tampereen kaupunki': { municipality: 'Tampere', reason: '"Tampereen kaupunki" is the City of Tampere.' },
};

/** Written forms of municipality names the name matcher cannot read by itself. */
export const MUNICIPALITY_VARIANTS: Record<string, { name: string; kind: 'inflection' | 'typo' } & Reasoned> = {
  Isonkyrön: {
    name: 'Isokyrö',
    kind: 'inflection',
    reason:
      'Genitive of the compound Iso+kyrö inflects both parts (Ison+kyrön), so it shares only "Iso" with the name.',
  },
  'Iso joki': {
    name: 'Isojoki',
    kind: 'typo',
    reason: 'The transcript split the name; the same document writes "Isojoen" in the list of participants.',
  },
  Myrkylä: {
    name: 'Myrskylä',
    kind: 'typo',
    reason: 'Typo in the cooperation-area matrix; the list of participants writes "Myrskylän".',
  },
};

/** Largest amounts the plans can plausibly state; anything above is a transcription error (an extra group of digits). */
export const PLAUSIBLE_AMOUNT_EUR: { row: number; total: number } & Reasoned = {
  row: 20_000_000,
  total: 200_000_000,
  reason:
    'The whole 2008 plan of 14 projects states 9 528 150 €, its largest row 3 000 000 €; KASTE state grants to one regional project were a few million euros. Ten times the total is far above any real row, and a hundred million far above any regional plan.',
};

/** Places where the transcript of a matrix lost a list separator. */
export const MATRIX_SEPARATOR_FIXES: Array<{ document: DocumentId; after: string; before: string } & Reasoned> = [
  {
    document: 'lasse-plan',
    after: 'Kristiinankaupunki',
    before: 'Maalahti',
    reason:
      'The Rannikko-Pohjanmaa joint authority had four members, Korsnäs, Kristiinankaupunki, Maalahti and Närpiö; the comma after Kristiinankaupunki was lost in the PDF transcript, which would otherwise leave Maalahti and Närpiö outside it.',
  },
];

/**
 * Compound-ellipsis hyphens the PDF transcripts lost at a line end of the original, gluing the first part to the
 * conjunction ("hyvinvointi-⏎ja" → "hyvinvointija"). Parted again by scripts/lib/hyphens.ts, each with a quality
 * note. Only words that reach the data are listed; others (see the reason) are left as the transcript writes them.
 */
export const LOST_HYPHENS: Array<{ document: DocumentId; line: number; written: string } & Reasoned> = [
  {
    document: 'stm-presentation',
    line: 16,
    written: 'hyvinvointija',
    reason:
      'Slide 4 names the KASTE goal "Hyvinvointi ja terveys lisääntyvät, hyvinvointi- ja terveyserot kaventuvat" (welfare and health differences narrow); "hyvinvointija" is no Finnish word (the plural partitive of hyvinvointi is "hyvinvointeja"). The same transcripts also glue "Vanhempainryhmäja vertaistoiminta" (stm-presentation line 40) and "huoltoja tapaamisriidat" (lasse-plan line 51), which no parser reads.',
  },
];

/**
 * Provinces: translations and statistical codes. The competence centre of a province comes from the LasSe plan's
 * list of participants ("… tukee sosiaalialan osaamiskeskus X."); `competenceCentre` here is only for a province
 * that list does not cover, and the build fails if the plan comes to state one for it.
 */
export const PROVINCES: Record<
  string,
  {
    id: string;
    code: string;
    sv: string;
    en: string;
    core: boolean;
    competenceCentre?: string;
    /** The lines that show the curated centre at work in the province, each written whole on its own line. */
    competenceCentreLines?: { document: DocumentId; lines: string[] };
  } & Reasoned
> = {
  'Etelä-Pohjanmaa': {
    id: 'etela-pohjanmaa',
    code: '14',
    sv: 'Södra Österbotten',
    en: 'South Ostrobothnia',
    core: true,
    reason: 'Statistical code of the province.',
  },
  Pohjanmaa: {
    id: 'pohjanmaa',
    code: '15',
    sv: 'Österbotten',
    en: 'Ostrobothnia',
    core: true,
    reason: 'Statistical code of the province.',
  },
  'Keski-Pohjanmaa': {
    id: 'keski-pohjanmaa',
    code: '16',
    sv: 'Mellersta Österbotten',
    en: 'Central Ostrobothnia',
    core: true,
    competenceCentre: 'SONet BOTNIA',
    competenceCentreLines: { document: 'pohjanmaa-report-2005-2006', lines: ['Keski-Pohjanmaa', 'Kokkolan kaupunki'] },
    reason:
      'Competence centre: not in LasSe. SONet BOTNIA serves all three Ostrobothnian provinces (activity report: Kokkola office, lines 107–120).',
  },
  Pirkanmaa: {
    id: 'pirkanmaa',
    code: '06',
    sv: 'Birkaland',
    en: 'Pirkanmaa',
    core: true,
    reason: 'Statistical code of the province.',
  },
  'Kanta-Häme': {
    id: 'kanta-hame',
    code: '05',
    sv: 'Egentliga Tavastland',
    en: 'Kanta-Häme',
    core: true,
    reason: 'Statistical code of the province.',
  },
  'Päijät-Häme': {
    id: 'paijat-hame',
    code: '07',
    sv: 'Päijänne-Tavastland',
    en: 'Päijät-Häme',
    core: true,
    reason: 'Statistical code of the province.',
  },
  Kymenlaakso: {
    id: 'kymenlaakso',
    code: '08',
    sv: 'Kymmenedalen',
    en: 'Kymenlaakso',
    core: false,
    reason: 'Home province of Iitti, which LasSe lists under Päijät-Häme.',
  },
  'Keski-Suomi': {
    id: 'keski-suomi',
    code: '13',
    sv: 'Mellersta Finland',
    en: 'Central Finland',
    core: false,
    reason:
      'Outside Väli-Suomi, but the 2009 row POKEVA names it in its title ("Keski-Suomen ja Pohjanmaan maakuntien", line 283); no municipality of it is in the documents.',
  },
  Uusimaa: {
    id: 'uusimaa',
    code: '01',
    sv: 'Nyland',
    en: 'Uusimaa',
    core: false,
    reason: 'Home province of Myrskylä and Pukkila, which LasSe lists under Päijät-Häme.',
  },
};

/** Provinces a project name refers to as a group rather than by a province name. */
export const PROVINCE_GROUPS: Record<string, { provinces: string[] } & Reasoned> = {
  'pohjanmaan maakuntien': {
    provinces: ['Etelä-Pohjanmaa', 'Pohjanmaa', 'Keski-Pohjanmaa'],
    reason: '"The Ostrobothnian provinces" are the three provinces named Pohjanmaa.',
  },
  pohjalaismaakuntien: {
    provinces: ['Etelä-Pohjanmaa', 'Pohjanmaa', 'Keski-Pohjanmaa'],
    reason: 'Same group, other word.',
  },
  österbotten: {
    provinces: ['Pohjanmaa'],
    reason:
      'Swedish name of Pohjanmaa; the projects naming it are administered from Korsholm and Jakobstad in that province.',
  },
};

/** Theme translations and mappings, keyed by scheme and the Finnish name exactly as the source writes it. */
export const THEMES: Record<
  string,
  Record<
    string,
    {
      sv: string;
      en: string;
      national?: string[];
      nationalReason?: string;
      /**
       * A national theme of `national` that only some of the theme's projects work in: those whose name contains the
       * given word stem (lower case); nationalReason says why.
       */
      nationalOnlyFor?: Record<string, string>;
      predecessors?: string[];
      predecessorReason?: string;
    }
  >
> = {
  national: {
    'Lasten, nuorten ja perheiden palvelut': {
      sv: 'Tjänster för barn, unga och familjer',
      en: 'Services for children, young people and families',
    },
    'Hyvinvoinnin ja terveyden edistämisen rakenteet': {
      sv: 'Strukturer för främjande av välfärd och hälsa',
      en: 'Structures for promoting wellbeing and health',
    },
    'Sosiaali- ja terveyspalvelujen henkilöstö': {
      sv: 'Personalen inom social- och hälsovården',
      en: 'Social and health care personnel',
    },
    'Perusterveydenhuollon vahvistaminen': { sv: 'Stärkande av primärvården', en: 'Strengthening primary health care' },
    'Osallisuuden lisääminen ja syrjäytymisen ehkäisy': {
      sv: 'Ökad delaktighet och förebyggande av utslagning',
      en: 'Increasing inclusion and preventing social exclusion',
    },
    'Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit': {
      sv: 'Servicestruktur och processer inom social- och hälsovården',
      en: 'Service structure and processes in social and health care',
    },
    Pitkäaikaisasunnottomuus: { sv: 'Långtidsbostadslöshet', en: 'Long-term homelessness' },
  },
  'plan-2008': {
    'Hyvinvoinnin ja terveyden edistäminen': {
      sv: 'Främjande av välfärd och hälsa',
      en: 'Promoting wellbeing and health',
      national: ['Hyvinvoinnin ja terveyden edistämisen rakenteet'],
      nationalReason:
        'National theme 2 in other words (it speaks of structures for promoting wellbeing and health); its rows (Wellbeing Väli-Suomi, disease prevention with primary care) build health-promotion structures.',
    },
    'Lasten, nuorten ja perheiden palvelut': {
      sv: 'Tjänster för barn, unga och familjer',
      en: 'Services for children, young people and families',
      national: ['Lasten, nuorten ja perheiden palvelut'],
      nationalReason: 'Identical to national theme 1.',
    },
    'Ikääntyvien palvelut': {
      sv: 'Tjänster för äldre',
      en: 'Services for older people',
      national: ['Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit'],
      nationalReason:
        'The national programme has no theme of its own for older people; its rows (coordination, umbrella projects) reorganise services, theme 6.',
    },
    'Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen': {
      sv: 'Utveckling av servicestrukturer samt vård- och serviceprocesser',
      en: 'Developing service structures and care and service processes',
      national: ['Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit', 'Pitkäaikaisasunnottomuus'],
      nationalReason:
        'National theme 6 in other words (service structure and processes); two of its rows (Lahti, Tampere) are about long-term homelessness, national theme 7.',
      // Lahti's and Tampere's titles name homelessness ("Pitkäaikaisasunnottomuuden vähentäminen…", "…poistaminen");
      // the stem takes every form of asunnoton/asunnottomuus (asunnottomien, asunnottomat), not only the one written.
      nationalOnlyFor: { Pitkäaikaisasunnottomuus: 'asunnot' },
    },
  },
  'plan-2009': {
    'Mielenterveys- ja päihdetyö': {
      sv: 'Mentalvårds- och missbruksarbete',
      en: 'Mental health and substance abuse work',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy', 'Perusterveydenhuollon vahvistaminen'],
      nationalReason:
        'Mental health and substance abuse work sits under inclusion and preventing exclusion in Kaste, and several rows (clinics, regional units) strengthen basic-level care.',
      predecessors: [],
      predecessorReason: 'New in 2009: none of the four 2008 areas covered mental health or substance abuse work.',
    },
    'Lasten ja perheiden palvelut': {
      sv: 'Tjänster för barn och familjer',
      en: 'Services for children and families',
      national: ['Lasten, nuorten ja perheiden palvelut'],
      nationalReason: 'National theme 1.',
      predecessors: ['Lasten, nuorten ja perheiden palvelut'],
      predecessorReason:
        'Continues the 2008 area under a shorter name (young people dropped from the title); Remontti continues into it.',
    },
    Maahanmuuttajatyö: {
      sv: 'Arbete med invandrare',
      en: 'Work with immigrants',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy'],
      nationalReason: 'Integration work is about inclusion and preventing exclusion.',
      predecessors: [],
      predecessorReason:
        'New as a theme in 2009. Its one project continues a 2008 multicultural project that the 2008 plan filed under health promotion, shown as a project link rather than a theme link.',
    },
    Aikuissosiaalityö: {
      sv: 'Vuxensocialarbete',
      en: 'Adult social work',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy'],
      nationalReason: 'Adult social work targets exclusion and participation.',
      predecessors: [],
      predecessorReason: 'New in 2009: no 2008 area or row covered adult social work.',
    },
    'Ikääntyvien palvelut': {
      sv: 'Tjänster för äldre',
      en: 'Services for older people',
      national: ['Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit'],
      nationalReason: 'As the 2008 area of the same name.',
      predecessors: ['Ikääntyvien palvelut'],
      predecessorReason: 'Same name in both years.',
    },
    'Palvelurakenteen kehittäminen': {
      sv: 'Utveckling av servicestrukturen',
      en: 'Developing the service structure',
      national: [
        'Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit',
        'Sosiaali- ja terveyspalvelujen henkilöstö',
      ],
      nationalReason: 'National theme 6; one row is about the availability of social-care staff (theme 3).',
      predecessors: ['Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen'],
      predecessorReason: 'Renamed continuation of the 2008 service-structure area (processes dropped from the title).',
    },
  },
  'pohjanmaa-2005-2006': {
    'Lastensuojelu ja varhainen puuttuminen': {
      sv: 'Barnskydd och tidigt ingripande',
      en: 'Child welfare and early intervention',
      national: ['Lasten, nuorten ja perheiden palvelut'],
      nationalReason: 'Child welfare is part of services for children and families.',
    },
    Maahanmuuttajasosiaalityö: {
      sv: 'Socialt arbete med invandrare',
      en: 'Social work with immigrants',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy'],
      nationalReason: 'As the 2009 immigrant-work theme.',
    },
    Järjestötyö: {
      sv: 'Arbete med organisationer (tredje sektorn)',
      en: 'Work with NGOs',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy'],
      nationalReason: 'The report frames NGO work as involving citizens and civil society in services.',
    },
    Vammaispalvelut: {
      sv: 'Handikappservice',
      en: 'Disability services',
      national: ['Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit'],
      nationalReason:
        'The report describes modelling service processes and joint-authority structures for disability services.',
    },
    'Osaava henkilöstö ja työn organisointi': {
      sv: 'Kompetent personal och arbetsorganisering',
      en: 'Competent staff and organisation of work',
      national: ['Sosiaali- ja terveyspalvelujen henkilöstö'],
      nationalReason: 'National theme 3 (personnel).',
    },
  },
};

/** Which project continues which, where the text says so only in prose or by a shared name. */
export const CONTINUATIONS: Array<
  {
    successor: { planYear: number | null; nameStartsWith: string };
    predecessor: { planYear: number | null; nameStartsWith: string };
    /** The successor is the same project extended, so it also works in its predecessor's provinces. */
    provincesCarryOver: boolean;
  } & Reasoned
> = [
  {
    successor: { planYear: 2009, nameStartsWith: 'Remontti' },
    predecessor: { planYear: 2008, nameStartsWith: 'Remontti' },
    provincesCarryOver: true,
    reason: 'Same project name in both plans; the 2009 row extends it as part of the Pohjanmaa project 2005–2014.',
  },
  {
    successor: { planYear: 2009, nameStartsWith: 'Monikulttuurisen asiakastyön ja palvelujen' },
    predecessor: { planYear: 2008, nameStartsWith: 'Monikulttuurisen asiakastyön ja ammattikäytäntöjen' },
    provincesCarryOver: false,
    reason: 'Same administrators (Tampere and Vaasa) and subject, multicultural client work, in consecutive years.',
  },
  {
    successor: { planYear: 2009, nameStartsWith: 'Ikäihmisten palvelujen ”sateenvarjohanke”' },
    predecessor: { planYear: 2008, nameStartsWith: 'Kanta-Hämeen vanhustenhuollon' },
    provincesCarryOver: false,
    reason:
      'Both are the Hämeenlinna-led "umbrella project" (sateenvarjohanke) for older people\'s services in Kanta-Häme.',
  },
  {
    successor: { planYear: 2009, nameStartsWith: 'Perhekeskusmallin jalkauttaminen' },
    predecessor: { planYear: null, nameStartsWith: 'Vaasan perhekeskus' },
    provincesCarryOver: false,
    reason:
      'Liite 2 of the minutes (line 314–316): Vaasa built the family centre in 2007–2009 and the follow-up project ("jatkohanke") spreads the model to the Vaasa cooperation area.',
  },
];

/**
 * The first words of each bullet on the ministry's slide 6 (grant decisions and applications): the transcript
 * flattened the bullets into one line, and the titles contain capitalised place names, so the bullet breaks
 * cannot be found from capitals alone.
 */
export const REGIONAL_PROJECT_STARTS: Array<{ startsWith: string; region?: string } & Reasoned> = [
  { startsWith: 'Lasten ja perheiden palvelujen kehittäminen', reason: 'First bullet after "Valtionavustuspäätös".' },
  {
    startsWith: 'Remontti -',
    reason: 'Bullet naming Varsinais-Suomi and Satakunta; slide 8 calls it "Länsi-Suomen Remontti".',
  },
  { startsWith: 'Tukeva -', reason: 'Bullet ending "Pohjois-Suomessa".' },
  { startsWith: 'Etelä-Suomen Lapsen ääni', reason: 'First bullet after "Valtionavustushakemus".' },
  { startsWith: 'Väli-Suomen lasten', reason: "Väli-Suomi's own child-and-family project (slide 13 describes it)." },
  {
    startsWith: 'Selevä paletti',
    region: 'Väli-Suomi',
    reason:
      'The slides name no region for it; Suupohja (Kauhajoki, Teuva, Isojoki, Karijoki) is in Etelä-Pohjanmaa, a Väli-Suomi province (the LasSe plan lists these municipalities under Etelä-Pohjanmaa, line 19).',
  },
  { startsWith: 'Pohjois-Suomen moninaiset', reason: 'Last bullet; its region is in its title.' },
];

/**
 * Development units the 2005–2006 activity report planned and the 2009 plan rows that carry them on. The report
 * names each unit by its field, the plan by a title (one in Swedish), so the match is a judgement.
 */
export const REPORT_UNITS: Array<{ phrase: string; project: { planYear: 2009; nameStartsWith: string } } & Reasoned> = [
  {
    phrase: 'kaksikielistä lastensuojelun kehittämisyksikköä',
    project: { planYear: 2009, nameStartsWith: 'Österbottens utvecklingsenhet inom barnskyddet' },
    reason:
      'The report plans a bilingual child-protection development unit for the province of Pohjanmaa (line 25); the 2009 row is the child-protection development unit of Österbotten (Pohjanmaa in Swedish), administered from Jakobstad.',
  },
  {
    phrase: 'varhaiskasvatuksen kehittämisyksikköä',
    project: { planYear: 2009, nameStartsWith: 'Varhaiskasvatuksen kehittämisyksikkö' },
    reason:
      "Same field and scope: the report's developer group prepared an early-education unit for the area (line 63); the 2009 row is that unit for the Ostrobothnian provinces.",
  },
  {
    phrase: 'yhteisen vanhustyön kehittämisyksikön',
    project: { planYear: 2009, nameStartsWith: 'Pohjanmaan maakuntien vanhustyön kehittämisyksikkö' },
    reason:
      'The report plans a joint elderly-care unit of the three provinces (line 75); the 2009 row is the elderly-care unit of the Ostrobothnian provinces.',
  },
  {
    phrase: 'laajempaa vammaistyön kehittämisyksikköä',
    project: { planYear: 2009, nameStartsWith: 'POKEVA' },
    reason:
      'The report says Eskoo administers a disability-work unit networked between Keski-Suomi and the Ostrobothnian provinces (line 85); POKEVA is that unit by name, administered by Eskoo.',
  },
];

/**
 * How the compiled data is published (datapackage.json). `compiled` is the date this compilation was last revised;
 * it is set here, not taken from the clock, so that rebuilding the same documents gives the same files (the drift
 * test). Change it with any release that changes the published data; the package's `version` (a hash of the
 * files) changes by itself.
 */
export const PUBLICATION = {
  compiled: '2026-12-03',
  licence: {
    name: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
  reason:
    'The compiled tables are facts (names, numbers, dates, line references) drawn from public documents of Finnish public bodies; CC BY 4.0 is the licence Finnish open-data practice recommends, and attribution keeps the source documents named.',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Liite 2 of the minutes: the 2009 plan rows a section describes without naming them (issue 30). A row whose entry
// stands inside a section (PERHEHANKKEET's two projects) is found by its line; these are the ones the section only
// describes. The build fails when a row here is no longer in the 2009 table.
// ---------------------------------------------------------------------------------------------------------------

export const APPENDIX2_SECTION_ROWS: Record<string, Array<{ nameStartsWith: string } & Reasoned>> = {
  LASTENSUOJELU: [
    {
      nameStartsWith: 'Etelä-Pohjanmaan lastensuojelun kehittämisyksikkö',
      reason:
        'The section says Etelä-Pohjanmaa still needs a child-protection development project (line 301); the 2009 table has it under this name.',
    },
    {
      nameStartsWith: 'Österbottens utvecklingsenhet inom barnskyddet',
      reason:
        'The section says Pohjanmaa still needs a bilingual child-protection development project (line 301); this Swedish-named 2009 row is the child-protection development unit of Pohjanmaa (Österbotten).',
    },
  ],
  VARHAISKASVATUS: [
    {
      nameStartsWith: 'Varhaiskasvatuksen kehittämisyksikkö',
      reason:
        'The section describes one early-childhood development project for the Ostrobothnian provinces (lines 305–307); the 2009 row is the early-childhood development unit for those provinces.',
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Translations of data phrases (issue 20: Swedish equal in the details). Keyed by the Finnish text exactly as the
// build reads it; the build adds each as an additive field beside the Finnish (`translation`, `roleTranslation`,
// `titleTranslation`, …) and the app shows it on Swedish and English pages. A phrase with no entry here stays
// Finnish there, marked lang="fi". `reason` is given where a rendering is a judgement rather than a plain
// translation (a proper name kept, a term chosen).
// ---------------------------------------------------------------------------------------------------------------

type Translated = { sv: string; en: string; reason?: string };

/** Goals, target groups, methods, results, phase labels and tasks, staff roles, employers, financing, decisions. */
export const PHRASE_TRANSLATIONS: Record<string, Translated> = {
  // Vaasa family centre plan: how much of their time the city's own staff work in the centre (line 44)
  'osa-aikaisesti': { sv: 'på deltid', en: 'part-time' },
  // Vaasa family centre plan: the districts of its open day-care centres
  Ristinummi: {
    sv: 'Ristinummi',
    en: 'Ristinummi',
    reason: 'The Vaasa district has one name in Finnish and Swedish; a name, not Finnish text to mark.',
  },
  Pikassos: { sv: 'Pikassos', en: 'Pikassos', reason: 'A competence centre named alike in every language.' },
  'SONet BOTNIA': {
    sv: 'SONet BOTNIA',
    en: 'SONet BOTNIA',
    reason: 'The bilingual competence centre is named alike in every language.',
  },
  Verso: { sv: 'Verso', en: 'Verso', reason: 'A competence centre named alike in every language.' },
  Huutoniemi: {
    sv: 'Roparnäs',
    en: 'Huutoniemi',
    reason: 'The Vaasa district is Roparnäs in Swedish; English uses the majority-language (Finnish) name.',
  },
  Gustavborg: {
    sv: 'Gustavborg',
    en: 'Gustavborg',
    reason: 'The plan already writes the day-care centre by its Swedish name, so it is not Finnish text.',
  },
  // LasSe plan: the competence centres that employ its staff and carry its costs
  ...Object.fromEntries(
    ['Pikassos', 'SONet BOTNIA', 'Verso'].map((name) => [
      name,
      {
        sv: name,
        en: name,
        reason:
          'A regional competence centre whose name is the same in Finnish, Swedish and English (the filters and glossary write it so), so it is not Finnish text.',
      },
    ]),
  ),
  // Vaasa family centre plan: goals
  'Luoda pysyvä perhepalveluverkosto yhdessä perheiden, terveydenhuollon, varhaiskasvatuksen, koulun, nuoriso- ja vapaa-ajan, sosiaalityön, seurakunnan ja vapaaehtoisjärjestöjen kanssa':
    {
      sv: 'Skapa ett bestående nätverk av familjetjänster tillsammans med familjerna, hälsovården, småbarnspedagogiken, skolan, ungdoms- och fritidsverksamheten, det sociala arbetet, församlingen och frivilligorganisationerna',
      en: 'Create a lasting network of family services together with families, health care, early childhood education, school, youth and leisure services, social work, the parish and voluntary organisations',
    },
  'Kehittää moniammatillinen yhteistyöverkosto ja toimintamalli perheiden tukemiseksi': {
    sv: 'Utveckla ett mångprofessionellt samarbetsnätverk och en verksamhetsmodell för att stödja familjer',
    en: 'Develop a multi-professional cooperation network and an operating model for supporting families',
  },
  'Tarjota lapsiperheille tukea 0-18 ikävuoteen lasten kasvatuksessa ja parisuhteen hoidossa, perheiden hyvinvoinnin tukemisessa ja lisäämisessä':
    {
      sv: 'Erbjuda barnfamiljer med barn i åldern 0–18 år stöd i barnuppfostran och i vården av parrelationen samt i att stödja och öka familjernas välbefinnande',
      en: "Offer families with children aged 0–18 support in bringing up children and in caring for the couple's relationship, and in supporting and increasing the families' wellbeing",
    },
  // target group
  'lapsiperheille tukea 0-18 ikävuoteen': {
    sv: 'stöd till barnfamiljer med barn i åldern 0–18 år',
    en: 'support for families with children aged 0–18',
  },
  // methods
  'Avoimien päiväkotien (Ristinummi, Huutoniemi, Gustavborg), mahdollisesti Setlementin Vestiksen, Kotirannan työväentalon / suunniteltu Metsäkallion päiväkodin, Setlementin Palosaaren toimitilojen, alueiden koulujen ja nuorisotilojen ympärille rakennetaan perhepalveluverkostot yhteistyössä eri ammattiryhmien kanssa':
    {
      sv: 'Kring de öppna daghemmen (Ristinummi, Roparnäs, Gustavborg), eventuellt Settlementets Vestis, Kotiranta arbetarhus / det planerade daghemmet i Metsäkallio, Settlementets lokaler i Brändö samt områdenas skolor och ungdomslokaler byggs nätverk av familjetjänster upp i samarbete med olika yrkesgrupper',
      en: "Family service networks are built, together with different professional groups, around the open day-care centres (Ristinummi, Huutoniemi, Gustavborg), possibly the Settlement's Vestis, the Kotiranta workers' hall / the planned Metsäkallio day-care centre, the Settlement's premises in Palosaari, and the areas' schools and youth premises",
      reason:
        'Places keep the names the plan writes; Palosaari is the Vaasa district whose Swedish name is Brändö, the others are used in Finnish in both languages or have no established Swedish name.',
    },
  'Vertaistuesta haetaan apua vanhempana jaksamiseen ja arjen sujumiseen perustamalla erilaisia perheiden tarpeisiin perustuvia vertaisryhmiä':
    {
      sv: 'Genom att grunda olika kamratstödsgrupper utifrån familjernas behov söks stöd för föräldrarnas ork och för en fungerande vardag',
      en: "Peer support is sought to help parents cope and everyday life run smoothly, by setting up peer groups based on families' needs",
    },
  'Perheitä tuetaan ja autetaan ennaltaehkäiseviä työmenetelmiä ja vertaistukea korostaen moniammatillisesti': {
    sv: 'Familjerna stöds och hjälps mångprofessionellt med betoning på förebyggande arbetsmetoder och kamratstöd',
    en: 'Families are supported and helped multi-professionally, with emphasis on preventive working methods and peer support',
  },
  'Selvitetään ennaltaehkäisevän sosiaalityön sisältöä ja keinoja': {
    sv: 'Innehållet i och metoderna för förebyggande socialt arbete utreds',
    en: 'The content and means of preventive social work are examined',
  },
  'Laajennetaan eri alueille Pikku-Sagassa kokeiltua lapsiperhetiimien moniammatillista ja asiakaslähtöistä toimintamallia':
    {
      sv: 'Den mångprofessionella och klientorienterade verksamhetsmodellen med team för barnfamiljer som prövades i projektet Pikku Saga utvidgas till olika områden',
      en: 'The multi-professional, client-centred model of family teams piloted in the Pikku Saga project is extended to other areas',
    },
  'Luodaan ”nettiversio” perhepalveluverkostosta ja annetaan perheille informaatiota perheiden palveluista': {
    sv: 'En ”nätversion” av nätverket av familjetjänster skapas och familjerna får information om tjänsterna för familjer',
    en: 'An “online version” of the family service network is created and families are given information on family services',
  },
  // results
  'Toimiva perhekeskusmalli': { sv: 'En fungerande familjecentermodell', en: 'A working family centre model' },
  'Suunnitelmallinen moniammatillinen verkostotyö': {
    sv: 'Planmässigt mångprofessionellt nätverksarbete',
    en: 'Planned multi-professional network work',
  },
  'Vakiintumassa olevat perhettä tukevat työskentelymallit': {
    sv: 'Alltmer etablerade arbetsmodeller till stöd för familjen',
    en: 'Working models supporting families, becoming established',
  },
  'Vakiintumassa oleva moniammatillisen yhteistyön arviointi': {
    sv: 'En alltmer etablerad utvärdering av det mångprofessionella samarbetet',
    en: 'An evaluation of multi-professional cooperation, becoming established',
  },
  // phase tasks 9–12/2007
  'Projektikoordinaattorin valinta ja toiminnan käynnistäminen': {
    sv: 'Val av projektkoordinator och start av verksamheten',
    en: 'Selecting the project coordinator and starting the work',
  },
  'Työkokous kumppaneiden kanssa': { sv: 'Arbetsmöte med partnerna', en: 'Working meeting with the partners' },
  'Kumppanuussopimusten solmiminen hankkeeseen osallistuvien toimijoiden kanssa': {
    sv: 'Partnerskapsavtal med de aktörer som deltar i projektet',
    en: 'Partnership agreements with the actors taking part in the project',
  },
  'Moniammatillisen työryhmine kokoonpanon suunnittelu': {
    sv: 'Planering av sammansättningen av de mångprofessionella arbetsgrupperna',
    en: 'Planning the make-up of the multi-professional working groups',
    reason: '"työryhmine" is a typo in the plan; read as the plural genitive "työryhmien".',
  },
  'Toimijoiden hankkeeseen sitoutumisen varmistaminen': {
    sv: 'Säkerställande av att aktörerna förbinder sig till projektet',
    en: "Securing the actors' commitment to the project",
  },
  'Osaamisalueiden kartoittaminen ja alustavasta työnjaosta sopiminen': {
    sv: 'Kartläggning av kompetensområden och överenskommelse om en preliminär arbetsfördelning',
    en: 'Mapping areas of expertise and agreeing on a preliminary division of work',
  },
  'Perhekeskusten henkilöstöresurssien kartoittaminen ja mitoittaminen': {
    sv: 'Kartläggning och dimensionering av familjecentrens personalresurser',
    en: "Mapping and dimensioning the family centres' staff resources",
  },
  'Perhekeskusten sijoituspaikkojen selvittäminen alkuun': {
    sv: 'En första utredning av var familjecentren ska placeras',
    en: 'A first study of where to place the family centres',
  },
  'Projektisuunnitelman ja hankeaikataulun tarkentaminen': {
    sv: 'Precisering av projektplanen och projektets tidsplan',
    en: 'Refining the project plan and schedule',
  },
  'Hyvien käytäntöjen käyttöönotto, suunnittelu ja kehittäminen': {
    sv: 'Ibruktagande, planering och utveckling av god praxis',
    en: 'Introducing, planning and developing good practices',
  },
  // 2008
  'Perhekeskusten toiminnan käynnistäminen pilottialueella': {
    sv: 'Start av familjecentrens verksamhet i pilotområdet',
    en: "Starting the family centres' work in the pilot area",
  },
  'Vertaisryhmätoiminnan käynnistäminen': {
    sv: 'Start av kamratstödsgruppernas verksamhet',
    en: 'Starting peer group activities',
  },
  'Moniammatillisten työryhmien toiminnan käynnistäminen ja toimijoiden vastuutus': {
    sv: 'Start av de mångprofessionella arbetsgruppernas verksamhet och fördelning av ansvaret mellan aktörerna',
    en: 'Starting the multi-professional working groups and assigning responsibilities to the actors',
  },
  'Yhteisen kumppanuuskulttuurin muotoutumisen tukeminen': {
    sv: 'Stöd för framväxten av en gemensam partnerskapskultur',
    en: 'Supporting the formation of a shared partnership culture',
  },
  'Ennaltaehkäisevien työmenetelmien kehittäminen': {
    sv: 'Utveckling av förebyggande arbetsmetoder',
    en: 'Developing preventive working methods',
  },
  'Perheiden kohtaamisen rajapintojen selvittäminen ja mallintaminen': {
    sv: 'Utredning och modellering av gränsytorna i mötet med familjerna',
    en: 'Examining and modelling the interfaces where families are met',
  },
  'Työnohjaus ja konsultaatio': { sv: 'Arbetshandledning och konsultation', en: 'Work supervision and consultation' },
  'Web –sivujen tekeminen ja tietojen koonti': {
    sv: 'Webbsidor och sammanställning av information',
    en: 'Making web pages and compiling information',
  },
  'Moniammatillisuuden vahvistaminen tätä tukevalla koulutuksella': {
    sv: 'Stärkande av det mångprofessionella arbetet genom utbildning som stöder det',
    en: 'Strengthening multi-professional work with training that supports it',
  },
  'Uusien toimintamallien kehittäminen alkuun': {
    sv: 'Inledande utveckling av nya verksamhetsmodeller',
    en: 'Starting to develop new operating models',
  },
  'Tiedotuksen kehittäminen': { sv: 'Utveckling av informationsverksamheten', en: 'Developing communication' },
  'Seuranta, arviointi ja väliraportit': {
    sv: 'Uppföljning, utvärdering och mellanrapporter',
    en: 'Monitoring, evaluation and interim reports',
  },
  // 2009
  'Hyvien ja toimiviksi todettujen toimintatapojen vakiinnuttaminen': {
    sv: 'Etablering av goda arbetssätt som visat sig fungera',
    en: 'Establishing good practices found to work',
  },
  'Työnjaon ja roolien edelleen selkiyttäminen': {
    sv: 'Fortsatt förtydligande av arbetsfördelningen och rollerna',
    en: 'Further clarifying the division of work and the roles',
  },
  'Perhekeskuksessa tarvittavan osaaminen syventäminen': {
    sv: 'Fördjupning av den kompetens som behövs i familjecentret',
    en: 'Deepening the expertise the family centre needs',
  },
  'Työvoimaresurssin oikea mitoitus': {
    sv: 'Rätt dimensionering av personalresurserna',
    en: 'Right dimensioning of the staff resources',
  },
  // staff roles and employers
  hankekoordinaattori: { sv: 'projektkoordinator', en: 'project coordinator' },
  terveydenhoitaja: { sv: 'hälsovårdare', en: 'public health nurse' },
  sosiaaliohjaaja: { sv: 'socialhandledare', en: 'social counsellor' },
  'lastentarhan-opettaja': { sv: 'barnträdgårdslärare', en: 'kindergarten teacher' },
  'nuoriso-ohjaaja': { sv: 'ungdomsledare', en: 'youth worker' },
  projektijohtaja: { sv: 'projektchef', en: 'project director' },
  projektikoordinaattori: { sv: 'projektkoordinator', en: 'project coordinator' },
  'Vaasan kaupunki': { sv: 'Vasa stad', en: 'City of Vaasa' },
  // decisions
  'Vaasan kaupungin valtuusto': { sv: 'Vasa stadsfullmäktige', en: 'Vaasa City Council' },
  'sosiaali- ja terveyslautakunnan': {
    sv: 'Social- och hälsovårdsnämnden i Vasa',
    en: 'Vaasa Social and Health Care Board',
    reason:
      'The plan writes the board in the genitive ("… lautakunnan 139 §"); the translations name the board, Vaasa\'s (the plan is the city\'s, line 9).',
  },
  // LasSe action plan: goals (the plan's own A–C lettering kept)
  'A) Lasten kohtaaminen ja kuuleminen lastensuojelutarpeen selvitysprosessin yhteydessä on vahvistunut ja asiakasperheiden osallistumista lastensuojelutarpeen selvitysprosessiin on mahdollista arvioida ja verrata selkeän tiedontuotannon avulla.':
    {
      sv: 'A) Bemötandet och hörandet av barn i samband med utredningen av behovet av barnskydd har stärkts, och klientfamiljernas delaktighet i utredningen kan bedömas och jämföras med hjälp av tydlig informationsproduktion.',
      en: "A) Meeting and hearing children during the child welfare needs assessment has been strengthened, and client families' participation in the assessment can be evaluated and compared through clear data production.",
    },
  'B) Sosiaalityön sisäiset menettelytavat lastensuojelutarpeen selvittämisessä ovat tutkitusti tarkentuneet sekä päätöksenteko lastensuojeluasiakkuuden aloittamisesta ja palveluohjauksesta on selkiytynyt.':
    {
      sv: 'B) Det sociala arbetets interna förfaranden vid utredningen av behovet av barnskydd har påvisbart preciserats, och beslutsfattandet om att inleda ett klientförhållande inom barnskyddet och om servicehandledningen har blivit tydligare.',
      en: "B) Social work's internal procedures in the needs assessment have demonstrably become more precise, and decision-making on opening a child welfare client relationship and on service guidance has become clearer.",
    },
  'C) Ammatillisen verkoston roolit ja toimintatavat ennen lastensuojelutarpeen selvityksen käynnistymistä, selvityksenteon aikana ja selvityksen jälkeen ovat kehittyneet ja kirkastuneet sekä edelleen kehittämistä vaativat ongelmat dokumentoitu jatkotoimia varten.':
    {
      sv: 'C) Det professionella nätverkets roller och arbetssätt före, under och efter utredningen av behovet av barnskydd har utvecklats och klarnat, och de problem som kräver fortsatt utveckling har dokumenterats för fortsatta åtgärder.',
      en: 'C) The roles and ways of working of the professional network before, during and after the needs assessment have developed and become clearer, and the problems needing further development have been documented for follow-up.',
    },
  // the goal the plan carries over its page break, without a letter
  'Sosiaalityöntekijöiden ja lastensuojelun muiden asiantuntijoiden vuoropuhelu on vahvistunut hankkeen aikana syntyneen tukirakenteen myötä.':
    {
      sv: 'Dialogen mellan socialarbetarna och barnskyddets övriga experter har stärkts genom den stödstruktur som uppstått under projektet.',
      en: 'Dialogue between social workers and the other child welfare experts has grown stronger through the support structure built during the project.',
    },
  // methods (modules)
  'A-moduuli: Asiakkaan kohtaamisen ja kuulemisen vahvistaminen': {
    sv: 'Modul A: Stärkt bemötande och hörande av klienten',
    en: 'Module A: Strengthening how the client is met and heard',
  },
  'B-moduuli: Sosiaalityön sisäisten toimintatapojen edistäminen': {
    sv: 'Modul B: Främjande av det sociala arbetets interna arbetssätt',
    en: "Module B: Advancing social work's internal practices",
  },
  'C-moduuli: Ammatillisen verkoston roolien ja toimintatapojen kehittäminen': {
    sv: 'Modul C: Utveckling av det professionella nätverkets roller och arbetssätt',
    en: 'Module C: Developing the roles and practices of the professional network',
  },
  // phases
  suunnittelu: { sv: 'planering', en: 'planning' },
  kokeilu: { sv: 'försök', en: 'trial' },
  analysointi: { sv: 'analys', en: 'analysis' },
  'käyttöönotto, vakiinnuttaminen': { sv: 'ibruktagande, etablering', en: 'introduction, consolidation' },
  'Maakunnalliset työpajat': { sv: 'Workshoppar i landskapen', en: 'Regional workshops' },
  'tiedon kokoaminen as.tunt.ryhmän tarpeesta': {
    sv: 'information samlas in om behovet av expertgruppen',
    en: 'gathering information on the need for the expert group',
  },
  'as.tunt.ryhmän kootaan tarpeen mukaan ja työsk.käynnistyy': {
    sv: 'expertgruppen sätts samman efter behov och arbetet inleds',
    en: 'the expert group is put together as needed and its work starts',
  },
  'as.tunt.ryhmä suunnitellusti käytössä': {
    sv: 'expertgruppen används som planerat',
    en: 'the expert group in use as planned',
  },
  'laaditaan suunnitelma pysyväisluonteisesta konsultaatiorakenteesta Väli-Suomeen': {
    sv: 'en plan för en permanent konsultationsstruktur i Väli-Suomi utarbetas',
    en: 'a plan for a permanent consultation structure in Väli-Suomi is drawn up',
  },
  'maakunnallisissa arviointityöpajoissa prosessia edistävä osuus': {
    sv: 'den del av landskapens utvärderingsworkshoppar som för processen framåt',
    en: 'the part of the regional evaluation workshops that advances the process',
  },
  // legal basis
  'lastensuojelulaki 417/2007, 26 ja 27': {
    sv: 'barnskyddslagen (417/2007), 26 och 27 §',
    en: 'Child Welfare Act (417/2007), sections 26 and 27',
    reason:
      'The act by its official Swedish title (barnskyddslag) and the Finlex English translation (Child Welfare Act).',
  },
  // financing
  kunnat: { sv: 'kommunerna', en: 'the municipalities' },
  omavastuuosuus: { sv: 'självfinansieringsandel', en: 'own contribution' },
  '2 työntekijää, projektijohtaja ja projektikoordinaattori aloittavat 8/13, 9/13 ja jatkavat 10/2015': {
    sv: '2 anställda, projektchefen och projektkoordinatorn börjar i augusti och september 2013 och fortsätter till oktober 2015',
    en: '2 employees: the project director and the project coordinator start in August and September 2013 and continue until October 2015',
  },
  '1 työntekijä ajalle 12/13-9/15': {
    sv: '1 anställd för tiden december 2013–september 2015',
    en: '1 employee for December 2013 – September 2015',
  },
  '2 työntekijää ajalle 12/13-9/15': {
    sv: '2 anställda för tiden december 2013–september 2015',
    en: '2 employees for December 2013 – September 2015',
  },
  // the words around the LasSe plan's figures (figures[].label): rendered as what the number counts
  'palkattu projektijohtaja ja neljä projektikoordinaattoria': {
    sv: 'anställd projektchef och fyra projektkoordinatorer',
    en: 'project director and four project coordinators hired',
  },
  '52 %:lla asukkaista ruotsi äidinkielenä': {
    sv: '52 % av invånarna har svenska som modersmål',
    en: 'Swedish is the mother tongue of 52 % of the inhabitants',
  },
  'väestöpohja on n.(1) miljoona asukasta': {
    sv: 'befolkningsunderlaget är ca 1 miljon invånare',
    en: 'a population base of about 1 million inhabitants',
  },
  'kuntien omavastuuosuutta 25 %': {
    sv: 'kommunernas självfinansieringsandel 25 %',
    en: "the municipalities' own contribution 25 %",
  },
  'Hankkeeseen osallistuvasta 58:stä kunnasta 33 kuuluu yhteistoiminta-alueiseen': {
    sv: 'av de 58 kommuner som deltar i projektet hör 33 till ett samarbetsområde',
    en: 'of the 58 municipalities taking part in the project, 33 belong to a cooperation area',
  },
  'osallistuvasta 58:stä kunnasta 33 kuuluu yhteistoiminta-alueiseen': {
    sv: 'av de 58 deltagande kommunerna hör 33 till ett samarbetsområde',
    en: 'of the 58 participating municipalities, 33 belong to a cooperation area',
  },
  'joita Väli-Suomen alueella oli kartoitushetkellä yhteensä yhdeksän.': {
    sv: 'samarbetsområden i Väli-Suomi när kartläggningen gjordes, sammanlagt nio',
    en: 'cooperation areas in Väli-Suomi at the time of the survey, nine in all',
    reason: 'The plan\'s words begin mid-sentence ("joita …", of which); the subject, the cooperation areas, is named.',
  },
  'Kyselyyn vastasi yhteensä 36 viranhaltijaa': {
    sv: 'sammanlagt 36 tjänsteinnehavare svarade på enkäten',
    en: 'in all, 36 officials answered the survey',
  },
  'hankekunnista kahta kuntaa koskevat alkukartoitustiedot puuttuvat': {
    sv: 'uppgifterna från den inledande kartläggningen saknas för två av projektkommunerna',
    en: 'the baseline survey data are missing for two of the project municipalities',
  },
  'oli hankealueella kartoitusajankohtana 25.': {
    sv: 'självständiga kommuner i projektområdet när kartläggningen gjordes',
    en: 'independent municipalities in the project area at the time of the survey',
    reason: 'The words begin mid-sentence; the subject, the independent municipalities (figure key), is named.',
  },
  'kartoitusajankohtana 25. Näistä 23 vastasi': {
    sv: 'av de 25 självständiga kommunerna vid kartläggningen svarade 23',
    en: 'of the 25 independent municipalities at the time of the survey, 23 answered',
  },
  'painottaa nykytilan kartoituksen mukaan 10/34 vastaajaa': {
    sv: 'betonar enligt kartläggningen av nuläget 10 av 34 svarande (modul B)',
    en: 'emphasised, according to the baseline survey, by 10 of 34 respondents (module B)',
  },
  'toistetaan hankkeen lopussa': { sv: 'upprepas i slutet av projektet', en: 'repeated at the end of the project' },
  benchmarkkaus: { sv: 'benchmarking', en: 'benchmarking' },
  'vertaiskäynnit jatkuvat': { sv: 'kollegiala besök fortsätter', en: 'peer visits continue' },
  'kokous on päätösvaltainen, kun kahdeksan (8) jäsentä': {
    sv: 'mötet är beslutfört när åtta (8) medlemmar är närvarande',
    en: 'the meeting has a quorum when eight (8) members are present',
  },
  'Verso ( 1 työntekijä ajalle 12/13-9/15): Palkat: Vuokrat: Aineet, tarvikkeet ym.': {
    sv: 'Verso (1 anställd för perioden 12/13–9/15): Löner: Hyror: Material, förnödenheter m.m.',
    en: 'Verso (1 employee for 12/13–9/15): Salaries: Rents: Materials, supplies etc.',
  },
  'tasauslaskutus tehdään jälkikäteen kolmen kuukauden välein': {
    sv: 'utjämningsfaktureringen görs i efterhand var tredje månad',
    en: 'the balancing invoice is sent afterwards every three months',
  },
  'työhuonekulut kolme kertaa vuodessa': {
    sv: '(SONet BOTNIA fakturerar fasta kostnader som) arbetsrumskostnader tre gånger om året',
    en: '(SONet BOTNIA invoices fixed costs such as) office costs three times a year',
  },
  'maksatushakemusten tekemisestä Aluehallintovirastolle kerran vuodessa': {
    sv: 'ansökningarna om utbetalning till regionförvaltningsverket en gång om året',
    en: 'the payment applications to the Regional State Administrative Agency once a year',
  },
  'tapaamiset aluksi face to face 1x kk': {
    sv: '(LasSe-teamets) möten först ansikte mot ansikte 1 gång i månaden',
    en: "(the LasSe team's) meetings face to face at first, once a month",
  },
  'harvennetaan kasvokkaisia tiimejä ->1 x 3 kk': {
    sv: 'teamets möten ansikte mot ansikte glesas ut -> 1 gång var tredje månad',
    en: 'face-to-face team meetings become less frequent -> once every three months',
  },
  'Pohjanmaa -hanke on vetäytymässä ns. Remontti -hankkeen valmisteluista tulevalla hakukierroksella': {
    sv: 'Österbottenprojektet håller på att dra sig ur beredningen av det s.k. Remontti-projektet i den kommande ansökningsomgången',
    en: 'The Ostrobothnia project is withdrawing from the preparation of the so-called Remontti project in the coming application round',
  },
  'Pohjanmaa-hanketta 2005 -2014': { sv: 'Österbottenprojektet 2005–2014', en: 'the Ostrobothnia project 2005–2014' },
  'Lahdessa 2008 – 2011': { sv: 'i Lahtis 2008–2011', en: 'in Lahti 2008–2011' },
  Sastamalan: {
    sv: 'Sastamalas (kommunen Sastamala i Birkaland)',
    en: "Sastamala's (the municipality of Sastamala, Pirkanmaa)",
  },
  'A-moduuli': { sv: 'Modul A', en: 'Module A' },
  'B-moduuli': { sv: 'Modul B', en: 'Module B' },
  'Kutsuttu asiantuntijaryhmä': { sv: 'Inbjuden expertgrupp', en: 'Invited expert group' },
};

/**
 * Renderings of the projects a plan links to a project (predecessors, related projects) that are not projects of the
 * data, by the name as written; a renamed one shows as written, marked Finnish, until its entry follows it.
 */
export const LINKED_PROJECT_TRANSLATIONS: Record<string, Translated> = {
  'Pikku Saga': { sv: 'Pikku Saga', en: 'Pikku Saga', reason: 'The name of a Vaasa family unit, kept as written.' },
  'VÄLI-SUOMEN SOS-HANKE': { sv: 'SOS-PROJEKTET I VÄLI-SUOMI', en: 'VÄLI-SUOMI SOS PROJECT' },
  'Parempi Arki Väli-Suomen Kastehanke': {
    sv: '”Bättre vardag”, Kaste-projektet i Väli-Suomi',
    en: '“Better Everyday Life”, the Väli-Suomi Kaste project',
  },
  'KASPERI II - Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittämishanke': {
    sv: 'KASPERI II – utvecklingsprojektet för tjänster för barn, unga och barnfamiljer i Väli-Suomi',
    en: 'KASPERI II – Väli-Suomi development project for services for children, young people and families with children',
  },
  'VÄLI-SUOMEN IKÄKASTE ÄLDRE-KASTE II': {
    sv: 'ÄLDRE-KASTE II i Väli-Suomi',
    en: 'VÄLI-SUOMI IKÄKASTE ÄLDRE-KASTE II (Kaste for older people)',
  },
  'Lastensuojelun avohuollon- ja perhetyön kehittämisyksikkö': {
    sv: 'Utvecklingsenheten för öppenvården inom barnskyddet och familjearbetet',
    en: 'Development unit for child welfare community care and family work',
  },
  'Sijaishuolto Etelä-Pohjanmaalla': {
    sv: 'Vård utom hemmet i Södra Österbotten',
    en: 'Substitute care in South Ostrobothnia',
  },
  'Pohjanmaan lastensuojelun kaksikielinen kehittämisyksikkö': {
    sv: 'Den tvåspråkiga utvecklingsenheten för barnskyddet i Österbotten',
    en: 'Bilingual child welfare development unit of Ostrobothnia',
  },
  'Suupohjan Helminauha': { sv: '”Pärlbandet” i Suupohja', en: '“String of Pearls” in Suupohja' },
};

/**
 * What each figure a document states counts, by its key: the words around a number often hold a second number
 * ("10/34 vastaajaa", "58:stä kunnasta 33") or more people than it counts, so the page names the count instead.
 */
export const FIGURE_LABELS: Record<string, { fi: string; sv: string; en: string }> = {
  'verso-materials': {
    fi: 'Verson materiaalit, tarvikkeet ym.',
    sv: 'Versos material, förnödenheter m.m.',
    en: "Verso's materials, supplies etc.",
  },
  'reconciliation-billing-interval-months': {
    fi: 'tasauslaskutuksen väli (kuukautta)',
    sv: 'intervallet för utjämningsfaktureringen (månader)',
    en: 'interval of the balancing invoice (months)',
  },
  'sonet-botnia-billings-per-year': {
    fi: 'SONet BOTNIAn työhuonekulujen laskutukset vuodessa',
    sv: 'SONet BOTNIA:s faktureringar av arbetsrumskostnader per år',
    en: "SONet BOTNIA's invoices for office costs per year",
  },
  'payment-applications-per-year': {
    fi: 'maksatushakemukset aluehallintovirastolle vuodessa',
    sv: 'ansökningar om utbetalning till regionförvaltningsverket per år',
    en: 'payment applications to the Regional State Administrative Agency per year',
  },
  'team-meetings-per-month-at-first': {
    fi: 'tiimin kasvokkaiset tapaamiset kuukaudessa aluksi',
    sv: 'teamets möten ansikte mot ansikte per månad i början',
    en: "the team's face-to-face meetings per month at first",
  },
  'team-meeting-interval-months-later': {
    fi: 'tiimin kasvokkaisten tapaamisten väli myöhemmin (kuukautta)',
    sv: 'intervallet mellan teamets möten ansikte mot ansikte senare (månader)',
    en: "interval of the team's face-to-face meetings later (months)",
  },
  coordinators: {
    fi: 'projektikoordinaattorit (projektijohtajan lisäksi)',
    sv: 'projektkoordinatorer (utöver projektchefen)',
    en: 'project coordinators (besides the project director)',
  },
  'municipal-share': {
    fi: 'kuntien omavastuuosuus',
    sv: 'kommunernas självfinansieringsandel',
    en: "the municipalities' own share",
  },
  'survey-municipalities': {
    fi: 'hankkeeseen osallistuvat kunnat',
    sv: 'kommuner som deltar i projektet',
    en: 'municipalities taking part in the project',
  },
  'survey-municipalities-in-areas': {
    fi: 'osallistuvat kunnat, jotka kuuluvat yhteistoiminta-alueeseen',
    sv: 'deltagande kommuner i ett samarbetsområde',
    en: 'participating municipalities in a cooperation area',
  },
  'survey-areas': {
    fi: 'yhteistoiminta-alueet Väli-Suomessa kartoitushetkellä',
    sv: 'samarbetsområden i Väli-Suomi vid kartläggningen',
    en: 'cooperation areas in Väli-Suomi at the time of the survey',
  },
  'survey-respondents': {
    fi: 'kyselyyn vastanneet viranhaltijat',
    sv: 'tjänsteinnehavare som svarade på enkäten',
    en: 'officials who answered the survey',
  },
  'survey-municipalities-missing': {
    fi: 'hankekunnat, joiden alkukartoitustiedot puuttuvat',
    sv: 'projektkommuner utan uppgifter från den inledande kartläggningen',
    en: 'project municipalities without baseline survey data',
  },
  'independent-municipalities': {
    fi: 'itsenäiset kunnat hankealueella kartoitushetkellä',
    sv: 'självständiga kommuner i projektområdet vid kartläggningen',
    en: 'independent municipalities in the project area at the time of the survey',
  },
  'independent-municipalities-responded': {
    fi: 'vastanneet itsenäiset kunnat',
    sv: 'självständiga kommuner som svarade',
    en: 'independent municipalities that answered',
  },
  'module-b-respondents': {
    fi: 'B-moduulia painottavat vastaajat',
    sv: 'svarande som betonar modul B',
    en: 'respondents emphasising module B',
  },
  'module-b-respondents-of': {
    fi: 'vastaajat nykytilan kartoituksessa',
    sv: 'svarande i kartläggningen av nuläget',
    en: 'respondents in the baseline survey',
  },
  'steering-group-quorum': {
    fi: 'ohjausryhmän päätösvaltaisuuteen tarvittavat jäsenet',
    sv: 'medlemmar som krävs för att styrgruppen ska vara beslutför',
    en: 'members needed for the steering group to have a quorum',
  },
  'population-base': {
    fi: 'hankealueen väestöpohja (asukkaita, noin)',
    sv: 'projektområdets befolkningsunderlag (invånare, cirka)',
    en: "the project area's population (inhabitants, about)",
  },
  'swedish-speaking-share': {
    fi: 'Pohjanmaan maakunnan asukkaat, joiden äidinkieli on ruotsi',
    sv: 'invånare i landskapet Österbotten med svenska som modersmål',
    en: 'inhabitants of the region of Ostrobothnia with Swedish as their mother tongue',
  },
};

/**
 * The national programme as the ministry's slides write it (goals, means, the five Kaste regions, the areas a slide
 * names, Väli-Suomi's priorities), keyed by the Finnish phrase. Goals and means in the wording of the programme's
 * own Swedish and English editions (KASTE 2008–2011, STM publications 2008:6 and 2008:7).
 */
export const PROGRAMME_TRANSLATIONS: Record<string, Translated> = {
  'Oulunkaaren osahanke': { sv: 'Oulunkaaris delprojekt', en: 'the Oulunkaari sub-project' },
  'Osallisuus lisääntyy ja syrjäytyminen vähenee': {
    sv: 'Delaktigheten ökar och utslagningen minskar',
    en: 'Inclusion increases and social exclusion decreases',
  },
  'Hyvinvointi ja terveys lisääntyvät, hyvinvointi- ja terveyserot kaventuvat': {
    sv: 'Välfärden och hälsan ökar, skillnaderna i välfärd och hälsa minskar',
    en: 'Wellbeing and health increase, and differences in wellbeing and health decrease',
  },
  'Palvelujen laatu, vaikuttavuus ja saatavuus paranevat, alueelliset erot kapenevat': {
    sv: 'Servicens kvalitet, verkningsfullhet och tillgänglighet förbättras och de regionala skillnaderna minskar',
    en: 'The quality, effectiveness and availability of services improve, and regional differences decrease',
  },
  'Ehkäistään ennalta ja puututaan varhain': {
    sv: 'Förebyggande och tidigt ingripande',
    en: 'Prevention and early intervention',
  },
  'Varmistetaan henkilöstön riittävyys ja osaaminen': {
    sv: 'Tillräcklig och kompetent personal tryggas',
    en: 'Ensuring sufficient and competent staff',
  },
  'Luodaan eheä palvelukokonaisuus': {
    sv: 'En sammanhängande servicehelhet skapas',
    en: 'Creating a coherent whole of services',
  },
  'Lasten ja perheiden palvelujen kehittäminen Itä- ja Keski- Suomessa': {
    sv: 'Utveckling av tjänsterna för barn och familjer i Östra och Mellersta Finland',
    en: 'Developing services for children and families in Eastern and Central Finland',
  },
  'Remontti - lasten, nuorten ja lapsiperheiden palvelujen uudistaminen Varsinais-Suomessa ja Satakunnassa': {
    sv: 'Remontti – förnyelse av tjänsterna för barn, unga och barnfamiljer i Egentliga Finland och Satakunta',
    en: 'Remontti – renewing services for children, young people and families with children in Southwest Finland and Satakunta',
  },
  'Tukeva - lasten, nuorten ja perheiden hyvinvoinnin tukeminen Pohjois-Suomessa': {
    sv: 'Tukeva – stöd för välfärden hos barn, unga och familjer i Norra Finland',
    en: 'Tukeva – supporting the wellbeing of children, young people and families in Northern Finland',
  },
  'Etelä-Suomen Lapsen ääni -kehittämisohjelma': {
    sv: 'Utvecklingsprogrammet Lapsen ääni (Barnets röst) i Södra Finland',
    en: 'The Lapsen ääni (Child’s Voice) development programme in Southern Finland',
    reason: 'Lapsen ääni is the programme’s name, kept as written with its meaning in brackets.',
  },
  'Väli-Suomen lasten, nuorten ja lapsiperheiden kehittämishanke': {
    sv: 'Utvecklingsprojektet för barn, unga och barnfamiljer i Väli-Suomi',
    en: 'Development project for children, young people and families with children in Väli-Suomi',
  },
  'Selevä paletti - Suupohjan kuntien lapsiperheiden palvelukokonaisuus': {
    sv: 'Selevä paletti – servicehelheten för barnfamiljer i kommunerna i Suupohja',
    en: 'Selevä paletti – a coherent whole of services for families with children in the Suupohja municipalities',
    reason: 'Selevä paletti (dialect for "a clear palette") is the project’s name, kept as written.',
  },
  'Pohjois-Suomen moninaiset sosiaali- ja terveyspalvelut kehittämisrakenne ja toimintamalli (hakemus: Palvelurakenteet ja prosessit/kolpene)':
    {
      sv: 'Norra Finlands mångfacetterade social- och hälsovårdstjänster: utvecklingsstruktur och verksamhetsmodell (ansökan: Servicestrukturer och processer/”kolpene”, ett ord som källan inte förklarar)',
      en: 'Northern Finland’s diverse social and health services: development structure and operating model (application: Service structures and processes/“kolpene”, a word the source does not explain)',
      reason:
        'The slide’s title is a list of words without a verb; kolpene is quoted as written and said to be unexplained (the slide does not expand it, so no reading of it is given).',
    },
  'Itä- ja Keski-Suomi': {
    sv: 'Östra och Mellersta Finland',
    en: 'Eastern and Central Finland',
    reason: 'Here Keski-Suomi is the province Mellersta Finland; the Kaste region joins it with Eastern Finland.',
  },
  'Länsi-Suomi': { sv: 'Västra Finland', en: 'Western Finland' },
  'Pohjois-Suomi': { sv: 'Norra Finland', en: 'Northern Finland' },
  'Etelä-Suomi': { sv: 'Södra Finland', en: 'Southern Finland' },
  'Väli-Suomi': { sv: 'Väli-Suomi', en: 'Väli-Suomi', reason: 'REGION_NAME: no established Swedish or English name.' },
  'Kauhajoki, Teuva, Isojoki, Karijoki, Suupohjan peruspalveluliikelaitoskuntayhtymä': {
    sv: 'Kauhajoki, Östermark, Storå, Bötom, Affärsverkssamkommunen för basservice i Suupohja',
    en: 'Kauhajoki, Teuva, Isojoki, Karijoki, Suupohja Joint Municipal Authority for Basic Services',
    reason: 'Swedish names of the municipalities; the joint authority as the map names it (ORGANISATIONS above).',
  },
  'Oulunseutu, Oulunkaari, Kainuu': {
    sv: 'Uleåborgsregionen, samkommunen Oulunkaari, Kajanaland',
    en: 'Oulu region, Oulunkaari joint municipal authority, Kainuu',
    reason:
      'Uleåborg and Kajanaland are the Swedish names of Oulu and Kainuu; Oulunkaari, a joint municipal authority of the sub-region, has no Swedish name, so the generic term says what it is.',
  },
  Perhepalveluverkostot: { sv: 'Nätverk av familjetjänster', en: 'Family service networks' },
  'Erityinen tuki peruspalveluissa': { sv: 'Särskilt stöd inom basservicen', en: 'Special support in basic services' },
  'Erityistä osaamista vaativien palvelujen tehostaminen ja erityispalvelujen (tarpeen) kasvun vähentäminen': {
    sv: 'Effektivare tjänster som kräver specialkompetens och mindre tillväxt i (behovet av) specialtjänster',
    en: 'More effective services that need special expertise, and less growth in (the need for) specialised services',
  },
};

/**
 * Titles and places of the dated events (events.json), keyed by the Finnish as the documents write them. A place in
 * the Finnish locative ("Vaasassa", in Vaasa) becomes a preposition and the Swedish name in Swedish ("i Vasa").
 * Street names stay as written: Tampere and Seinäjoki are Finnish-speaking and their streets have no Swedish names.
 */
export const EVENT_TRANSLATIONS: Record<string, Translated> = {
  'palkattu projektijohtaja': { sv: 'projektchef anställd', en: 'project director hired' },
  'Projektijohtajan rekrytointi': { sv: 'Rekrytering av projektchef', en: 'Recruitment of the project director' },
  'Pirkanmaan ja Kanta-Hämeen projektikoordinaattorin rekrytointi': {
    sv: 'Rekrytering av projektkoordinatorn för Birkaland och Egentliga Tavastland',
    en: 'Recruitment of the project coordinator for Pirkanmaa and Kanta-Häme',
  },
  'Terveyden ja hyvinvoinnin laitoksen, STM:n ja LastenKaste projektijohtajien työkokous': {
    sv: 'Arbetsmöte för Institutet för hälsa och välfärd, SHM och projektcheferna för projekten inom Barnens Kaste',
    en: 'Working meeting of the Finnish Institute for Health and Welfare, the Ministry and the Children’s Kaste project directors',
  },
  'Stakesin Bikva - arviointimenetelmän pilottiryhmä': {
    sv: 'Pilotgrupp för Stakes utvärderingsmetod Bikva',
    en: "Pilot group for Stakes' Bikva evaluation method",
  },
  'julkisen ja järjestösektorin laaja työkokous': {
    sv: 'bred arbetskonferens för den offentliga sektorn och organisationerna',
    en: 'broad working meeting of the public and voluntary sectors',
  },
  'kaksikielinen lastensuojelun työkokous': {
    sv: 'tvåspråkigt arbetsmöte om barnskydd',
    en: 'bilingual child welfare working meeting',
  },
  'palveluohjauksen erikoistumisopinnot': {
    sv: 'specialiseringsstudier i servicehandledning',
    en: 'specialisation studies in service guidance',
  },
  'sosiaalityön arvosanaopetus': {
    sv: 'universitetsundervisning i socialt arbete (ämnesstudier)',
    en: 'university teaching in social work (subject studies)',
    reason:
      '"Arvosanaopetus" is teaching towards a university grade in the subject (arvosanaopinnot: approbatur, cum laude), in Finland-Swedish ämnesstudier.',
  },
  'vanhustyön kehittäjäryhmän järjestämässä tilaisuudessa': {
    sv: 'Evenemang ordnat av utvecklargruppen för äldrearbete',
    en: 'Event organised by the developer group for work with older people',
  },
  'sosiaali- ja terveyslautakunnan 139 §': {
    sv: 'Social- och hälsovårdsnämnden i Vasa, 139 §',
    en: 'Vaasa Social and Health Care Board, section 139',
  },
  'maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari': {
    sv: 'nordiskt arbetsseminarium om god praxis för invandrares integration',
    en: 'Nordic workshop on good practices in the integration of immigrants',
  },
  'ruotsinkielinen opetus': { sv: 'svenskspråkig undervisning', en: 'teaching in Swedish' },
  'Vaasan kaupungin valtuusto': { sv: 'Vasa stadsfullmäktige', en: 'Vaasa City Council' },
  'Arviointi hyvinvointipalvelujen kehittämisessä': {
    sv: 'Utvärdering i utvecklingen av välfärdstjänster',
    en: 'Evaluation in developing welfare services',
  },
  'Vuoden 2008 hakukierroksista ensimmäinen päättyy elokuun lopussa': {
    sv: 'Den första av 2008 års ansökningsomgångar avslutas i slutet av augusti',
    en: 'The first of the 2008 application rounds closes at the end of August',
  },
  'Valtakunnalliset osaamiskeskuspäivät': {
    sv: 'Riksomfattande dagar för kompetenscentren',
    en: 'National competence centre days',
  },
  'Kehittämisyksiköiden tapaaminen': { sv: 'Möte för utvecklingsenheterna', en: 'Meeting of the development units' },
  Perhetukipäivät: { sv: 'Familjestödsdagar', en: 'Family support days' },
  'Ylimaakunnallinen KASTE -tiedotustilaisuus': {
    sv: 'Landskapsöverskridande informationsmöte om Kaste',
    en: 'Cross-regional Kaste information event',
  },
  'Iltapäiväseminaari täydennyskoulutus työyhteisöjen muutoksen hallinnan tukena': {
    sv: 'Eftermiddagsseminarium: fortbildning som stöd för förändringshantering i arbetsgemenskaper',
    en: 'Afternoon seminar: continuing education supporting change management in work communities',
  },
  'SONet BOTNIAn ”kuntakierros”': { sv: 'SONet BOTNIA:s ”kommunrunda”', en: "SONet BOTNIA's “municipal tour”" },
  'SONet BOTNIAn E-P:n alueellisen ohjausryhmän seuraava kokous': {
    sv: 'Nästa möte för SONet BOTNIA:s regionala styrgrupp för Södra Österbotten',
    en: 'Next meeting of the SONet BOTNIA regional steering group for South Ostrobothnia',
  },
  'Vuoden 2008 hakukierroksista jälkimmäinen päättyy vuoden lopussa': {
    sv: 'Den senare av 2008 års ansökningsomgångar avslutas vid årets slut',
    en: 'The second of the 2008 application rounds closes at the end of the year',
  },
  'KASPERI II ohjausryhmän kokous, muistio 1/2012': {
    sv: 'Möte för KASPERI II:s styrgrupp, promemoria 1/2012',
    en: 'KASPERI II steering group meeting, memo 1/2012',
  },
  'KASPERI II ohjausryhmän kokous, muistio 2/2012': {
    sv: 'Möte för KASPERI II:s styrgrupp, promemoria 2/2012',
    en: 'KASPERI II steering group meeting, memo 2/2012',
  },
  'KASPERI II ohjausryhmän kokous, muistio 3/2012': {
    sv: 'Möte för KASPERI II:s styrgrupp, promemoria 3/2012',
    en: 'KASPERI II steering group meeting, memo 3/2012',
  },
  'KASPERI II ohjausryhmän kokous, muistio 1/2013': {
    sv: 'Möte för KASPERI II:s styrgrupp, promemoria 1/2013',
    en: 'KASPERI II steering group meeting, memo 1/2013',
  },
  'KASPERI II ohjausryhmän kokous': { sv: 'Möte för KASPERI II:s styrgrupp', en: 'KASPERI II steering group meeting' },
  'Etelä-Pohjanmaan Kaste seminaari': {
    sv: 'Kaste-seminariet i Södra Österbotten',
    en: 'South Ostrobothnia Kaste seminar',
  },
  'Lasten Kaste -seminaari': { sv: 'Seminariet Barnens Kaste', en: 'Children’s Kaste seminar' },
  'Hyvinvointialan kehittäjäseminaari HYVÄ-aluefoorum': {
    sv: 'Utvecklarseminariet för välfärdsbranschen, HYVÄ-regionforum',
    en: 'Welfare-sector developers’ seminar, HYVÄ regional forum',
  },
  'Selevä Paletti - Loppuraportti': {
    sv: 'Selevä Paletti – slutrapport',
    en: 'Selevä Paletti – final report',
    reason: 'The project’s name is kept as written.',
  },
  'Suunnitelma ajalle 1.4.2013–31.10.2015': {
    sv: 'Plan för perioden 1.4.2013–31.10.2015',
    en: 'Plan for the period 1 April 2013 – 31 October 2015',
  },
  'KASPERI II Osallisuuden helmet seminaari': {
    sv: 'KASPERI II-seminariet Osallisuuden helmet (Delaktighetens pärlor)',
    en: 'KASPERI II seminar Osallisuuden helmet (Pearls of participation)',
    reason: "The seminar's name kept, its meaning in brackets.",
  },
  'alkuarviointi/riskianalyysi': { sv: 'Inledande utvärdering/riskanalys', en: 'Initial evaluation/risk analysis' },
  'Toiminnan kuvaus': { sv: 'Beskrivning av verksamheten', en: 'Description of the activities' },
  'Ohjausryhmän 5. kokous': { sv: 'Styrgruppens 5:e möte', en: "Steering group's 5th meeting" },
  'Ohjausryhmän 6. kokous': { sv: 'Styrgruppens 6:e möte', en: "Steering group's 6th meeting" },
  'Ohjausryhmän 7. kokous': { sv: 'Styrgruppens 7:e möte', en: "Steering group's 7th meeting" },
  'Ohjausryhmän 8. kokous': { sv: 'Styrgruppens 8:e möte', en: "Steering group's 8th meeting" },
  'Ohjausryhmän 11. kokous': { sv: 'Styrgruppens 11:e möte', en: "Steering group's 11th meeting" },
  '5 maakunnallista työpajaa': { sv: '5 workshoppar i landskapen', en: '5 regional workshops' },
  'Iso koko päivän koulutus': { sv: 'Stor heldagsutbildning', en: 'Large full-day training' },
  'Seinäjoki, Tampere ja Hämeenlinna?': {
    sv: 'Seinäjoki, Tammerfors och Tavastehus?',
    en: 'Seinäjoki, Tampere and Hämeenlinna?',
  },
  '2 isoa työpajaa': { sv: '2 stora workshoppar', en: '2 large workshops' },
  'Tampere, Etelä-Pohjanmaa': { sv: 'Tammerfors, Södra Österbotten', en: 'Tampere, South Ostrobothnia' },
  väliarviointi: { sv: 'Halvtidsutvärdering', en: 'Mid-term evaluation' },
  opinnäytetyö: { sv: 'Lärdomsprov', en: 'Thesis' },
  'LasSe uutiskirje 1/2015': { sv: 'LasSe nyhetsbrev 1/2015', en: 'LasSe newsletter 1/2015' },
  'Väli-Suomen Kaste-aluejohtoryhmän kokous': {
    sv: 'Möte för den regionala Kaste-ledningsgruppen i Väli-Suomi',
    en: 'Meeting of the Väli-Suomi Kaste area management group',
  },
  loppuarviointi: { sv: 'Slututvärdering', en: 'Final evaluation' },
  'ensimmäinen tutkimusraportti/julkaisu': {
    sv: 'Första forskningsrapporten/publikationen',
    en: 'First research report/publication',
  },
  // places
  Vaasassa: { sv: 'i Vasa', en: 'in Vaasa' },
  Pohjanmaalla: { sv: 'i Österbotten', en: 'in Ostrobothnia' },
  Seinäjoella: { sv: 'i Seinäjoki', en: 'in Seinäjoki' },
  Ylihärmässä: { sv: 'i Ylihärmä', en: 'in Ylihärmä', reason: 'Ylihärmä has no Swedish name.' },
  Eskoossa: { sv: 'på Eskoo', en: 'at Eskoo', reason: 'Eskoo, a care centre in Nurmo; a proper name.' },
  Kokkola: { sv: 'Karleby', en: 'Kokkola' },
  Tampere: { sv: 'Tammerfors', en: 'Tampere' },
  Vaasa: { sv: 'Vasa', en: 'Vaasa' },
  Mediwest: { sv: 'Mediwest', en: 'Mediwest', reason: 'The name of a health technology centre in Seinäjoki.' },
  'HY, Palmenia': {
    sv: 'Helsingfors universitet, Palmenia',
    en: 'University of Helsinki, Palmenia',
    reason: 'HY abbreviates Helsingin yliopisto; Palmenia is its centre for continuing education.',
  },
  'Tampereen virastotalo, Aleksis Kiven katu …': {
    sv: 'Tammerfors ämbetshus, Aleksis Kiven katu …',
    en: 'Tampere municipal office building, Aleksis Kiven katu …',
  },
  'Pikassos Oy:n Tampereen toimisto, Åkerlundinkatu …': {
    sv: 'Pikassos Oy:s kontor i Tammerfors, Åkerlundinkatu …',
    en: "Pikassos Oy's Tampere office, Åkerlundinkatu …",
  },
  'Kokouskeskus Juvenes, Åkerlundinkatu 1, Kokoustila …': {
    sv: 'Mötescentret Juvenes, Åkerlundinkatu 1, mötesrum …',
    en: 'Juvenes conference centre, Åkerlundinkatu 1, meeting room …',
  },
  'Attilan kokoustilat, Luentosali Lesti, Yliopistonkatu …': {
    sv: 'Attilas möteslokaler, föreläsningssalen Lesti, Yliopistonkatu …',
    en: 'Attila meeting rooms, lecture hall Lesti, Yliopistonkatu …',
  },
  'Tampereen kaupungin …': { sv: 'Tammerfors stads …', en: 'City of Tampere …' },
  'Tampere, Juvenes Kokouskeskus, Åkerlundinkatu 1, 3. kerros': {
    sv: 'Tammerfors, mötescentret Juvenes, Åkerlundinkatu 1, 3:e våningen',
    en: 'Tampere, Juvenes conference centre, Åkerlundinkatu 1, 3rd floor',
  },
  'päätöksen saaneiden hankkeiden ohjaustilaisuus': {
    sv: 'styrningsmöte för projekten som fått beslut',
    en: 'guidance meeting for the projects with a state-grant decision',
  },
  'Kaste -ohjelman toimeenpanosuunnitelma': {
    sv: 'Kaste-programmets genomförandeplan',
    en: 'Kaste programme implementation plan',
  },
  'aluesuunnittelijoiden tapaaminen ministeriössä': {
    sv: 'möte för Kaste-regionernas planerare vid ministeriet',
    en: 'meeting of the Kaste area planners at the ministry',
  },
  'alueiden kehittämissuunnitelmat': {
    sv: 'Kaste-regionernas utvecklingsplaner',
    en: "the Kaste areas' development plans",
  },
  kehittämissuunnitelmat: { sv: 'utvecklingsplanerna', en: 'development plans' },
  'ministerin aluekierrokset': { sv: 'ministerns regionturnéer', en: 'the minister’s tours of the Kaste areas' },
  'RAY:n strategiaseminaari': {
    sv: 'Penningautomatföreningens (RAY) strategiseminarium',
    en: 'strategy seminar of RAY (Slot Machine Association)',
    reason: 'RAY is Raha-automaattiyhdistys, in Swedish Penningautomatföreningen.',
  },
  Helsinki: { sv: 'Helsingfors', en: 'Helsinki' },
  Turku: { sv: 'Åbo', en: 'Turku' },
  Pori: { sv: 'Björneborg', en: 'Pori' },
  Seinäjoki: { sv: 'Seinäjoki', en: 'Seinäjoki' },
  Lahti: { sv: 'Lahtis', en: 'Lahti' },
  Forssa: { sv: 'Forssa', en: 'Forssa' },
  Riihimäki: { sv: 'Riihimäki', en: 'Riihimäki' },
  'Etelä-Pohjanmaan maakunnallinen kehittäjäryhmä': {
    sv: 'Södra Österbottens utvecklargrupp på landskapsnivå',
    en: 'South Ostrobothnia regional developer group',
  },
  'Pohjanmaan maakunnallinen kehittäjäryhmä': {
    sv: 'Österbottens utvecklargrupp på landskapsnivå',
    en: 'Ostrobothnia regional developer group',
  },
  'Päijät-Hämeen maakunnallinen kehittäjäryhmä': {
    sv: 'Päijänne-Tavastlands utvecklargrupp på landskapsnivå',
    en: 'Päijät-Häme regional developer group',
  },
  'Tampereen ja Pirkanmaan maakunnallinen kehittäjäryhmä': {
    sv: 'Tammerfors och Birkalands utvecklargrupp på landskapsnivå',
    en: 'Tampere and Pirkanmaa regional developer group',
  },
  'Kanta-Hämeen Forssan seudun kehittäjäryhmä': {
    sv: 'utvecklargruppen för Forssa ekonomiska region i Egentliga Tavastland',
    en: 'Forssa sub-region developer group in Kanta-Häme',
  },
  'Kanta-Hämeen Riihimäen maakunnallinen kehittäjäryhmä': {
    sv: 'Egentliga Tavastlands utvecklargrupp på landskapsnivå',
    en: 'Kanta-Häme regional developer group',
  },
};

/**
 * Finnish sentences, fragments and headings a data-quality note quotes (values.written), each with a rendering the
 * Swedish and English note gives beside the Finnish, which stays as the document writes it. A fragment keeps the
 * gaps of the transcript: the rendering translates what is left, it does not fill in what was lost.
 */
export const QUOTE_TRANSLATIONS: Record<string, Translated> = {
  'Rahoitusta haetaan painopistealueilla tehtävän kehittämistyön valmistelun seuraaviin kehittämishankkeisiin:': {
    sv: 'Finansiering söks för följande utvecklingsprojekt för att förbereda utvecklingsarbetet inom de prioriterade områdena:',
    en: 'Funding is sought for the following development projects to prepare the development work in the priority areas:',
  },
  'Rahoitusta haetaan tällöin esimerkiksi seuraaviin kehittämishankkeisiin:': {
    sv: 'Finansiering söks då till exempel för följande utvecklingsprojekt:',
    en: 'Funding is then sought for, for example, the following development projects:',
  },
  PERHEHANKKEET: { sv: 'FAMILJEPROJEKT', en: 'FAMILY PROJECTS' },
  'Palvelurakenne, hoito- ja palveluprosessit': {
    sv: 'Servicestruktur, vård- och serviceprocesser',
    en: 'Service structure, care and service processes',
  },
  'Palkkamenot: Vuokrat: Aineet, tarvikkeet ym.:': {
    sv: 'Lönekostnader: Hyror: Material, förnödenheter m.m.:',
    en: 'Salaries: Rents: Materials, supplies etc.:',
  },
  'joista yksi työskentelee ja kolme välisen ajan.': {
    sv: 'av vilka en arbetar och tre under tiden mellan.',
    en: 'of whom one works and three in the period between.',
  },
  'Ypäjän( alkaen)': { sv: 'Ypäjäs (från och med)', en: 'Ypäjä’s (from)' },
  'pienempiä alle asukkaan kuntia': {
    sv: 'mindre kommuner med under invånare',
    en: 'smaller municipalities of under inhabitants',
  },
  'Kaste- ohjelman ( )': { sv: 'Kaste-programmets ( )', en: 'of the Kaste programme ( )' },
  'oppimisverkoston aloitusseminaariin ( )': {
    sv: 'till det lärande nätverkets startseminarium ( )',
    en: 'to the learning network’s opening seminar ( )',
  },
  'pääsi aloittamaan työskentelyn alkaen.': {
    sv: 'kunde börja arbeta från och med.',
    en: 'was able to start work from.',
  },
  'valtion avustusosuutta ja kuntien': {
    sv: 'statsunderstödsandelen och kommunernas',
    en: 'the state grant share and the municipalities’',
  },
  'Ohjausryhmän järjestäytymiskokous pidettiin Tampereella.': {
    sv: 'Styrgruppens konstituerande möte hölls i Tammerfors.',
    en: 'The steering group’s constituent meeting was held in Tampere.',
  },
  'Kysely toteutettiin välisenä aikana.': {
    sv: 'Enkäten genomfördes under tiden mellan.',
    en: 'The survey was carried out in the period between.',
  },
  'kokonaisbudjetti on ,': { sv: 'totalbudgeten är ,', en: 'the total budget is ,' },
  'työpanoksensa kohdistui %:sesti': { sv: 'arbetsinsatsen riktades till %', en: 'their work input went %' },
  'Tarkennettu toimintasuunnitelma ajalle': {
    sv: 'Preciserad verksamhetsplan för perioden',
    en: 'Refined action plan for the period',
  },
  'joita Väli-Suomen alueella on yhteensä yhdeksän (9, )': {
    sv: 'av vilka det i Väli-Suomi finns sammanlagt nio (9, )',
    en: 'of which there are nine in all in Väli-Suomi (9, )',
  },
  'joiden asukasluku asettuu asukkaan välille': {
    sv: 'vars invånarantal ligger mellan invånare',
    en: 'whose population lies between inhabitants',
  },
  'joissa on asukkaita yli , on': { sv: 'med över invånare, är', en: 'with over inhabitants, is' },
  'osa-aikaisesti ensin %:sesti ja alkaen 75 %:sesti': {
    sv: 'på deltid, först till % och från och med till 75 %',
    en: 'part-time, first at % and from at 75 %',
  },
  'he aloittivat työskentelynsä': { sv: 'de började sitt arbete', en: 'they started their work' },
  'kolme kertaa vuodessa: mennessä kuukaudet 1-4, mennessä': {
    sv: 'tre gånger per år: senast månaderna 1–4, senast',
    en: 'three times a year: by months 1–4, by',
  },
  'maksajat voivat olla eri tahot kuin vuonna': {
    sv: 'betalarna kan vara andra än år',
    en: 'the payers may be other parties than in',
  },
  'mukaan arviointiin-> / /2015': { sv: 'med i utvärderingen -> / /2015', en: 'into the evaluation -> / /2015' },
  'valmistelua hankkeeseen osallistuvien kuntien kanssa alkaen.': {
    sv: 'förberedelser med de deltagande kommunerna från och med.',
    en: 'preparation with the participating municipalities from.',
  },
  'projektijohtaja osallistui ja 7.10., ,': {
    sv: 'projektchefen deltog och 7.10., ,',
    en: 'the project director took part and 7 October, ,',
  },
  'raportoinnin suunnittelu: 2.9., 3.10., ,': {
    sv: 'planering av rapporteringen: 2.9., 3.10., ,',
    en: 'planning of the reporting: 2 September, 3 October, ,',
  },
  terveydenhoitaja: { sv: 'hälsovårdare', en: 'public health nurse' },
  sosiaaliohjaaja: { sv: 'socialhandledare', en: 'social counsellor' },
  'lastentarhan-opettaja': { sv: 'barnträdgårdslärare', en: 'kindergarten teacher' },
  lastentarhanopettaja: { sv: 'barnträdgårdslärare', en: 'kindergarten teacher' },
  'nuoriso-ohjaaja': { sv: 'ungdomsledare', en: 'youth worker' },
  kehittämissuunnitelmat: { sv: 'utvecklingsplaner', en: 'development plans' },
  'MENETELMÄ Pilottikunnat ja -seudut Satakunnassa ja Varsinais-Suomessa Lastensuojelun kehittämisyksiköt Sosiaalialan':
    {
      sv: 'METOD Pilotkommuner och -regioner i Satakunta och Egentliga Finland Utvecklingsenheter inom barnskyddet Det sociala områdets',
      en: 'METHOD Pilot municipalities and sub-regions in Satakunta and Southwest Finland Child welfare development units Social welfare',
    },
  'Väli-Suomen lasten, nuorten ja lapsiperheiden kehittämishanke': {
    sv: 'Utvecklingsprojektet för barn, unga och barnfamiljer i Väli-Suomi',
    en: 'Development project for children, young people and families with children in Väli-Suomi',
  },
  'Väli-Suomen lasten, nuorten ja lapsiperheiden -hanke': {
    sv: 'Projektet för barn, unga och barnfamiljer i Väli-Suomi',
    en: 'Väli-Suomi project for children, young people and families with children',
  },
  'VÄLI-SUOMEN LASTEN, NUORTEN JA LAPSIPERHEIDEN PALVELUJEN KEHITTÄMINEN': {
    sv: 'UTVECKLING AV TJÄNSTERNA FÖR BARN, UNGA OCH BARNFAMILJER I VÄLI-SUOMI',
    en: 'DEVELOPING SERVICES FOR CHILDREN, YOUNG PEOPLE AND FAMILIES WITH CHILDREN IN VÄLI-SUOMI',
  },
  'Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittämishanke': {
    sv: 'Utvecklingsprojektet för tjänsterna för barn, unga och barnfamiljer i Väli-Suomi',
    en: 'Väli-Suomi development project for services for children, young people and families with children',
  },
  'Lasten ja perheiden palvelujen kehittäminen Itä- ja Keski- Suomessa': {
    sv: 'Utveckling av tjänsterna för barn och familjer i Östra och Mellersta Finland',
    en: 'Developing services for children and families in Eastern and Central Finland',
  },
  'Itä- ja Keski-Suomen lasten ja perheiden hyvinvointipalvelut': {
    sv: 'Välfärdstjänsterna för barn och familjer i Östra och Mellersta Finland',
    en: 'Welfare services for children and families in Eastern and Central Finland',
  },
  'Lasten ja perheiden hyvinvointipalveluiden kehittämishanke Itä- ja Keski-Suomessa': {
    sv: 'Utvecklingsprojektet för välfärdstjänster för barn och familjer i Östra och Mellersta Finland',
    en: 'Development project for welfare services for children and families in Eastern and Central Finland',
  },
  'Remontti - lasten, nuorten ja lapsiperheiden palvelujen uudistaminen Varsinais-Suomessa ja Satakunnassa': {
    sv: 'Remontti – förnyelse av tjänsterna för barn, unga och barnfamiljer i Egentliga Finland och Satakunta',
    en: 'Remontti – renewing services for children, young people and families with children in Southwest Finland and Satakunta',
  },
  'Länsi-Suomen Remontti': { sv: 'Västra Finlands Remontti', en: 'Western Finland’s Remontti' },
  'VAASAN PERHEKESKUS': { sv: 'VASA FAMILJECENTER', en: 'VAASA FAMILY CENTRE' },
  'Vaasan perhekeskus – projektin': { sv: 'Vasa familjecenter – projektets', en: 'of the Vaasa family centre project' },
  'Perhekeskus –hanke': { sv: 'Familjecenterprojekt', en: 'Family centre project' },
  'Chydenius-Instituutin (JY)': {
    sv: 'Chydenius-institutets (Jyväskylä universitet)',
    en: 'of the Chydenius Institute (University of Jyväskylä)',
  },
  'Chydenius-instituutti Kokkolan yliopistokeskuksen': {
    sv: 'Chydenius-institutet Karleby universitetscenters',
    en: 'Chydenius Institute of the Kokkola University Consortium',
  },
  'Etelä-Pohjanmaan ammattikorkeakouluista': {
    sv: 'från Södra Österbottens yrkeshögskola',
    en: 'from South Ostrobothnia University of Applied Sciences',
  },
  'Seinäjoen ammattikorkeakoulu': { sv: 'Seinäjoki yrkeshögskola', en: 'Seinäjoki University of Applied Sciences' },
  'Seinäjoki tai Vaasa?': { sv: 'Seinäjoki eller Vasa?', en: 'Seinäjoki or Vaasa?' },
  'Palkataan hankekoordinaattori': { sv: 'En projektkoordinator anställs', en: 'A project coordinator is hired' },
  'Projektikoordinaattorin tehtävänä': { sv: 'Projektkoordinatorns uppgift', en: 'The project coordinator’s task' },
  'palkattu projektijohtaja': { sv: 'anställd projektchef', en: 'hired project director' },
  'toimivat hankejohtajan tukena': { sv: 'stöder projektchefen', en: 'support the project director' },
  'Pirkanmaan ja Kanta-Hämeen projektikoordinaattorin': {
    sv: 'projektkoordinatorn för Birkaland och Egentliga Tavastland',
    en: 'of the project coordinator for Pirkanmaa and Kanta-Häme',
  },
  'yhdessä Kanta-Hämeen projektikoordinaattori': {
    sv: 'tillsammans med projektkoordinatorn för Egentliga Tavastland',
    en: 'together with the project coordinator for Kanta-Häme',
  },
  'toiminnaksi osana Pohjanmaa-hanketta 2005 -2014': {
    sv: 'till verksamhet som en del av Österbottenprojektet 2005–2014',
    en: 'into activity as part of the Ostrobothnia project 2005–2014',
  },
  'Pohjanmaa -hanke on vetäytymässä ns. Remontti -hankkeen valmisteluista': {
    sv: 'Österbottenprojektet håller på att dra sig ur beredningen av det s.k. Remontti-projektet',
    en: 'the Ostrobothnia project is withdrawing from the preparation of the so-called Remontti project',
  },
  'palvelujen uudistaminen Pohjanmaan maakuntien alueella': {
    sv: 'förnyelse av tjänsterna i de österbottniska landskapen',
    en: 'renewing services in the Ostrobothnian regions',
  },
  'palvelujen uudistaminen Varsinais-Suomessa ja Satakunnassa': {
    sv: 'förnyelse av tjänsterna i Egentliga Finland och Satakunta',
    en: 'renewing services in Southwest Finland and Satakunta',
  },
  'ovat valinneet painopisteekseen joko sisäisten menettelytapojen edistämisen-moduulin B tai': {
    sv: 'har som sin prioritering valt antingen modul B om främjande av interna förfaringssätt eller',
    en: 'have chosen as their priority either module B on promoting internal procedures or',
  },
  'matriisissa on esitetty maakuntien tasolla yleisin valinta': {
    sv: 'i matrisen visas det vanligaste valet på landskapsnivå',
    en: 'the matrix shows the most common choice at the level of the regions',
  },
  'KUULAS-hanke, Kanta-Hämeen uudistuvat lasten ja nuorten palvelut': {
    sv: 'KUULAS-projektet, förnyade tjänster för barn och unga i Egentliga Tavastland',
    en: 'KUULAS project, renewed services for children and young people in Kanta-Häme',
  },
  'KLA-hanke, Kanta-Hämeen uudistuvat lasten ja nuorten palvelut': {
    sv: 'KLA-projektet, Egentliga Tavastlands förnyade tjänster för barn och unga',
    en: 'the KLA project, Kanta-Häme’s renewed services for children and young people',
  },
  'Toimintasuunnitelma 1.9.2013-31.4.2015': {
    sv: 'Verksamhetsplan 1.9.2013–31.4.2015',
    en: 'Action plan 1 September 2013 – 31 April [sic] 2015',
  },
  'ministerin aluekierrokset Espoo, Jyväskylä, Seinäjoki, 1.6. Pori, avoin Oulu': {
    sv: 'ministerns regionturnéer Esbo, Jyväskylä, Seinäjoki, 1.6. Björneborg, öppet Uleåborg',
    en: 'the minister’s tours of the Kaste areas Espoo, Jyväskylä, Seinäjoki, 1 June Pori, open Oulu',
  },
  'jatkoi hankkeen ohjausryhmänä - 2005': {
    sv: 'fortsatte som projektets styrgrupp – 2005',
    en: 'continued as the project’s steering group – 2005',
  },
};
/** Titles of the source documents (DOCUMENTS above), keyed by the Finnish title. */
export const DOCUMENT_TITLE_TRANSLATIONS: Record<string, Translated> = {
  'SONet BOTNIA Etelä-Pohjanmaan alueellisen ohjausryhmän pöytäkirja liitteineen (Liite 1: Kaste-ohjelman toteutus Väli-Suomen alueella; Liite 2: Remonttiin kytkeytyvät kehittämiskokonaisuudet pohjalaismaakunnissa)':
    {
      sv: 'Protokoll med bilagor från SONet BOTNIA:s regionala styrgrupp för Södra Österbotten (Bilaga 1: Genomförandet av Kaste-programmet i Kaste-regionen Väli-Suomi; Bilaga 2: Utvecklingshelheter kopplade till Remontti i de österbottniska landskapen)',
      en: 'Minutes, with appendices, of the SONet BOTNIA regional steering group for South Ostrobothnia (Appendix 1: Implementation of the Kaste programme in the Väli-Suomi area; Appendix 2: Development entities linked to Remontti in the Ostrobothnian regions)',
      reason: 'Väli-Suomi stays untranslated (REGION_NAME); Remontti is a project name.',
    },
  'Liikettä lasten suojelemiseen – Lastensuojelusta lasten suojeluun (Riitta Viitala, STM)': {
    sv: 'Fart på skyddet av barn – från barnskydd till skydd av barn (Riitta Viitala, SHM)',
    en: 'Moving towards protecting children – from child welfare to the protection of children (Riitta Viitala, Ministry of Social Affairs and Health)',
    reason:
      'A wordplay title (lastensuojelu "child welfare" vs lasten suojelu "protecting children"), rendered by sense; SHM is the Swedish abbreviation of the ministry.',
  },
  'Vaasan perhekeskus – hankesuunnitelma': {
    sv: 'Vasa familjecenter – projektplan',
    en: 'Vaasa family centre – project plan',
  },
  'SONet BOTNIA: Pohjanmaan toimintakertomus 2005–2006': {
    sv: 'SONet BOTNIA: verksamhetsberättelse för de österbottniska landskapen 2005–2006',
    en: 'SONet BOTNIA: Ostrobothnia activity report 2005–2006',
    reason:
      'Pohjanmaa here is the region SONet BOTNIA serves, the three Ostrobothnian provinces: Österbotten in the historical sense.',
  },
  'LasSe – Lastensuojelutarpeen selvityksen kehittäminen Väli-Suomessa: tarkennettu toimintasuunnitelma': {
    sv: 'LasSe – Utveckling av utredningen av behovet av barnskydd i Väli-Suomi: preciserad verksamhetsplan',
    en: 'LasSe – Developing the child welfare needs assessment in Väli-Suomi: refined action plan',
  },
};

/**
 * Cooperation areas whose Swedish name above is the Finnish one (the bodies had no Swedish name) and every area's
 * English name. These supersede COOPERATION_AREA_NAMES' `sv` on Swedish pages: a Finnish-only name told a Swedish
 * reader nothing about what the body is, so the generic part is translated and the proper part kept.
 */
export const COOPERATION_AREA_TRANSLATIONS: Record<string, Translated> = {
  'JIK-peruspalveluliikelaitoskuntayhtymä': {
    sv: 'Affärsverkssamkommunen för basservice JIK',
    en: 'JIK Joint Municipal Authority for Basic Services',
    reason:
      'Descriptive: "liikelaitoskuntayhtymä" is "affärsverkssamkommun" in the Local Government Act; JIK is a proper name.',
  },
  'Kuntayhtymä Kaksineuvoinen': {
    sv: 'Samkommunen Kaksineuvoinen',
    en: 'Kaksineuvoinen Joint Municipal Authority',
    reason: 'Descriptive: the generic term translated, the proper name kept.',
  },
  'Suupohjan peruspalveluliikelaitoskuntayhtymä': {
    sv: 'Affärsverkssamkommunen för basservice i Suupohja',
    en: 'Suupohja Joint Municipal Authority for Basic Services',
    reason:
      'Descriptive; Suupohja, the area of its Finnish-speaking member municipalities, has no Swedish name of its own.',
  },
  'Järvi-Pohjanmaan yhteistoiminta-alue': {
    sv: 'Samarbetsområdet Järvi-Pohjanmaa',
    en: 'Järvi-Pohjanmaa Cooperation Area',
  },
  'Rannikko-Pohjanmaan sosiaali- ja perusterveydenhuollon kuntayhtymä': {
    sv: 'Kust-Österbottens samkommun för social- och primärhälsovård',
    en: 'Coastal Ostrobothnia Joint Municipal Authority for Social and Primary Health Care',
  },
  'Peruspalvelukeskus Oiva': {
    sv: 'Basservicecentralen Oiva',
    en: 'Oiva Basic Services Centre',
    reason: 'Descriptive: the generic term translated, "Oiva" kept.',
  },
  'Peruspalvelukeskus Aava': {
    sv: 'Basservicecentralen Aava',
    en: 'Aava Basic Services Centre',
    reason: 'Descriptive: the generic term translated, "Aava" kept.',
  },
  'Pirkkala-Vesilahti yhteistoiminta-alue': {
    sv: 'Samarbetsområdet Birkala–Vesilax',
    en: 'Pirkkala–Vesilahti Cooperation Area',
  },
  'Tampere-Orivesi yhteistoiminta-alue': {
    sv: 'Samarbetsområdet Tammerfors–Orivesi',
    en: 'Tampere–Orivesi Cooperation Area',
  },
  'Forssan seudun hyvinvointikuntayhtymä': {
    sv: 'Välfärdssamkommunen i Forssaregionen',
    en: 'Forssa Region Joint Municipal Authority for Welfare',
    reason: 'Descriptive; Forssa has no separate Swedish name.',
  },
};

/**
 * The theme-mapping reasons of THEMES (written in English) in Finnish and Swedish, keyed by the English reason.
 * The build requires one for every reason, so a reworded reason cannot leave a page in the wrong language.
 */
export const THEME_REASON_TRANSLATIONS: Record<string, { fi: string; sv: string }> = {
  'National theme 2 in other words (it speaks of structures for promoting wellbeing and health); its rows (Wellbeing Väli-Suomi, disease prevention with primary care) build health-promotion structures.':
    {
      fi: 'Kansallinen teema 2 toisin sanoin (se puhuu hyvinvoinnin ja terveyden edistämisen rakenteista); sen rivit (Hyvinvoiva Väli-Suomi, sairauksien ehkäisy yhdessä perusterveydenhuollon kanssa) rakentavat terveyden edistämisen rakenteita.',
      sv: 'Nationellt temaområde 2 i annan ordalydelse (det talar om strukturer för främjande av välfärd och hälsa); områdets rader (Välmående Väli-Suomi, sjukdomsförebyggande arbete tillsammans med primärvården) bygger upp strukturer för hälsofrämjande.',
    },
  'Identical to national theme 1.': {
    fi: 'Sama kuin kansallinen teema 1.',
    sv: 'Identiskt med nationellt temaområde 1.',
  },
  'The national programme has no theme of its own for older people; its rows (coordination, umbrella projects) reorganise services, theme 6.':
    {
      fi: 'Kansallisessa ohjelmassa ei ole omaa teemaa ikääntyville; alueen rivit (koordinointi, sateenvarjohankkeet) uudistavat palveluja, teema 6.',
      sv: 'Det nationella programmet har inget eget tema för äldre; områdets rader (samordning, paraplyprojekt) förnyar tjänsterna, tema 6.',
    },
  'National theme 6 in other words (service structure and processes); two of its rows (Lahti, Tampere) are about long-term homelessness, national theme 7.':
    {
      fi: 'Kansallinen teema 6 toisin sanoin (palvelurakenne ja prosessit); kaksi sen riveistä (Lahti, Tampere) koskee pitkäaikaisasunnottomuutta, kansallinen teema 7.',
      sv: 'Nationellt temaområde 6 i annan ordalydelse (servicestruktur och processer); två av områdets rader (Lahtis, Tammerfors) gäller långtidsbostadslöshet, nationellt temaområde 7.',
    },
  'Mental health and substance abuse work sits under inclusion and preventing exclusion in Kaste, and several rows (clinics, regional units) strengthen basic-level care.':
    {
      fi: 'Mielenterveys- ja päihdetyö kuuluu Kastessa osallisuuden lisäämiseen ja syrjäytymisen ehkäisyyn, ja useat rivit (klinikat, seudulliset yksiköt) vahvistavat perustason hoitoa.',
      sv: 'Mentalvårds- och missbruksarbetet hör i Kaste till ökad delaktighet och förebyggande av utslagning, och flera rader (kliniker, regionala enheter) stärker vården på basnivå.',
    },
  'New in 2009: none of the four 2008 areas covered mental health or substance abuse work.': {
    fi: 'Uusi vuonna 2009: mikään vuoden 2008 neljästä painopistealueesta ei kattanut mielenterveys- ja päihdetyötä.',
    sv: 'Nytt 2009: inget av de fyra prioriterade områdena 2008 omfattade mentalvårds- och missbruksarbete.',
  },
  'National theme 1.': { fi: 'Kansallinen teema 1.', sv: 'Nationellt temaområde 1.' },
  'Continues the 2008 area under a shorter name (young people dropped from the title); Remontti continues into it.': {
    fi: 'Jatkaa vuoden 2008 painopistealuetta lyhyemmällä nimellä (nuoret jäivät nimestä pois); Remontti jatkuu siinä.',
    sv: 'Fortsätter 2008 års prioriterade område under ett kortare namn (de unga har fallit bort ur namnet); Remontti fortsätter inom det.',
  },
  'Integration work is about inclusion and preventing exclusion.': {
    fi: 'Kotoutumistyö on osallisuuden lisäämistä ja syrjäytymisen ehkäisyä.',
    sv: 'Integrationsarbete handlar om delaktighet och förebyggande av utslagning.',
  },
  'New as a theme in 2009. Its one project continues a 2008 multicultural project that the 2008 plan filed under health promotion, shown as a project link rather than a theme link.':
    {
      fi: 'Uusi teema vuonna 2009. Sen ainoa hanke jatkaa vuoden 2008 monikulttuurista hanketta, jonka vuoden 2008 suunnitelma sijoitti terveyden edistämiseen; yhteys näytetään hankkeiden eikä teemojen välillä.',
      sv: 'Nytt som tema 2009. Dess enda projekt fortsätter ett mångkulturellt projekt från 2008 som 2008 års plan förde till hälsofrämjande; kopplingen visas mellan projekten, inte mellan temana.',
    },
  'Adult social work targets exclusion and participation.': {
    fi: 'Aikuissosiaalityö kohdistuu syrjäytymiseen ja osallisuuteen.',
    sv: 'Vuxensocialarbetet inriktar sig på utslagning och delaktighet.',
  },
  'New in 2009: no 2008 area or row covered adult social work.': {
    fi: 'Uusi vuonna 2009: mikään vuoden 2008 painopistealue tai rivi ei kattanut aikuissosiaalityötä.',
    sv: 'Nytt 2009: inget prioriterat område och ingen rad 2008 omfattade vuxensocialarbete.',
  },
  'As the 2008 area of the same name.': {
    fi: 'Kuten samanniminen vuoden 2008 painopistealue.',
    sv: 'Som 2008 års prioriterade område med samma namn.',
  },
  'Same name in both years.': { fi: 'Sama nimi molempina vuosina.', sv: 'Samma namn båda åren.' },
  'National theme 6; one row is about the availability of social-care staff (theme 3).': {
    fi: 'Kansallinen teema 6; yksi rivi koskee sosiaalihuollon työvoiman saatavuutta (teema 3).',
    sv: 'Nationellt temaområde 6; en rad gäller tillgången på personal inom socialvården (temaområde 3).',
  },
  'Renamed continuation of the 2008 service-structure area (processes dropped from the title).': {
    fi: 'Vuoden 2008 palvelurakenteiden painopistealueen jatko uudella nimellä (prosessit jäivät nimestä pois).',
    sv: 'Fortsättning under nytt namn på 2008 års prioriterade område för servicestrukturer (processerna har fallit bort ur namnet).',
  },
  'Child welfare is part of services for children and families.': {
    fi: 'Lastensuojelu on osa lasten ja perheiden palveluja.',
    sv: 'Barnskyddet är en del av tjänsterna för barn och familjer.',
  },
  'As the 2009 immigrant-work theme.': {
    fi: 'Kuten vuoden 2009 maahanmuuttajatyön teema.',
    sv: 'Som 2009 års tema ”Arbete med invandrare”.',
  },
  'The report frames NGO work as involving citizens and civil society in services.': {
    fi: 'Toimintakertomus kuvaa järjestötyön kansalaisten ja kansalaisyhteiskunnan osallistamisena palveluihin.',
    sv: 'Verksamhetsberättelsen beskriver organisationsarbetet som ett sätt att involvera medborgarna och det civila samhället i tjänsterna.',
  },
  'The report describes modelling service processes and joint-authority structures for disability services.': {
    fi: 'Toimintakertomus kuvaa vammaispalvelujen palveluprosessien ja kuntayhtymärakenteiden mallintamista.',
    sv: 'Verksamhetsberättelsen beskriver modellering av serviceprocesserna och samkommunstrukturerna inom handikappservicen.',
  },
  'National theme 3 (personnel).': {
    fi: 'Kansallinen teema 3 (henkilöstö).',
    sv: 'Nationellt temaområde 3 (personal).',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Variants the documents write without saying so (issue 30): one project or school under several names, a post under
// two titles in one plan, a project both inside and outside another, an area written differently, a matrix that
// contradicts its own text. Each is recorded as a quality note with the lines of its phrases; recording a variant is
// not a judgement that the names mean the same thing, and nothing here changes any other value. Every phrase must be
// written in its document (spaces squashed): the build fails when a document no longer writes one.
// ---------------------------------------------------------------------------------------------------------------

export const RECORDED_VARIANTS: Array<
  {
    id: string;
    variant:
      | 'names'
      | 'spellings'
      | 'post-titles'
      | 'inside-and-outside'
      | 'area'
      | 'module-matrix'
      | 'garbled-dates'
      | 'lost-dates';
    /** The project of projects.json the note is about, if any. */
    project?: { planYear: number | null; nameStartsWith: string };
    phrases: Array<{ document: DocumentId; text: string }>;
  } & Reasoned
> = [
  {
    id: 'slides-vali-suomi-project',
    variant: 'names',
    phrases: [
      { document: 'stm-presentation', text: 'Väli-Suomen lasten, nuorten ja lapsiperheiden kehittämishanke' },
      { document: 'stm-presentation', text: 'Väli-Suomen lasten, nuorten ja lapsiperheiden -hanke' },
      { document: 'stm-presentation', text: 'VÄLI-SUOMEN LASTEN, NUORTEN JA LAPSIPERHEIDEN PALVELUJEN KEHITTÄMINEN' },
    ],
    reason: 'Slides 6, 8 and 13 name Väli-Suomi’s child-and-family project three ways.',
  },
  {
    id: 'slides-ita-ja-keski-suomi-project',
    variant: 'names',
    phrases: [
      { document: 'stm-presentation', text: 'Lasten ja perheiden palvelujen kehittäminen Itä- ja Keski- Suomessa' },
      { document: 'stm-presentation', text: 'Itä- ja Keski-Suomen lasten ja perheiden hyvinvointipalvelut' },
      {
        document: 'stm-presentation',
        text: 'Lasten ja perheiden hyvinvointipalveluiden kehittämishanke Itä- ja Keski-Suomessa',
      },
    ],
    reason: 'Slide 6, slide 8 and the teaser giving the period name the Itä- ja Keski-Suomi project differently.',
  },
  {
    id: 'slides-remontti',
    variant: 'names',
    phrases: [
      {
        document: 'stm-presentation',
        text: 'Remontti - lasten, nuorten ja lapsiperheiden palvelujen uudistaminen Varsinais-Suomessa ja Satakunnassa',
      },
      { document: 'stm-presentation', text: 'Länsi-Suomen Remontti' },
    ],
    reason: 'Slide 6 names the Länsi-Suomi project by its full title, slides 8 and 9 as Länsi-Suomen Remontti.',
  },
  {
    id: 'vaasa-plan-project',
    variant: 'names',
    project: { planYear: null, nameStartsWith: 'Vaasan perhekeskus' },
    phrases: [
      { document: 'vaasa-family-centre-plan', text: 'VAASAN PERHEKESKUS' },
      { document: 'vaasa-family-centre-plan', text: 'Vaasan perhekeskus – projektin' },
      { document: 'vaasa-family-centre-plan', text: 'Perhekeskus –hanke' },
    ],
    reason:
      'The plan heads itself as a centre, calls itself a projekti in its goals and a hanke in its text and contacts.',
  },
  {
    id: 'report-chydenius',
    variant: 'names',
    phrases: [
      { document: 'pohjanmaa-report-2005-2006', text: 'Chydenius-Instituutin (JY)' },
      { document: 'pohjanmaa-report-2005-2006', text: 'Chydenius-instituutti Kokkolan yliopistokeskuksen' },
    ],
    reason:
      'The report names the university institute in Kokkola in two forms (capital I, and as the university centre).',
  },
  {
    id: 'report-seinajoki-uas',
    variant: 'names',
    phrases: [
      { document: 'pohjanmaa-report-2005-2006', text: 'Etelä-Pohjanmaan ammattikorkeakouluista' },
      { document: 'pohjanmaa-report-2005-2006', text: 'Seinäjoen ammattikorkeakoulu' },
    ],
    reason:
      'The report names Etelä-Pohjanmaa’s university of applied sciences in one place and Seinäjoen ammattikorkeakoulu in others; whether they are one school the report does not say.',
  },
  {
    id: 'vaasa-plan-coordinator',
    variant: 'post-titles',
    project: { planYear: null, nameStartsWith: 'Vaasan perhekeskus' },
    phrases: [
      { document: 'vaasa-family-centre-plan', text: 'Palkataan hankekoordinaattori' },
      { document: 'vaasa-family-centre-plan', text: 'Projektikoordinaattorin tehtävänä' },
    ],
    reason: 'The post the plan hires as hankekoordinaattori is projektikoordinaattori in its resources and timetable.',
  },
  {
    id: 'lasse-director',
    variant: 'post-titles',
    project: { planYear: null, nameStartsWith: 'LasSe' },
    phrases: [
      { document: 'lasse-plan', text: 'palkattu projektijohtaja' },
      { document: 'lasse-plan', text: 'toimivat hankejohtajan tukena' },
    ],
    reason: 'The plan hires a projektijohtaja; the coordinators’ tasks call the post hankejohtaja.',
  },
  {
    id: 'lasse-coordinator-area',
    variant: 'post-titles',
    project: { planYear: null, nameStartsWith: 'LasSe' },
    phrases: [
      { document: 'lasse-plan', text: 'Pirkanmaan ja Kanta-Hämeen projektikoordinaattorin' },
      { document: 'lasse-plan', text: 'yhdessä Kanta-Hämeen projektikoordinaattori' },
    ],
    reason: 'The coordinator for Pirkanmaa and Kanta-Häme is once called only Kanta-Häme’s coordinator.',
  },
  {
    id: 'remontti-inside-pohjanmaa-hanke',
    variant: 'inside-and-outside',
    project: { planYear: 2009, nameStartsWith: 'Remontti' },
    phrases: [
      { document: 'minutes-2008', text: 'toiminnaksi osana Pohjanmaa-hanketta 2005 -2014' },
      { document: 'minutes-2008', text: 'Pohjanmaa -hanke on vetäytymässä ns. Remontti -hankkeen valmisteluista' },
    ],
    reason:
      'The 2009 row puts Remontti inside Pohjanmaa-hanke, which has a row of its own, while the minutes say Pohjanmaa-hanke withdraws from Remontti’s preparation.',
  },
  {
    id: 'remontti-area',
    variant: 'area',
    project: { planYear: 2008, nameStartsWith: 'Remontti' },
    phrases: [
      { document: 'minutes-2008', text: 'palvelujen uudistaminen Pohjanmaan maakuntien alueella' },
      { document: 'stm-presentation', text: 'palvelujen uudistaminen Varsinais-Suomessa ja Satakunnassa' },
    ],
    reason:
      'The minutes’ Remontti renews services in the Ostrobothnian provinces, the slides’ Remontti in Varsinais-Suomi and Satakunta; the data keeps them as different projects (programme.json notSameAs).',
  },
  {
    id: 'lasse-module-matrix',
    variant: 'module-matrix',
    project: { planYear: null, nameStartsWith: 'LasSe' },
    phrases: [
      {
        document: 'lasse-plan',
        text: 'ovat valinneet painopisteekseen joko sisäisten menettelytapojen edistämisen-moduulin B tai',
      },
      { document: 'lasse-plan', text: 'matriisissa on esitetty maakuntien tasolla yleisin valinta' },
    ],
    reason:
      'The text says each municipality chose B or C and that the matrix shows each province’s most common choice, but the matrix marks both B and C for provinces.',
  },
  {
    id: 'vali-suomi-project-slides-lasse',
    variant: 'names',
    phrases: [
      { document: 'stm-presentation', text: 'Väli-Suomen lasten, nuorten ja lapsiperheiden kehittämishanke' },
      { document: 'lasse-plan', text: 'Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittämishanke' },
    ],
    reason:
      'The slides name Väli-Suomi’s child-and-family project without a short name; the LasSe plan’s teasers write the services’ development project of KASPERI II.',
  },
  {
    id: 'lasse-teaser-kuulas',
    variant: 'names',
    phrases: [
      { document: 'lasse-plan', text: 'KUULAS-hanke, Kanta-Hämeen uudistuvat lasten ja nuorten palvelut' },
      { document: 'lasse-plan', text: 'KLA-hanke, Kanta-Hämeen uudistuvat lasten ja nuorten palvelut' },
    ],
    reason: 'One teaser titles Kanta-Häme’s project KUULAS and calls it KLA in its text.',
  },
  {
    id: 'lasse-sonet-botnia',
    variant: 'spellings',
    phrases: [
      { document: 'lasse-plan', text: 'SONet BOTNIA' },
      { document: 'lasse-plan', text: 'SosNet BOTNIA:n' },
    ],
    reason: 'The coordinators’ paragraph writes the competence centre SosNet BOTNIA, everywhere else SONet BOTNIA.',
  },
  {
    id: 'lasse-kristiinankaupunki',
    variant: 'spellings',
    phrases: [
      { document: 'lasse-plan', text: 'Kristiinankaupunki' },
      { document: 'lasse-plan', text: 'Kristiinan kaupunki' },
    ],
    reason: 'The steering group’s list writes the town in two words, the lists of municipalities in one.',
  },
  {
    id: 'lasse-teaser-kasperi',
    variant: 'spellings',
    phrases: [
      { document: 'lasse-plan', text: 'KASPERI II' },
      { document: 'lasse-plan', text: 'Väli-uomen KAPERI II' },
    ],
    reason: 'A teaser writes Väli-Suomen KASPERI II with letters lost from both words.',
  },
  {
    id: 'lasse-teaser-dates',
    variant: 'garbled-dates',
    phrases: [
      { document: 'lasse-plan', text: 'Toimintasuunnitelma 1.9.2013-31.4.2015' },
      { document: 'lasse-plan', text: '22.10.201 9.10.2015' },
    ],
    reason: 'A teaser’s plan ends on 31 April, which no year has; another teaser’s date lost its last digit.',
  },
  {
    id: 'slides-report-lost-dates',
    variant: 'lost-dates',
    phrases: [
      {
        document: 'stm-presentation',
        text: 'ministerin aluekierrokset Espoo, Jyväskylä, Seinäjoki, 1.6. Pori, avoin Oulu',
      },
      { document: 'pohjanmaa-report-2005-2006', text: 'jatkoi hankkeen ohjausryhmänä - 2005' },
    ],
    reason:
      'The slides date one of the minister’s five regional visits (the rest lost, one open); the report’s immigrant-work group continued to an end of 2005 whose start is lost.',
  },
];

/**
 * Words of a preview's title line (scripts/parsers/previews.ts) that are a private person's name the text gives no
 * title or degree for, so the parser's own rule cannot drop them: by document, the title's words before the name and
 * the name's number of words. The names themselves are not repeated here.
 */
export const PREVIEW_PERSON_WORDS: Partial<
  Record<DocumentId, Array<{ before: string; count: number; reason: string }>>
> = {
  'lasse-plan': [
    {
      before: 'SOTE palvelurakenneuudistus ajankohtaista.',
      count: 2,
      reason: 'The speaker of the talk, named before the organisation he spoke for.',
    },
    {
      before: 'INNOAGENTTI koulutus. I-tason agentit. Seinäjoki Y-talo Tupa-kokoushuone',
      count: 2,
      reason: 'The trainer, named after the room; the surname is also a town’s name.',
    },
    {
      before: 'KAAKKOIS-SUOMEN LASTENSUOJELUN KEHITTÄMISYKSIKKÖHANKKEEN TAVOITTEISTA TUOTOKSIIN',
      count: 5,
      reason: 'The two speakers ("X ja Y") between the talk’s title and the seminar.',
    },
    { before: 'Vaasa', count: 2, reason: 'The speaker, named after the place; the rest of the line is the place.' },
    {
      before: 'Lapsi- ja perhepalveluiden muutosohjelma. Millaista tukea maakuntien muutostyöhön tarvitaan?',
      count: 2,
      reason: 'The speaker, named before the institute she spoke for.',
    },
  ],
};

/**
 * Titles of the documents a document previews (sources.json `previews`), keyed by the title as published, each with
 * the rendering a Swedish and English sources page gives beside the Finnish. Names of projects stay as written;
 * a title a transcript cut or broke is rendered as far as it goes.
 */
/**
 * Previews whose first line is not a title but the previewed document's own text (a table of contents, pledges,
 * survey questions, an agenda with its meeting room): not published, as the documents' running text is not. Keyed by
 * the line's first words as written.
 */
export const PREVIEW_NOT_TITLES: Partial<Record<DocumentId, Array<{ before: string; reason: string }>>> = {
  'stm-presentation': [
    { before: 'Alkusanat...4.', reason: 'A table of contents: chapter headings with page numbers, not a title.' },
    { before: 'Lupaan kuunnella lasta', reason: 'Pledges, sentences of the document’s text, not a title.' },
  ],
  'lasse-plan': [
    { before: '1) Vastasiko työpajan sisältö', reason: 'A feedback form’s questions, not a title.' },
    { before: '1 Arvioinnin tausta ja tarpeet...', reason: 'A table of contents: headings with page numbers.' },
    { before: 'Asialista/ Pöytäkirja. Kokouspaikka', reason: 'An agenda: its meeting room and items, not a title.' },
    {
      before: 'Asialista/ Pöytäkirja. Hotelli/Ravintola',
      reason: 'An agenda: its meeting room and items, not a title.',
    },
  ],
};

/**
 * A date a preview's text line gives whose words do not say what it dates, picked by judgement with the reason: the
 * `written` words (ending in the date) must stand in the text line of the preview whose title starts with `title`,
 * or the build stops naming the entry and the line.
 */
export const PREVIEW_STATED_PICKS: Partial<
  Record<DocumentId, Array<{ title: string; written: string; fact: 'dated'; reason: string }>>
> = {
  'stm-presentation': [
    {
      title: 'Naantalin lasten ja nuorten hyvinvointisuunnitelma',
      written: 'Lastensuojelulaki 12 9.12.2010',
      fact: 'dated',
      reason:
        "The plan's cover: the one date, after the Child Welfare Act's section (12 §, the sign lost in the transcript) and before the preparing group's line; the words do not say what it dates, its place on the cover makes it the plan's date.",
    },
  ],
};

export const PREVIEW_TITLE_TRANSLATIONS: Record<string, Translated> = {
  '8. PERHEKESKUS KUNTIEN TOIMINTASTRATEGIOINA JA OSAAMISEN JOH- TAMISENA': {
    sv: '8. FAMILJECENTRET SOM KOMMUNERNAS VERKSAMHETSSTRATEGI OCH KOMPETENSLEDNING',
    en: '8. THE FAMILY CENTRE AS A MUNICIPAL OPERATING STRATEGY AND AS COMPETENCE MANAGEMENT',
    reason:
      'A chapter heading of the PERHE project’s final report; the transcript’s line break in JOH- TAMISENA read as one word.',
  },
  'PERHEKESKUKSEN PERUSTAMISEN HANKESUUNNITELMA': {
    sv: 'PROJEKTPLAN FÖR GRUNDANDET AV ETT FAMILJECENTER',
    en: 'PROJECT PLAN FOR ESTABLISHING A FAMILY CENTRE',
  },
  'Jyväskylän kaupungin raportit 2008 KUTSU KUMPPANUUTEEN EVÄITÄ ARKEEN': {
    sv: 'Jyväskylä stads rapporter 2008 INBJUDAN TILL PARTNERSKAP – REDSKAP FÖR VARDAGEN',
    en: 'City of Jyväskylä reports 2008 AN INVITATION TO PARTNERSHIP – PROVISIONS FOR EVERYDAY LIFE',
  },
  'Lasten ja perheiden hyvinvointipalveluiden. Itä- ja Keski-Suomessa 2008 2011. Hankesuunnitelma': {
    sv: 'Välfärdstjänster för barn och familjer. I Östra och Mellersta Finland 2008 2011. Projektplan',
    en: 'Welfare services for children and families. In Eastern and Central Finland 2008 2011. Project plan',
    reason: 'The transcript lost the word the genitive belongs to (kehittämishanke, development project).',
  },
  'Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma': {
    sv: 'Det nationella utvecklingsprogrammet för social- och hälsovården',
    en: 'National Development Programme for Social Welfare and Health Care',
  },
  'Mitä Kasteesta on kasvamassa?': {
    sv: 'Vad växer fram ur Kaste?',
    en: 'What is growing out of Kaste?',
  },
  'Hyvinvoiva lapsi ja nuori Tarkennettu hankesuunnitelma Länsi-Suomen Kaste II-ohjelmaan 2013 2015': {
    sv: 'Välmående barn och unga Preciserad projektplan för Västra Finlands Kaste II-program 2013 2015',
    en: 'Thriving children and young people Refined project plan for the Western Finland Kaste II programme 2013 2015',
  },
  'Tuusulan perhekeskushanke 2007-2009 - malleista käytännöiksi LOPPURAPORTTI 11.12.2009': {
    sv: 'Tusby familjecenterprojekt 2007–2009 – från modeller till praxis SLUTRAPPORT 11.12.2009',
    en: 'Tuusula family centre project 2007–2009 – from models to practice FINAL REPORT 11 December 2009',
  },
  'VARHAINEN TUKI. Varhainen tuki O P A S. kohti hyviä käytäntöjä. Kohti hyviä käytäntöjä -opas': {
    sv: 'TIDIGT STÖD. Tidigt stöd G U I D E. mot god praxis. Mot god praxis – en guide',
    en: 'EARLY SUPPORT. Early support G U I D E. towards good practices. Towards good practices – a guide',
  },
  'Yhdessä enemmän hyvinvointia RAY:n strategiaseminaari, Helsinki 8.3.': {
    sv: 'Mer välfärd tillsammans – Penningautomatföreningens (RAY) strategiseminarium, Helsingfors 8.3.',
    en: 'More wellbeing together – strategy seminar of RAY (Slot Machine Association), Helsinki 8 March',
  },
  'yhteensovittava johtaminen': {
    sv: 'samordnande ledning',
    en: 'coordinating management',
    reason:
      'The end of a guide’s title (the services for children, young people and families), as the title line gives it.',
  },
  'Kaste-ohjelma Ajankohtaista Länsi-Suomessa': {
    sv: 'Kaste-programmet – aktuellt i Västra Finland',
    en: 'The Kaste programme – news from Western Finland',
  },
  'Yhdessä enemmän hyvinvointia RAY:n strategiaseminaari, Turku 16.3.': {
    sv: 'Mer välfärd tillsammans – Penningautomatföreningens (RAY) strategiseminarium, Åbo 16.3.',
    en: 'More wellbeing together – strategy seminar of RAY (Slot Machine Association), Turku 16 March',
  },
  'LASTENSUOJELUN SEKÄ LASTEN JA NUORTEN HYVINVOINNIN SUUNNITELMA VUOSILLE 2011-2015': {
    sv: 'PLAN FÖR BARNSKYDDET OCH FÖR BARNS OCH UNGAS VÄLFÄRD 2011–2015',
    en: 'PLAN FOR CHILD WELFARE AND FOR THE WELLBEING OF CHILDREN AND YOUNG PEOPLE 2011–2015',
  },
  'TUKEVA. Oulunkaaren osahankkeen loppuraportti 1.1.2009-31.10.2010': {
    sv: 'TUKEVA. Slutrapport för Oulunkaaris delprojekt 1.1.2009–31.10.2010',
    en: 'TUKEVA. Final report of the Oulunkaari sub-project 1 January 2009 – 31 October 2010',
  },
  'KEHITTYVÄT LASTEN, NUORTEN JA PERHEIDEN PALVELUT osaamista, osallisuutta ja rakenteita': {
    sv: 'TJÄNSTER FÖR BARN, UNGA OCH FAMILJER SOM UTVECKLAS kompetens, delaktighet och strukturer',
    en: 'DEVELOPING SERVICES FOR CHILDREN, YOUNG PEOPLE AND FAMILIES competence, participation and structures',
  },
  'LAPSUUDEN HYVINVOINNIN KEHITTÄMISYKSIKKÖ HANKE LÄNSI- JA KESKI-UUDELLAMAALLA 2007-2009': {
    sv: 'PROJEKTET UTVECKLINGSENHETEN FÖR BARNDOMENS VÄLFÄRD I VÄSTRA OCH MELLERSTA NYLAND 2007–2009',
    en: 'DEVELOPMENT UNIT FOR CHILDHOOD WELLBEING PROJECT IN WESTERN AND CENTRAL UUSIMAA 2007–2009',
  },
  'Moniammatillinen yhteistyö varhaiskasvatuksen kokemana': {
    sv: 'Mångprofessionellt samarbete så som småbarnspedagogiken upplever det',
    en: 'Multi-professional cooperation as early childhood education experiences it',
  },
  'Kainuun lasten ja nuorten hyvinvointisuunnitelma 2014 2015 (LUONNOS)': {
    sv: 'Kajanalands välfärdsplan för barn och unga 2014 2015 (UTKAST)',
    en: 'Kainuu welfare plan for children and young people 2014 2015 (DRAFT)',
  },
  'MURKKUNEUVOLA. Projektisuunnitelma vuosille 2011 2015': {
    sv: 'MURKKUNEUVOLA (rådgivning för tonåringar). Projektplan för åren 2011 2015',
    en: 'MURKKUNEUVOLA (a clinic for young teenagers). Project plan for 2011 2015',
    reason: 'A project name, kept; the gloss says what it names.',
  },
  'PALVELUOHJAUS JA VANHEMMUUDEN TUKEMINEN HANKKEEN 1.2. 31.12.2012 LOPPURAPORTTI': {
    sv: 'SLUTRAPPORT FÖR PROJEKTET SERVICEHANDLEDNING OCH STÖD TILL FÖRÄLDRASKAPET 1.2.–31.12.2012',
    en: 'FINAL REPORT OF THE SERVICE GUIDANCE AND PARENTING SUPPORT PROJECT 1 FEBRUARY – 31 DECEMBER 2012',
  },
  'Lastensuojelun avohuolto ja perhetyö: kehitys, nykytila, haasteet ja kehittämisehdotukset': {
    sv: 'Öppenvården inom barnskyddet och familjearbetet: utveckling, nuläge, utmaningar och utvecklingsförslag',
    en: 'Community-based child welfare and family work: development, present state, challenges and proposals',
  },
  'Selevä Paletti - Loppuraportti': {
    sv: 'Selevä Paletti – slutrapport',
    en: 'Selevä Paletti – final report',
  },
  'NEUVOLA-, KOULU- JA OPISKELUTERVEYDENHUOLLON SEKÄ LASTEN JA NUORTEN EHKÄISEVÄN SUUN TERVEYDENHUOLLON TOIMINTAOHJELMA PERUSPALVELUKESKUS OIVA:SSA':
    {
      sv: 'VERKSAMHETSPROGRAM FÖR RÅDGIVNINGEN, SKOL- OCH STUDERANDEHÄLSOVÅRDEN SAMT DEN FÖREBYGGANDE MUNHÄLSOVÅRDEN FÖR BARN OCH UNGA VID BASSERVICECENTRALEN OIVA',
      en: 'PROGRAMME FOR MATERNITY AND CHILD HEALTH CLINICS, SCHOOL AND STUDENT HEALTH CARE AND PREVENTIVE ORAL HEALTH CARE OF CHILDREN AND YOUNG PEOPLE AT THE OIVA BASIC SERVICES CENTRE',
    },
  'Naantalin lasten ja nuorten hyvinvointisuunnitelma': {
    sv: 'Nådendals välfärdsplan för barn och unga',
    en: 'Naantali welfare plan for children and young people',
  },
  'KASTE-OHJELMA TUKEVA 2 (JATKOHANKE) 2010-2012': {
    sv: 'KASTE-PROGRAMMET TUKEVA 2 (FORTSÄTTNINGSPROJEKT) 2010–2012',
    en: 'KASTE PROGRAMME TUKEVA 2 (FOLLOW-UP PROJECT) 2010–2012',
  },
  'MIKKELIN SEUDUN LASTEN JA NUORTEN HYVINVOINTISUUNNITELMA VUOSILLE 2010-2012': {
    sv: 'S:T MICHELS REGIONS VÄLFÄRDSPLAN FÖR BARN OCH UNGA 2010–2012',
    en: 'MIKKELI REGION WELFARE PLAN FOR CHILDREN AND YOUNG PEOPLE 2010–2012',
  },
  'LasSe- LASTENSUOJELUTARPEEN SELVITYKSEN KEHITTÄMISHANKE VÄLI-SUOMESSA': {
    sv: 'LasSe – PROJEKT FÖR UTVECKLING AV UTREDNINGEN AV BEHOVET AV BARNSKYDD I VÄLI-SUOMI',
    en: 'LasSe – PROJECT TO DEVELOP THE ASSESSMENT OF THE NEED FOR CHILD WELFARE IN VÄLI-SUOMI',
  },
  'LasSe-hankkeen raportointisuunnitelma': {
    sv: 'LasSe-projektets rapporteringsplan',
    en: 'LasSe project reporting plan',
  },
  VIESTINTÄSUUNNITELMA: {
    sv: 'KOMMUNIKATIONSPLAN',
    en: 'COMMUNICATION PLAN',
  },
  'VIESTINTÄSUUNNITELMA. SOS Syrjäytyneestä osalliseksi sosiaalityön keinoin': {
    sv: 'KOMMUNIKATIONSPLAN. SOS Från utslagen till delaktig med socialt arbete',
    en: 'COMMUNICATION PLAN. SOS From excluded to included through social work',
  },
  'LasSe - Lastensuojelutarpeen selvityksen kehittämishanke Väli-Suomessa. Suunnitelma ajalle 1.4.2013 31.10.2015': {
    sv: 'LasSe – Projekt för utveckling av utredningen av behovet av barnskydd i Väli-Suomi. Plan för tiden 1.4.2013–31.10.2015',
    en: 'LasSe – Project to develop the assessment of the need for child welfare in Väli-Suomi. Plan for 1 April 2013 – 31 October 2015',
  },
  'LasSe- LASTENSUOJELUTARPEEN SELVITYKSEN KEHITTÄMISHANKE VÄLI- SUOMESSA. Ohjausryhmän 11. kokous': {
    sv: 'LasSe – PROJEKT FÖR UTVECKLING AV UTREDNINGEN AV BEHOVET AV BARNSKYDD I VÄLI-SUOMI. Styrgruppens 11:e möte',
    en: 'LasSe – PROJECT TO DEVELOP THE ASSESSMENT OF THE NEED FOR CHILD WELFARE IN VÄLI-SUOMI. 11th meeting of the steering group',
  },
  'Lastensuojelu osana perhepalveluja - mikä on lastensuojelun suunta ja paikka tulevaisuudessa?': {
    sv: 'Barnskyddet som en del av familjetjänsterna – vilken är barnskyddets riktning och plats i framtiden?',
    en: 'Child welfare as part of family services – what is the direction and place of child welfare in the future?',
  },
  'Parempi Arki Väli-Suomen Kastehanke': {
    sv: '”Bättre vardag”, Kaste-projektet i Väli-Suomi',
    en: '“Better Everyday Life”, the Väli-Suomi Kaste project',
  },
  'Ajankohtaisia kuulumisia, talousasioita ja hankkeen loppuajan toimintaa KASPERI II hankejohdolta': {
    sv: 'Aktuella nyheter, ekonomi och verksamheten under projektets sista tid från KASPERI II:s projektledning',
    en: 'Current news, finances and the project’s activities in its final period, from the KASPERI II project management',
  },
  'KASPERI II hankkeen Osallisuuden helmet seminaari Terveiset Lasten Kaste osaohjelmasta': {
    sv: 'KASPERI II-projektets seminarium Delaktighetens pärlor – hälsningar från delprogrammet Barnens Kaste',
    en: 'KASPERI II project seminar Pearls of participation – greetings from the Children’s Kaste sub-programme',
  },
  'KASPERI II - Väli-Suomen lasten, nuorten ja lapsiperheiden palvelujen kehittämishanke': {
    sv: 'KASPERI II – utvecklingsprojektet för tjänster för barn, unga och barnfamiljer i Väli-Suomi',
    en: 'KASPERI II – Väli-Suomi development project for services for children, young people and families with children',
  },
  'Perusterveydenhuollon kehitys ja nykytila Etelä-Pohjanmaalla': {
    sv: 'Primärvårdens utveckling och nuläge i Södra Österbotten',
    en: 'Primary health care in South Ostrobothnia: its development and present state',
  },
  'Alkon lahjoituksella ylimaakunnallista kehittämistyötä Pohjanmaalla, Keski Pohjanmaalla ja Etelä Pohjanmaalla': {
    sv: 'Landskapsöverskridande utvecklingsarbete med Alkos donation i Österbotten, Mellersta Österbotten och Södra Österbotten',
    en: 'Cross-regional development work funded by Alko’s donation in Ostrobothnia, Central Ostrobothnia and South Ostrobothnia',
  },
  'VÄLI-SUOMEN IKÄKASTE ÄLDRE-KASTE II': {
    sv: 'ÄLDRE-KASTE II i Väli-Suomi',
    en: 'VÄLI-SUOMI IKÄKASTE ÄLDRE-KASTE II (Kaste for older people)',
  },
  'Väli-Suomen Kaste-aluejohtoryhmä Tampere': {
    sv: 'Den regionala Kaste-ledningsgruppen i Väli-Suomi, Tammerfors',
    en: 'Väli-Suomi Kaste area management group, Tampere',
  },
  'Hanketoiminnan vaikuttavuus ja ohjaus 11.9.2013 klo 11.45-12.15': {
    sv: 'Projektverksamhetens verkningsfullhet och styrning 11.9.2013 kl. 11.45–12.15',
    en: 'Effectiveness and steering of project work 11 September 2013, 11:45–12:15',
  },
  'SenioriKasteen väliarviointi 06/ koonti ja esittely Ohjausryhmä': {
    sv: 'SenioriKastes halvtidsutvärdering 06/ sammanställning och presentation, styrgruppen',
    en: 'SenioriKaste mid-term evaluation 06/ summary and presentation, steering group',
  },
  'Pirkanmaan Lapen eteneminen. Ohjausryhmän kokous': {
    sv: 'Hur LAPE framskrider i Birkaland. Styrgruppens möte',
    en: 'Progress of LAPE in Pirkanmaa. Steering group meeting',
  },
  'KOKONAISSUUNNITELMA KEHITTÄMISTEHTÄVÄLLE lomake 1': {
    sv: 'HELHETSPLAN FÖR UTVECKLINGSUPPGIFTEN blankett 1',
    en: 'OVERALL PLAN FOR THE DEVELOPMENT TASK form 1',
  },
  'Vammaispalvelujen valtakunnallinen kehittämishanke 2. OSA A (koskee koko hankeaikaa 1.9.2012 alkaen) Seurantakysely 1.9.2012 31.12.':
    {
      sv: 'Det nationella utvecklingsprojektet för handikappservice 2. DEL A (gäller hela projekttiden från 1.9.2012) Uppföljningsenkät 1.9.2012–31.12.',
      en: 'National development project for disability services 2. PART A (covers the whole project period from 1 September 2012) Follow-up survey 1 September 2012 – 31 December',
    },
  'Kansa-koulu. Sosiaalihuollon asiakasasiakirjalain toimeenpano. Lappeenranta 31.3.2016.': {
    sv: 'Kansa-koulu. Verkställigheten av lagen om klienthandlingar inom socialvården. Villmanstrand 31.3.2016.',
    en: 'Kansa-koulu. Implementing the Act on Client Documents in Social Welfare. Lappeenranta 31 March 2016.',
  },
  'SOTE palvelurakenneuudistus ajankohtaista. SONet BOTNIA Vaasa 11.6.2013. Ketterä moniosaaja 1': {
    sv: 'Social- och hälsovårdens servicestrukturreform, aktuellt. SONet BOTNIA Vasa 11.6.2013. Smidig mångkunnig 1',
    en: 'Health and social services structural reform: current issues. SONet BOTNIA Vaasa 11 June 2013. Agile multi-skilled 1',
  },
  'PERHE LAPSEN KUNTOUTUKSEN VOIMAVARANA perhetyön ja palveluiden kehittäminen Keski-Pohjanmaan erityishuoltopiirin alueella':
    {
      sv: 'FAMILJEN SOM EN RESURS I BARNETS REHABILITERING utveckling av familjearbetet och tjänsterna inom Mellersta Österbottens specialomsorgsdistrikt',
      en: 'THE FAMILY AS A RESOURCE IN A CHILD’S REHABILITATION developing family work and services in the Central Ostrobothnia special care district',
    },
  'Kohderyhmä Rooli Viestinnän tavoite Viestinnän väline/vastuuhenkilöt': {
    sv: 'Målgrupp Roll Kommunikationens mål Kommunikationskanal/ansvarspersoner',
    en: 'Target group Role Aim of the communication Channel/persons responsible',
  },
  'PRO SOS uudenlaista sosiaalityötä yhdessä rakentamassa': {
    sv: 'PRO SOS – tillsammans bygger vi ett nytt slags socialt arbete',
    en: 'PRO SOS – building a new kind of social work together',
  },
  'Julkaistu Helsingissä 29 päivänä tammikuuta /2013 Maa- ja metsätalousministeriön asetus': {
    sv: 'Utgiven i Helsingfors den 29 januari /2013 Jord- och skogsbruksministeriets förordning',
    en: 'Published in Helsinki on 29 January /2013 Decree of the Ministry of Agriculture and Forestry',
  },
  ARVIOINTISUUNNITELMA: {
    sv: 'UTVÄRDERINGSPLAN',
    en: 'EVALUATION PLAN',
  },
  'Hanketoiminnan ohjaus ja vaikuttavuus': {
    sv: 'Styrning och verkningsfullhet i projektverksamheten',
    en: 'Steering and effectiveness of project work',
  },
  'Kaakkois-Suomen sosiaalialan osaamiskeskus Oy. Socom': {
    sv: 'Kompetenscentret inom det sociala området i Sydöstra Finland Ab. Socom',
    en: 'South-East Finland regional competence centre for social welfare Ltd, Socom',
  },
  'INNOAGENTTI koulutus. I-tason agentit. Seinäjoki Y-talo Tupa-kokoushuone': {
    sv: 'INNOAGENT-utbildning. Agenter på nivå I. Seinäjoki, Y-huset, mötesrummet Tupa',
    en: 'INNOAGENT training. Level I agents. Seinäjoki, Y building, meeting room Tupa',
  },
  'Järjestö 2.0: Pohjanmaan järjestöt mukana muutoksessa': {
    sv: 'Organisation 2.0: Österbottens organisationer med i förändringen',
    en: 'Organisation 2.0: Ostrobothnia’s NGOs taking part in the change',
  },
  'LASTEN KASTE -HANKKEEN OULUN ETELÄISEN ALUEEN TOIMINNALLISEN OSAKOKONAISUUDEN TARKENNETTU TOIMINTASUUNNITELMA JA AIKATAULU':
    {
      sv: 'PRECISERAD VERKSAMHETSPLAN OCH TIDTABELL FÖR DEN FUNKTIONELLA DELHELHETEN I OMRÅDET SÖDER OM ULEÅBORG INOM PROJEKTET BARNENS KASTE',
      en: 'REFINED ACTION PLAN AND SCHEDULE OF THE SOUTHERN OULU AREA’S OPERATIONAL PART OF THE CHILDREN’S KASTE PROJECT',
    },
  'Tervetuloa Väli-Suomen Kaste-aluejohtoryhmän kokoukseen': {
    sv: 'Välkommen till mötet för den regionala Kaste-ledningsgruppen i Väli-Suomi',
    en: 'Welcome to the meeting of the Väli-Suomi Kaste area management group',
  },
  'Kanta-Hämeen sote 2016': {
    sv: 'Social- och hälsovården i Egentliga Tavastland 2016',
    en: 'Health and social services in Kanta-Häme 2016',
  },
  'sivistystoimen kehittäminen Päijät-Hämeen kunnissa vuosina': {
    sv: 'utveckling av bildningsväsendet i kommunerna i Päijänne-Tavastland åren',
    en: 'developing education and culture services in the municipalities of Päijät-Häme in the years',
  },
  'KASPERI II hankkeen ajankohtaiset kuulumiset ja taloustilanne hankejohdolta': {
    sv: 'Aktuella nyheter och den ekonomiska situationen i projektet KASPERI II från projektledningen',
    en: 'KASPERI II project news and financial situation, from the project management',
  },
  'PIKASSOS 10 v. Dialoginen paneeli SOSIAALIALAN KEHITTÄMISEN YDINILMIÖT. Juhlaseminaari 1.12.2011 Tampere-talo': {
    sv: 'PIKASSOS 10 år. Dialogpanel KÄRNFENOMEN I UTVECKLINGEN AV DET SOCIALA OMRÅDET. Jubileumsseminarium 1.12.2011 Tampere-talo',
    en: 'PIKASSOS 10 years. Dialogue panel CORE PHENOMENA OF DEVELOPING SOCIAL WELFARE. Anniversary seminar 1 December 2011 Tampere Hall',
  },
  'Palveluratkaisu-toimintamalli': {
    sv: 'Verksamhetsmodellen Servicelösning',
    en: 'The service solution operating model',
  },
  'KAAKKOIS-SUOMEN LASTENSUOJELUN KEHITTÄMISYKSIKKÖHANKKEEN TAVOITTEISTA TUOTOKSIIN Hankkeen loppuseminaari 9.10.': {
    sv: 'FRÅN MÅL TILL RESULTAT I PROJEKTET UTVECKLINGSENHETEN FÖR BARNSKYDD I SYDÖSTRA FINLAND Projektets slutseminarium 9.10.',
    en: 'FROM AIMS TO OUTPUTS OF THE SOUTH-EAST FINLAND CHILD WELFARE DEVELOPMENT UNIT PROJECT The project’s final seminar 9 October',
  },
  'Lastensuojelutarpeen selvityksen kehittäminen Väli-Suomessa -hanke (LasSe)': {
    sv: 'Projektet Utveckling av utredningen av behovet av barnskydd i Väli-Suomi (LasSe)',
    en: 'Project to develop the assessment of the need for child welfare in Väli-Suomi (LasSe)',
  },
  'Etelä-Pohjanmaan lapset, nuoret ja lapsiperheet -kehittämishanke': {
    sv: 'Utvecklingsprojektet Barn, unga och barnfamiljer i Södra Österbotten',
    en: 'Children, young people and families with children of South Ostrobothnia development project',
  },
  'Kansa-koulu. Sosiaalihuollon asiakasasiakirjalain toimeenpano. Helsinki 22.01.2016.': {
    sv: 'Kansa-koulu. Verkställigheten av lagen om klienthandlingar inom socialvården. Helsingfors 22.01.2016.',
    en: 'Kansa-koulu. Implementing the Act on Client Documents in Social Welfare. Helsinki 22 January 2016.',
  },
  'LAPSI- JA PERHEPALVELUT KOHTI MAAKUNNAN JÄRJESTÄMISVASTUUTA': {
    sv: 'BARN- OCH FAMILJETJÄNSTER MOT LANDSKAPETS ORGANISERINGSANSVAR',
    en: 'CHILD AND FAMILY SERVICES TOWARDS THE REGION’S RESPONSIBILITY FOR ORGANISING THEM',
  },
  'VPK POHJOIS-SUOMEN VAMMAISPALVELUJEN KEHITTÄMISYKSIKÖN VALMISTELUHANKE.': {
    sv: 'VPK FÖRBEREDELSEPROJEKT FÖR UTVECKLINGSENHETEN FÖR HANDIKAPPSERVICE I NORRA FINLAND.',
    en: 'VPK PREPARATORY PROJECT FOR THE NORTHERN FINLAND DISABILITY SERVICES DEVELOPMENT UNIT.',
  },
  'POIMU. -Polkuja sosiaalityöntekijäksi - projekti. 17.3.2014': {
    sv: 'POIMU – Vägar till att bli socialarbetare – projekt. 17.3.2014',
    en: 'POIMU – Paths to becoming a social worker – project. 17 March 2014',
  },
  'Monitoimijainen arviointi.': {
    sv: 'Bedömning med flera aktörer.',
    en: 'Multi-agency assessment.',
  },
  'Kokemusasiantuntijuus ja asiakkaiden osallistumisen toimintamalli osahanke': {
    sv: 'Delprojektet Erfarenhetsexpertis och en verksamhetsmodell för klienternas delaktighet',
    en: 'Experts by experience and a model for client participation, sub-project',
  },
  'Päijät-Hämeen sosiaali- ja terveysyhtymä': {
    sv: 'Päijänne-Tavastlands social- och hälsovårdssamkommun',
    en: 'Päijät-Häme social and health care joint authority',
    reason: 'The organisation PHSOTEY names (ORGANISATIONS), by the same rendering.',
  },
  'ORIVESI-JUUPAJOKI KUNTALIITOSSELVITYS. Viestintäsuunnitelmassa selkeytetään Juupajoki-Orivesi kuntaliitosselvitykseen liittyvää viestintää.':
    {
      sv: 'KOMMUNSAMMANSLAGNINGSUTREDNINGEN ORIVESI–JUUPAJOKI. Kommunikationsplanen klargör kommunikationen kring utredningen om sammanslagning av Juupajoki och Orivesi.',
      en: 'ORIVESI–JUUPAJOKI MUNICIPAL MERGER STUDY. The communication plan clarifies the communication about the Juupajoki–Orivesi merger study.',
    },
  'Hankkeen esittely. Aikuissosiaalityön aamukahvit Kouvola Lappeenranta': {
    sv: 'Presentation av projektet. Morgonkaffe för vuxensocialarbetet, Kouvola, Villmanstrand',
    en: 'Presentation of the project. Adult social work morning coffees, Kouvola, Lappeenranta',
  },
  'Miten tästä eteenpäin?': {
    sv: 'Hur går vi vidare?',
    en: 'Where do we go from here?',
  },
  'Sote-valmistelijat': {
    sv: 'Beredarna av social- och hälsovårdsreformen',
    en: 'Health and social services reform planners',
  },
  'Mielen avain, Siuntio Vivo-Hanke. Toimintasuunnitelma 1.9.2013-31.4.2015': {
    sv: 'Mielen avain, Sjundeå Vivo-projektet. Verksamhetsplan 1.9.2013–31.4.2015',
    en: 'Mielen avain, Siuntio Vivo project. Action plan 1 September 2013 – 31 April [sic] 2015',
  },
  'Hankkeen viestintäsuunnitelma': {
    sv: 'Projektets kommunikationsplan',
    en: 'The project’s communication plan',
  },
  'LASTEN, NUORTEN JA LAPSIPERHEIDEN PALVELUITA UUDISTETAAN TYÖSEMINAARI MIKKELISSÄ 20.3.2013': {
    sv: 'TJÄNSTERNA FÖR BARN, UNGA OCH BARNFAMILJER FÖRNYAS ARBETSSEMINARIUM I S:T MICHEL 20.3.2013',
    en: 'REFORMING SERVICES FOR CHILDREN, YOUNG PEOPLE AND FAMILIES WORKING SEMINAR IN MIKKELI 20 MARCH 2013',
  },
  'kaventaa hyvinvointi- ja terveyseroja järjestää sosiaali- ja terveydenhuollon rakenteet ja palvelut asiakasta kuunnellen':
    {
      sv: 'minska skillnaderna i välfärd och hälsa ordna social- och hälsovårdens strukturer och tjänster genom att lyssna på klienten',
      en: 'narrow the gaps in wellbeing and health organise the structures and services of health and social care listening to the client',
    },
  'LOPPURAPORTTI 1 LOPPURAPORTTI': {
    sv: 'SLUTRAPPORT 1 SLUTRAPPORT',
    en: 'FINAL REPORT 1 FINAL REPORT',
  },
  'KUULAS-hanke, Kanta-Hämeen uudistuvat lasten ja nuorten palvelut': {
    sv: 'KUULAS-projektet, förnyade tjänster för barn och unga i Egentliga Tavastland',
    en: 'KUULAS project, renewed services for children and young people in Kanta-Häme',
  },
  'Sote-uudistuksen alueellinen valmistelu Keskinen sote-alue ja tuotantovastuualueet': {
    sv: 'Den regionala beredningen av social- och hälsovårdsreformen, det mellersta social- och hälsovårdsområdet och produktionsansvarsområdena',
    en: 'Regional preparation of the health and social services reform: the central health and social services area and the production areas',
  },
  Vaasa: {
    sv: 'Vasa',
    en: 'Vaasa',
    reason: 'What is left of a title line that was a place and a speaker’s name.',
  },
  'Ikäneuvo kotona asumiseen arvoa neuvonnalla ja asiakasohjauksella': {
    sv: 'Ikäneuvo – värde för boende hemma genom rådgivning och klienthandledning',
    en: 'Ikäneuvo – adding value to living at home through advice and client guidance',
  },
  'Paljon tukea tarvitsevat - paljon palveluja käyttävät - hanke': {
    sv: 'Projektet De som behöver mycket stöd – de som använder mycket tjänster',
    en: 'Those who need much support – those who use many services project',
  },
  'Uudenlaista sosiaalityötä yhdessä rakentamassa': {
    sv: 'Tillsammans bygger vi ett nytt slags socialt arbete',
    en: 'Building a new kind of social work together',
  },
  'Väkivaltatyön osaamisen kehittäminen ja verkostointi maakuntien perhekeskushankkeissa. THL:n toimintamallit, koordinaatio ja tuki':
    {
      sv: 'Kompetensutveckling och nätverk i arbetet mot våld i landskapens familjecenterprojekt. THL:s verksamhetsmodeller, koordinering och stöd',
      en: 'Developing competence in work against violence and networking in the regions’ family centre projects. THL’s operating models, coordination and support',
    },
  'Millainen on suomalainen perhekeskus? Kehittämistyön uusimmat vaiheet': {
    sv: 'Hurdant är det finländska familjecentret? De senaste skedena i utvecklingsarbetet',
    en: 'What is a Finnish family centre like? The latest stages of the development work',
  },
  'Etelä-Pohjanmaan sosiaali- ja terveydenhuollon palvelurakenneuudistus - projektisuunnitelma': {
    sv: 'Reformen av servicestrukturen inom social- och hälsovården i Södra Österbotten – projektplan',
    en: 'Reform of the health and social services structure in South Ostrobothnia – project plan',
  },
  'Oma Hämeen LAPE -HANKKEEN VIESTINTÄSUUNNITELMA Hanke liittyy Lapsi- ja perhepalvelujen muutosohjelmaan (LAPE)': {
    sv: 'KOMMUNIKATIONSPLAN FÖR PROJEKTET Oma Häme LAPE Projektet hör till Förändringsprogrammet för barn- och familjetjänster (LAPE)',
    en: 'COMMUNICATION PLAN OF THE Oma Häme LAPE PROJECT The project is part of the Programme to Address Child and Family Services (LAPE)',
  },
  'Monialaisen yhteistyön kehittämistarpeet lastensuojelun työskentelyn alkuvaiheissa - alustavia tutkimustuloksia': {
    sv: 'Behov av att utveckla det sektorsövergripande samarbetet i barnskyddsarbetets inledande skeden – preliminära forskningsresultat',
    en: 'Needs to develop multi-agency cooperation in the first stages of child welfare work – preliminary research results',
  },
  'Asiakaslähtöisen palvelusuunnitun. Lokakuu 2011, päivitetty Vammaispalveluhanke/Eteva ja Nurmijärven kunta': {
    sv: 'Klientorienterad serviceplan (ordet avbrutet). Oktober 2011, uppdaterad Handikappserviceprojektet/Eteva och Nurmijärvi kommun',
    en: 'Client-centred service plan (the word cut off). October 2011, updated Disability services project/Eteva and the Municipality of Nurmijärvi',
    reason:
      'The transcript cut the word (palvelusuunnitelma, service plan); the rendering says so rather than complete it.',
  },
  'Moniammatillisista työryhmistä ja tietojen vaihdosta lastensuojelun kentässä Jyväskylä 25.1.2013.': {
    sv: 'Om mångprofessionella arbetsgrupper och informationsutbyte inom barnskyddet Jyväskylä 25.1.2013.',
    en: 'On multi-professional working groups and the exchange of information in child welfare Jyväskylä 25 January 2013.',
  },
  'LasSe-Lastensuojelutarpeen selvityksen kehittäminen Väli-Suomessa-hanke': {
    sv: 'LasSe – projektet Utveckling av utredningen av behovet av barnskydd i Väli-Suomi',
    en: 'LasSe – Project to develop the assessment of the need for child welfare in Väli-Suomi',
  },
  'TIEDOTUS- JA VIESTINTÄSUUNNITELMA': {
    sv: 'INFORMATIONS- OCH KOMMUNIKATIONSPLAN',
    en: 'INFORMATION AND COMMUNICATION PLAN',
  },
  'Lapsi- ja perhepalveluiden muutosohjelma. Millaista tukea maakuntien muutostyöhön tarvitaan? Terveyden ja hyvinvoinnin laitos':
    {
      sv: 'Förändringsprogrammet för barn- och familjetjänster. Vilket slags stöd behövs i landskapens förändringsarbete? Institutet för hälsa och välfärd',
      en: 'Programme to Address Child and Family Services. What support does the regions’ change work need? Finnish Institute for Health and Welfare',
    },
  'H E L S I N G I N K A U P U N G I N S O S I A A L I - J A T E R V E Y S V I R A S T O': {
    sv: 'H E L S I N G F O R S S T A D S S O C I A L - O C H H Ä L S O V Å R D S V E R K',
    en: 'C I T Y O F H E L S I N K I S O C I A L S E R V I C E S A N D H E A L T H C A R E D E P A R T M E N T',
    reason: 'Written letter-spaced in the preview; the rendering keeps the spacing so it reads as the same line.',
  },
  'SOTE/ KUNTAJOHTAJAFOORUM. Aika: 5.11.2015 klo 16.00. Hotelli-Ravintola Alma, Ruukintie 4 Seinäjoki, Parvikabinetti':
    {
      sv: 'SOCIAL- OCH HÄLSOVÅRD/ KOMMUNDIREKTÖRSFORUM. Tid: 5.11.2015 kl. 16.00. Hotell-Restaurang Alma, Ruukintie 4 Seinäjoki, Parvikabinetti',
      en: 'HEALTH AND SOCIAL SERVICES/ MUNICIPAL MANAGERS’ FORUM. Time: 5 November 2015 at 16:00. Hotel-Restaurant Alma, Ruukintie 4 Seinäjoki, Parvikabinetti room',
    },
  'KONSEPTIMÄÄRITYS YHTEINEN KEITTÖ HANKKEESSA OLEVIEN VIIDEN PILOTIN POHJALTA (YK-konseptimääritys)': {
    sv: 'KONCEPTDEFINITION UTGÅENDE FRÅN DE FEM PILOTERNA I PROJEKTET YHTEINEN KEITTÖ (YK-konceptdefinition)',
    en: 'CONCEPT DEFINITION BASED ON THE FIVE PILOTS OF THE YHTEINEN KEITTÖ PROJECT (YK concept definition)',
  },
  'Toimintasuunnitelma 2012': {
    sv: 'Verksamhetsplan 2012',
    en: 'Action plan 2012',
  },
  'Keski-Suomen SOTE2020 - hanke LAPSET, NUORET JA PERHEET VISIO KORJAAVASTA TUKEVAAN, YKSILÖSTÄ VERKOSTOON': {
    sv: 'Mellersta Finlands SOTE2020-projekt BARN, UNGA OCH FAMILJER VISION FRÅN KORRIGERANDE TILL STÖDJANDE, FRÅN INDIVID TILL NÄTVERK',
    en: 'Central Finland SOTE2020 project CHILDREN, YOUNG PEOPLE AND FAMILIES VISION FROM CORRECTIVE TO SUPPORTIVE, FROM INDIVIDUAL TO NETWORK',
  },
  'Tiedotussuunnitelma. Keski-Suomen Työpajayhdistys ry. Keski-Suomen Työpajayhdistys ry.': {
    sv: 'Informationsplan. Keski-Suomen Työpajayhdistys ry. Keski-Suomen Työpajayhdistys ry.',
    en: 'Information plan. Keski-Suomen Työpajayhdistys ry. Keski-Suomen Työpajayhdistys ry.',
  },
  'Väkivaltatyön osaamisen kehittäminen ja verkostointi LAPE:n perhekeskushankkeissa. THL:n toimintamallit, koordinaatio ja tuki':
    {
      sv: 'Kompetensutveckling och nätverk i arbetet mot våld i LAPE:s familjecenterprojekt. THL:s verksamhetsmodeller, koordinering och stöd',
      en: 'Developing competence in work against violence and networking in LAPE’s family centre projects. THL’s operating models, coordination and support',
    },
  'PoPSTer Viestintäsuunnitelma': {
    sv: 'PoPSTer kommunikationsplan',
    en: 'PoPSTer communication plan',
  },
  'LasSe UUTISIA. LasSe. LasSe UUTISKIRJE 1/ SONet BOTNIA VER SO UUTISKIRJE 1/2015': {
    sv: 'LasSe NYHETER. LasSe. LasSe NYHETSBREV 1/ SONet BOTNIA VER SO NYHETSBREV 1/2015',
    en: 'LasSe NEWS. LasSe. LasSe NEWSLETTER 1/ SONet BOTNIA VER SO NEWSLETTER 1/2015',
  },
  'Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma eli Kaste 2012-2015 STM': {
    sv: 'Det nationella utvecklingsprogrammet för social- och hälsovården, dvs. Kaste 2012–2015, SHM',
    en: 'National Development Programme for Social Welfare and Health Care, i.e. Kaste 2012–2015, Ministry of Social Affairs and Health',
  },
};

/**
 * Names a document gives in running text or on a flattened slide that no other table holds (sources.json
 * `mentions`, scripts/parsers/mentions.ts). Which words make a name is the judgement here: the running text has no
 * list, and the flattened slides lost their layout. `name` is the basic form where the text inflects the name.
 */
export const MENTIONS: Partial<Record<DocumentId, Array<MentionPick & Reasoned>>> = {
  'minutes-2008': [
    {
      written: 'Väli-Suomen alueellisen johtoryhmän',
      name: 'Väli-Suomen alueellinen johtoryhmä',
      kind: 'organisation',
      reason: "§5's presentation (line 33): the body whose members report on the Kaste programme.",
    },
    {
      written: 'Väli-Suomen yhdyshenkilömuistion',
      name: 'Väli-Suomen yhdyshenkilömuistio',
      kind: 'document',
      reason: 'The memo the news of §5 is based on, an attached file (line 34).',
    },
    {
      written: 'Ikääntyvien palvelujen hankekokonaisuus',
      kind: 'project',
      reason: 'The project entity furthest in preparation for the August round (line 34).',
    },
    {
      written: 'ls- kehyt, perhehanke,varhaiskasvatus',
      list: true,
      kind: 'item',
      under: 'lasten, nuorten ja perheiden hankekokonaisuus',
      reason:
        'The three parts the children, young people and families entity is built of "as originally planned", in parentheses after it (line 34; "hankekokonaisuuteen" in its basic form).',
    },
    {
      written: 'Etelä-Pohjanmaa alueellisen ohjausryhmän toimintakausi',
      name: 'Etelä-Pohjanmaan alueellinen ohjausryhmä',
      kind: 'organisation',
      under: 'uusi kokoonpano',
      reason:
        'The steering group whose term is ending; its new composition is for 2009–2010 (line 41; the line drops the genitive n of Etelä-Pohjanmaa).',
    },
    {
      written: 'E-P:n Hyvinvointibarometrin',
      name: 'E-P:n Hyvinvointibarometri',
      kind: 'document',
      reason: 'The wellbeing barometer whose update has become topical (line 62).',
    },
    {
      written: 'Kehittävät kuntapalvelut -hankkeessa',
      name: 'Kehittävät kuntapalvelut -hanke',
      kind: 'project',
      under: 'E-P:n Hyvinvointibarometrin päivittäminen',
      reason:
        'The project that reserved money for the barometer’s update, for 2009 (line 62): the year is that of the update it funds.',
    },
    {
      written: 'Sosiaalialan kehittämishankkeen',
      name: 'Sosiaalialan kehittämishanke',
      kind: 'project',
      under: 'LASTENSUOJELU',
      reason:
        'The frame during which the three earlier child-protection projects ran (line 297, under the LASTENSUOJELU heading of line 295).',
    },
    {
      written: 'Suupohjassa seudullisena hankkeena',
      name: 'Suupohjan seudullinen hanke',
      kind: 'project',
      under: 'VARHAISKASVATUS',
      reason:
        'Early-education development begun in Suupohja as a sub-regional project in spring 2007 (line 305, under VARHAISKASVATUS of line 303); unnamed there, so named by its place.',
    },
    {
      written: '(Kersanet)',
      name: 'Kersanet',
      kind: 'website',
      under: 'lapsiperhesivusto/portaali',
      reason: 'The families’ website the Parempaa perheelle II project develops, named in parentheses (line 313).',
    },
    {
      written: 'Paras -lainsäädännön',
      name: 'Paras-lainsäädäntö',
      kind: 'law',
      reason: 'The legislation in whose spirit Parempaa perheelle II spreads good practice (line 313).',
    },
  ],
  'stm-presentation': [
    {
      written: 'Lasten, nuorten ja perheiden palvelujen kehittäminen Kaste -ohjelmassa',
      kind: 'heading',
      reason: "Slide 5's heading: the words before its first sentence (Uudistetaan …).",
    },
    {
      written: 'Turun Lapsi- ja nuorisotutkimuskeskus',
      kind: 'organisation',
      reason: "A partner named on Länsi-Suomi's Remontti slide (slide 9; slide 13 copies it).",
    },
    { written: 'AMSTERDAMIN PERHEKESKUSMALLI', kind: 'model', reason: 'Slide 15, the whole slide.' },
    {
      written: 'PERHE -hanke perhekeskuksen kehittämisprosessina',
      name: 'PERHE -hanke',
      kind: 'project',
      reason: "Slide 16's heading names the PERHE project.",
    },
    { written: 'HELSINGIN LAPASET', kind: 'model', reason: "Slide 23's heading, Helsinki's coordination model." },
    {
      written: '3 ja 5 - vuotis tarkastukset',
      kind: 'item',
      under: 'HELSINGIN LAPASET',
      reason: 'The check-ups slide 23 gives as an example of joint basic work.',
    },
    { written: 'Perhekeskukset Kainuuseen', kind: 'heading', reason: 'Slide 24, the whole slide.' },
    {
      written: 'Tampere Hyvinvointia neuvolasta',
      kind: 'model',
      reason: "Slide 27, the whole slide: Tampere's model.",
    },
    {
      written: 'LAPSIPERHEIDEN PERHETYÖ ESPOOSSA',
      kind: 'heading',
      reason: "Slide 29's heading (after the transcript's stray 'te').",
    },
    {
      written: 'TUOMARILAN LASTENKOTI JA PERHETUKIKESK US',
      name: 'TUOMARILAN LASTENKOTI JA PERHETUKIKESKUS',
      kind: 'organisation',
      under: 'LAPSIPERHEIDEN PERHETYÖ ESPOOSSA',
      reason: "A unit slide 29 names, the transcript's break in PERHETUKIKESK US read as one word.",
    },
    {
      written: 'EHKÄISEVÄ LASTENSUOJELU',
      kind: 'heading',
      reason: "Slide 35's heading (the § of its '( 3)' lost).",
    },
  ],
  'vaasa-family-centre-plan': [
    {
      written: 'uutta strategiaa',
      name: 'Vaasan kaupungin strategia',
      kind: 'document',
      reason: 'The new strategy the city is preparing, to 2020 (line 9).',
    },
  ],
};

/**
 * The Swedish and English of the mentions' names, the headings they stand under and the documents' figures' words
 * (sources.json `mentions`, `figures`); a stale entry stops the build. Places stay as written.
 */
export const MENTION_TRANSLATIONS: Record<string, Translated> = {
  'Väli-Suomen alueellinen johtoryhmä': {
    sv: 'Den regionala Kaste-ledningsgruppen i Väli-Suomi',
    en: 'Väli-Suomi Kaste area management group',
  },
  'Väli-Suomen yhdyshenkilömuistio': {
    sv: 'Promemorian för kontaktpersonerna i Väli-Suomi',
    en: 'Väli-Suomi contact persons’ memo',
  },
  'Ikääntyvien palvelujen hankekokonaisuus': {
    sv: 'Projekthelheten för service för äldre',
    en: 'Project entity for services for older people',
  },
  'lasten, nuorten ja perheiden hankekokonaisuus': {
    sv: 'projekthelheten för barn, unga och familjer',
    en: 'project entity for children, young people and families',
  },
  'ls- kehyt': {
    sv: 'barnskyddets utvecklingsenheter',
    en: 'child welfare development units',
    reason: 'ls = lastensuojelu, kehyt = kehittämisyksiköt (development units), both shortened as in the minutes.',
  },
  perhehanke: { sv: 'familjeprojekt', en: 'family project' },
  varhaiskasvatus: { sv: 'småbarnspedagogik', en: 'early childhood education' },
  'Etelä-Pohjanmaan alueellinen ohjausryhmä': {
    sv: 'Den regionala styrgruppen för Södra Österbotten',
    en: 'South Ostrobothnia regional steering group',
  },
  'uusi kokoonpano': { sv: 'ny sammansättning', en: 'new composition' },
  'E-P:n Hyvinvointibarometri': {
    sv: 'Södra Österbottens välfärdsbarometer',
    en: 'South Ostrobothnia wellbeing barometer',
  },
  'Kehittävät kuntapalvelut -hanke': {
    sv: 'Projektet Kommunal service som utvecklas',
    en: 'Developing municipal services project',
  },
  'E-P:n Hyvinvointibarometrin päivittäminen': {
    sv: 'uppdateringen av Södra Österbottens välfärdsbarometer',
    en: 'updating the South Ostrobothnia wellbeing barometer',
  },
  'Sosiaalialan kehittämishanke': {
    sv: 'Utvecklingsprojektet för det sociala området',
    en: 'National Development Project for Social Services',
  },
  LASTENSUOJELU: { sv: 'BARNSKYDD', en: 'CHILD WELFARE' },
  'Suupohjan seudullinen hanke': {
    sv: 'Det regionala projektet i Suupohja',

    en: 'Suupohja sub-regional project',
  },
  VARHAISKASVATUS: { sv: 'SMÅBARNSPEDAGOGIK', en: 'EARLY CHILDHOOD EDUCATION' },
  'lapsiperhesivusto/portaali': { sv: 'webbplats/portal för barnfamiljer', en: 'families’ website/portal' },
  'Paras-lainsäädäntö': { sv: 'Paras-lagstiftningen', en: 'Paras legislation' },
  'Lasten, nuorten ja perheiden palvelujen kehittäminen Kaste -ohjelmassa': {
    sv: 'Utvecklingen av service för barn, unga och familjer i Kaste-programmet',
    en: 'Developing services for children, young people and families in the Kaste programme',
  },
  'Turun Lapsi- ja nuorisotutkimuskeskus': {
    sv: 'Forskningscentret för barn och unga i Åbo',
    en: 'Turku Centre for Child and Youth Research',
  },
  'AMSTERDAMIN PERHEKESKUSMALLI': { sv: 'AMSTERDAMS FAMILJECENTERMODELL', en: 'THE AMSTERDAM FAMILY CENTRE MODEL' },
  'PERHE -hanke': { sv: 'PERHE-projektet', en: 'PERHE project' },
  'HELSINGIN LAPASET': { sv: 'HELSINGFORS LAPASET', en: 'HELSINKI LAPASET' },
  '3 ja 5 - vuotis tarkastukset': { sv: '3- och 5-årskontroller', en: '3- and 5-year check-ups' },
  'Perhekeskukset Kainuuseen': { sv: 'Familjecenter till Kajanaland', en: 'Family centres for Kainuu' },
  'Tampere Hyvinvointia neuvolasta': {
    sv: 'Tammerfors Välfärd från rådgivningen',
    en: 'Tampere Wellbeing from the child health clinic',
  },
  'LAPSIPERHEIDEN PERHETYÖ ESPOOSSA': {
    sv: 'FAMILJEARBETE MED BARNFAMILJER I ESBO',
    en: 'FAMILY WORK WITH FAMILIES IN ESPOO',
  },
  'TUOMARILAN LASTENKOTI JA PERHETUKIKESKUS': {
    sv: 'DOMSBY BARNHEM OCH FAMILJESTÖDCENTER',
    en: 'TUOMARILA CHILDREN’S HOME AND FAMILY SUPPORT CENTRE',
  },
  'EHKÄISEVÄ LASTENSUOJELU': { sv: 'FÖREBYGGANDE BARNSKYDD', en: 'PREVENTIVE CHILD WELFARE' },
  'Vaasan kaupungin strategia': { sv: 'Vasa stads strategi', en: 'City of Vaasa strategy' },
  'Valtiontalouden kehykset': { sv: 'Statsfinansernas ramar', en: 'Central government spending limits' },
  Hallitusohjelma: { sv: 'Regeringsprogrammet', en: 'Government programme' },
  Lainsäädäntöhankkeet: { sv: 'Lagstiftningsprojekt', en: 'Legislative projects' },
  Peruspalveluohjelma: { sv: 'Basserviceprogrammet', en: 'Basic services programme' },
  'Paras- hanke': { sv: 'Paras-projektet', en: 'Paras project' },
  'Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma': {
    sv: 'Det nationella utvecklingsprogrammet för social- och hälsovården',
    en: 'National Development Programme for Social Welfare and Health Care',
  },
  'Politiikkaohjelmat -terveyden edistäminen -lapset, nuoret ja perheet -työ, yrittäminen ja työelämä': {
    sv: 'Politikprogrammen – hälsofrämjande – barn, unga och familjer – arbete, företagande och arbetsliv',
    en: 'Policy programmes – health promotion – children, young people and families – employment, entrepreneurship and working life',
  },
  'Alueelliset kuulemistilaisuudet': { sv: 'Regionala hörandetillfällen', en: 'Regional hearings' },
  'Järjestöjen kuuleminen': { sv: 'Hörande av organisationer', en: 'Consulting organisations' },
  Kansalaismielipide: { sv: 'Medborgaropinionen', en: 'Public opinion' },
  'ministerin aluekierrokset': { sv: 'ministerns regionturnéer', en: 'the minister’s tours of the Kaste areas' },

  'fyysinen tila': { sv: 'fysiskt utrymme', en: 'physical premises' },
  verkostomalli: { sv: 'nätverksmodell', en: 'network model' },
  'seudullinen rakenne': { sv: 'regional struktur', en: 'sub-regional structure' },
  'Perhekeskusratkaisut kunnissa': {
    sv: 'Familjecenterlösningar i kommunerna',
    en: 'Family-centre solutions in municipalities',
  },
  Kuntahankkeet: { sv: 'Kommunprojekt', en: 'Municipal projects' },
  'VARHAINEN TUKI JA OSALLISUUS - PERHEKESKUSTEN KEHITTÄMINEN': {
    sv: 'TIDIGT STÖD OCH DELAKTIGHET – UTVECKLINGEN AV FAMILJECENTER',
    en: 'EARLY SUPPORT AND PARTICIPATION – DEVELOPING FAMILY CENTRES',
  },
  'Etelä-Pohjanmaan Kaste seminaari': {
    sv: 'Kaste-seminariet i Södra Österbotten',
    en: 'South Ostrobothnia Kaste seminar',
  },
  'RAY:n avustusstrategiakausi': {
    sv: 'Penningautomatföreningens (RAY) period för understödsstrategin',
    en: 'RAY’s grant strategy period',
  },
  'Perhekeskustoiminnan kehittäminen. PERHE - hankkeen loppuraportti. STM Selvityksiä 2008:12': {
    sv: 'Utvecklingen av familjecenterverksamheten. PERHE-projektets slutrapport. SHM:s utredningar 2008:12',
    en: 'Developing family-centre work. Final report of the PERHE project. Reports of the Ministry of Social Affairs and Health 2008:12',
  },
  'Pikku-Sagan loppuraportti': {
    sv: 'Slutrapporten för projektet Pikku Saga',
    en: 'Final report of the Pikku Saga project',
  },

  'kuntia n. 100': { sv: 'kommuner ca 100', en: 'municipalities about 100' },
  'Kokoontuu vähintään neljä kertaa vuodessa': {
    sv: 'Sammanträder minst fyra gånger om året',
    en: 'Meets at least four times a year',
  },
  'johtoryhmä kokoontuu 2 krt vuodessa': {
    sv: 'ledningsgruppen sammanträder 2 ggr om året',
    en: 'the management group meets 2 times a year',
  },
  'esimiesfoorumit kokoontuvat 2-4 krt vuodessa': {
    sv: 'chefsforumen sammanträder 2–4 ggr om året',
    en: 'the supervisors’ forums meet 2–4 times a year',
  },
  '70 % vastanneista oli muuttanu tänne 2000-luvulla': {
    sv: '70 % av de svarande hade flyttat hit på 2000-talet',
    en: '70% of the respondents had moved here in the 2000s',
  },
};

/**
 * Names whose inflected form the reader of named organisations (scripts/lib/basicForm.ts) cannot put in its basic
 * form from the reference municipalities: the form as written → the basic form.
 */
export const IRREGULAR_NAME_FORMS: Record<string, string> = {
  // Himanka joined Kalajoki in 2010: it is in none of the municipality lists of 2008, 2009 or 2013 the build reads.
  Himangan: 'Himanka',
};

/** An organisation a document names in a role under another name than regions.json's: the name → its id. */
export const NAMED_ORGANISATION_IDS: Record<string, { id: string } & Reasoned> = {
  'Eskoon kuntayhtymä': {
    id: 'eskoo',
    reason:
      'The report names Eskoon sosiaalipalvelujen kuntayhtymä in full at line 85 and, in the next sentences of the same paragraph, as "Eskoon kuntayhtymän": one joint authority.',
  },
};

/**
 * The Swedish and English of the organisations the documents name in a role and of what they name them in
 * (sources.json organisations): Finland-Swedish official names where there is one, the dashboard's rendering
 * otherwise. Keyed by the basic form the reader gives. `written` marks a name the document writes in Swedish, or an
 * abbreviation or network name in no one language (SOCCA is bilingual, NOPUS Nordic): it is not marked Finnish.
 */
export const NAMED_TRANSLATIONS: Record<string, { sv: string; en: string; written?: 'sv' | 'none' }> = {
  // The activity report 2005–2006
  'Sosiaalialan kehittämishanke': {
    sv: 'Utvecklingsprojektet för det sociala området',
    en: 'National Development Project for Social Services',
  },
  Stakes: { sv: 'Stakes', en: 'Stakes', written: 'none' },
  NOPUS: { sv: 'NOPUS', en: 'NOPUS', written: 'none' },
  Lääninhallitus: { sv: 'Länsstyrelsen', en: 'State Provincial Office' },
  'sosiaalialan kehittämisyhteistyö': {
    sv: 'utvecklingssamarbetet inom det sociala området',
    en: 'development cooperation in social welfare',
  },
  'Pohjanmaan liitto': { sv: 'Österbottens förbund', en: 'Regional Council of Ostrobothnia' },
  'rakenteiden kehittäminen': { sv: 'utvecklingen av strukturerna', en: 'developing the structures' },
  'Syrjäytymisuhanalaisten lasten ja nuorten tukemisen kehittämisrahoitus': {
    sv: 'Utvecklingsfinansieringen för stöd till barn och unga som hotas av utslagning',
    en: 'Development funding for supporting children and young people at risk of exclusion',
  },
  'Svenska yrkeshögskolan': { sv: 'Svenska yrkeshögskolan', en: 'Svenska yrkeshögskolan', written: 'sv' },
  'Perhetyön kehittäminen': { sv: 'utvecklingen av familjearbetet', en: 'developing family work' },
  'Lastensuojelun kehittämisohjelma': {
    sv: 'Utvecklingsprogrammet för barnskyddet',
    en: 'Child Welfare Development Programme',
  },
  'Det Finlandssvenska kompetenscentret': {
    sv: 'Det Finlandssvenska kompetenscentret',
    en: 'Det Finlandssvenska kompetenscentret',
    written: 'sv',
  },
  'SONet BOTNIA': { sv: 'SONet BOTNIA', en: 'SONet BOTNIA', written: 'none' },
  'kaksikielinen lastensuojelun työkokous': {
    sv: 'tvåspråkigt arbetsmöte om barnskydd',
    en: 'bilingual child welfare working meeting',
  },
  'Stakesin Sosiaalihuollon ekonsultaatiohanke': {
    sv: 'Stakes projekt för e-konsultation inom socialvården',
    en: 'Stakes’ e-consultation project in social welfare',
  },
  'työkokous ylimaakunnallisen konsultaation toteuttamisesta': {
    sv: 'arbetsmöte om hur konsultation över landskapsgränserna genomförs',
    en: 'working meeting on carrying out consultation across the regions',
  },
  'maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari': {
    sv: 'nordiskt arbetsseminarium om god praxis för invandrares integration',
    en: 'Nordic workshop on good practices in the integration of immigrants',
  },
  'Vaasan kaupunki': { sv: 'Vasa stad', en: 'City of Vaasa' },
  aluetyöryhmä: { sv: 'den regionala arbetsgruppen', en: 'the regional working group' },
  'Chydenius-Instituutti (JY)': {
    sv: 'Chydenius-institutet (Jyväskylä universitet)',
    en: 'Chydenius Institute (University of Jyväskylä)',
  },
  'sosiaalityön arvosanaopetus': {
    sv: 'universitetsundervisning i socialt arbete (ämnesstudier)',
    en: 'university teaching in social work (subject studies)',
  },
  HY: { sv: 'Helsingfors universitet', en: 'University of Helsinki' },
  'ruotsinkielinen opetus': { sv: 'svenskspråkig undervisning', en: 'teaching in Swedish' },
  'Vaasan ammattikorkeakoulu': { sv: 'Vasa yrkeshögskola', en: 'Vaasa University of Applied Sciences' },
  SOCCA: { sv: 'SOCCA', en: 'SOCCA', written: 'none' },
  'perhepäivähoidon osaamiskartoitukset': {
    sv: 'kompetenskartläggningarna inom familjedagvården',
    en: 'competence surveys in family day care',
  },
  'Vanhustyön kehittäjäryhmä': {
    sv: 'utvecklargruppen för äldrearbete',
    en: 'developer group for work with older people',
  },
  Himanka: { sv: 'Himango', en: 'Himanka' },
  'Keski-Pohjanmaan ammattikorkeakoulu': {
    sv: 'Mellersta Österbottens yrkeshögskola',
    en: 'Central Ostrobothnia University of Applied Sciences',
  },
  'Etelä-Pohjanmaan ammattikorkeakoulu': {
    sv: 'Södra Österbottens yrkeshögskola',
    en: 'South Ostrobothnia University of Applied Sciences',
  },
  'Vaasan ammattiopisto': { sv: 'Vasa yrkesinstitut', en: 'Vaasa Vocational Institute' },
  'Vaasan yliopisto': { sv: 'Vasa universitet', en: 'University of Vaasa' },
  'Chydenius-instituutti Kokkolan yliopistokeskus': {
    sv: 'Karleby universitetscenter Chydenius',
    en: 'Kokkola University Consortium Chydenius',
  },
  'Länsi-Suomen Lääninhallitus': {
    sv: 'Länsstyrelsen i Västra Finlands län',
    en: 'State Provincial Office of Western Finland',
  },
  'Eskoon kuntayhtymä': { sv: 'Samkommunen Eskoo', en: 'Eskoo joint municipal authority' },
  'Keski-Suomen sosiaalialan osaamiskeskus': {
    sv: 'Kompetenscentret inom det sociala området i Mellersta Finland',
    en: 'Central Finland regional competence centre for social welfare',
  },
  'Keski-Pohjanmaan sairaanhoitopiiri': {
    sv: 'Mellersta Österbottens sjukvårdsdistrikt',
    en: 'Central Ostrobothnia Hospital District',
  },
  'vanhustyön kehittäjäryhmän järjestämässä tilaisuudessa': {
    sv: 'vid ett evenemang som utvecklargruppen för äldrearbete ordnade',
    en: 'at an event the developer group for work with older people organised',
  },
  'Hyvät käytännöt – ohjelma': { sv: 'Programmet God praxis', en: 'Good Practices programme' },
  'Vammaistyön kehittämisyksikkö': {
    sv: 'utvecklingsenheten för funktionshinderarbete',
    en: 'development unit for disability work',
  },
  'Seinäjoen ammattikorkeakoulu': { sv: 'Seinäjoki yrkeshögskola', en: 'Seinäjoki University of Applied Sciences' },
  'Kokkolan kaupunki': { sv: 'Karleby stad', en: 'City of Kokkola' },
  'Etelä-Pohjanmaa': { sv: 'Södra Österbotten', en: 'South Ostrobothnia' },
  'Keski-Pohjanmaa': { sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' },
  Pohjanmaa: { sv: 'Österbotten', en: 'Ostrobothnia' },
  // The LasSe plan
  'LastenKaste-osaohjelma': { sv: 'delprogrammet Barnens Kaste', en: 'Children’s Kaste sub-programme' },
  'toimenpide 5': { sv: 'åtgärd 5', en: 'measure 5' },
  'Sosiaali- ja terveysministeriö': {
    sv: 'Social- och hälsovårdsministeriet',
    en: 'Ministry of Social Affairs and Health',
  },
  'pieni hanke': { sv: 'litet projekt', en: 'small project' },
  'Innokylän oppimisverkosto': { sv: 'Innokyläs lärande nätverk', en: 'Innokylä learning network' },
  'THL:n tuki valtionavustushankkeille': {
    sv: 'THL:s stöd till statsunderstödsprojekt',
    en: 'THL’s support for state-grant projects',
  },
  'Lounais-Suomen aluehallintovirasto': {
    sv: 'Regionförvaltningsverket i Sydvästra Finland',
    en: 'Regional State Administrative Agency for Southwestern Finland',
  },
  'THL:n Verdi tiimi': { sv: 'THL:s Verdi-team', en: 'THL’s Verdi team' },
  väliarviointi: { sv: 'halvtidsutvärdering', en: 'mid-term evaluation' },
  'THL:n Lastensuojelun oppimisverkosto': {
    sv: 'THL:s lärande nätverk för barnskyddet',
    en: 'THL’s child welfare learning network',
  },
  aloitusseminaari: { sv: 'startseminarium', en: 'opening seminar' },
  Pikassos: { sv: 'Pikassos', en: 'Pikassos' },
  'Webropol-kysely': { sv: 'Webropol-enkät', en: 'Webropol survey' },
  'LasSe-hankkeen ohjausryhmä': { sv: 'LasSe-projektets styrgrupp', en: 'LasSe project steering group' },
  Kaksineuvoinen: { sv: 'Kaksineuvoinen', en: 'Kaksineuvoinen' },
  'Kristiinan kaupunki': { sv: 'Kristinestads stad', en: 'Town of Kristinestad' },
  Oiva: { sv: 'Oiva', en: 'Oiva' },
  Aava: { sv: 'Aava', en: 'Aava' },
  Verso: { sv: 'Verso', en: 'Verso' },
  'THL:n OPER-yksikkö': { sv: 'THL:s OPER-enhet', en: 'THL’s OPER unit' },
  'Iso koko päivän koulutus': { sv: 'stor heldagsutbildning', en: 'large full-day training' },
  'Kasperi II -hanke': { sv: 'projektet Kasperi II', en: 'Kasperi II project' },
  'maakunnallisia verkostorakenteita': {
    sv: 'nätverksstrukturer i landskapen',
    en: 'regional network structures',
  },
  'Seinäjoen praksis-verkosto': { sv: 'praxisnätverket i Seinäjoki', en: 'Seinäjoki practice network' },
  'Tampereen praksis-verkosto': { sv: 'praxisnätverket i Tammerfors', en: 'Tampere practice network' },
  'Tampereen yliopisto': { sv: 'Tammerfors universitet', en: 'University of Tampere' },
  'Tampereen ammattikorkeakoulu': { sv: 'Tammerfors yrkeshögskola', en: 'Tampere University of Applied Sciences' },
  'Terveyden ja hyvinvoinninlaitos': {
    sv: 'Institutet för hälsa och välfärd',
    en: 'Finnish Institute for Health and Welfare',
  },
};

/** The Swedish and English of the items of the activity report's short lists (report.json lists). */
export const REPORT_LIST_TRANSLATIONS: Record<string, { sv: string; en: string }> = {
  'Bikva-arviointiopas': { sv: 'Bikva-utvärderingsguide', en: 'Bikva evaluation guide' },
  'hyvät käytännöt – kuvaus Väylän toimintamallista': {
    sv: 'god praxis – en beskrivning av Väyläs verksamhetsmodell',
    en: 'good practices – a description of the Väylä working model',
  },
  'Kolmas sektori ja sosiaalinen pääoma': {
    sv: 'Tredje sektorn och socialt kapital',
    en: 'The third sector and social capital',
  },
  kuljetuspalvelut: { sv: 'färdtjänst', en: 'transport services' },
  'henkilökohtaisen avun keskus': { sv: 'center för personlig assistans', en: 'personal assistance centre' },
  sosiaalipäivystyshanke: { sv: 'socialjourprojektet', en: 'social emergency services project' },
  'lastensuojelun kehittämisyksikkö': {
    sv: 'utvecklingsenheten för barnskyddet',
    en: 'child welfare development unit',
  },
  'vammaispalvelujen kehittämishankkeet': {
    sv: 'utvecklingsprojekten inom handikappservicen',
    en: 'disability services development projects',
  },
  'varhaiskasvatuksen asiantuntijarekisteri': {
    sv: 'expertregistret för småbarnspedagogik',
    en: 'early childhood education expert register',
  },
  varhaiskasvatus: { sv: 'småbarnspedagogik', en: 'early childhood education' },
  lastensuojelu: { sv: 'barnskydd', en: 'child welfare' },
  vanhustyö: { sv: 'äldrearbete', en: 'work with older people' },
  vammaistyö: { sv: 'funktionshinderarbete', en: 'disability work' },
};
