/**
 * The judgement calls the documents cannot settle, each with its reason. This is the only place the
 * build takes facts from outside the parsed text; review changes here as you would a data edit.
 * Anything the parser can read from the sources does not belong here.
 */
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
      en: 'Päijät-Häme Joint Authority for Social and Health Care',
    },
    names: { fi: 'PHSOTEY', sv: 'Päijänne-Tavastlands social- och hälsovårdssamkommun', en: 'PHSOTEY' },
    nameReason:
      "The documents give only the Finnish abbreviation. Swedish: the joint authority's Swedish name (Päijänne-Tavastland = Päijät-Häme). English: no established English name, so the abbreviation the source uses.",
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
      en: 'Hämeen päihdehuollon kuntayhtymä',
    },
    nameReason:
      "Swedish: the joint authority's name in Swedish (Tavastland = Häme, samkommun = kuntayhtymä). English: no established English name, so the Finnish one.",
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
      en: 'Eskoon sosiaalipalvelujen kuntayhtymä',
    },
    nameReason:
      'The documents give no Swedish name; Eskoo is a place name that stays as it is, the rest is the standard Swedish term (samkommun för socialservice). English: no established English name, so the Finnish one.',
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
    sv: 'Samarbetsområdet Birkala–Vesilahti',
    reason:
      "Generic term (samarbetsområde) with the municipalities' Swedish names as the reference CSV gives them (Birkala; Vesilahti has none there).",
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

/** Administrator spellings that mean a municipality as an organisation (an office or the city by its genitive). */
export const MUNICIPALITY_ALIASES: Record<string, { municipality: string } & Reasoned> = {
  'Vaasan sosiaali- ja terveysvirasto': {
    municipality: 'Vaasa',
    reason: 'The social and health office of the City of Vaasa runs the family centre project (contacts of the plan).',
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
 * Provinces: translations and statistical codes. The competence centre of a province comes from the LasSe plan's
 * list of participants ("… tukee sosiaalialan osaamiskeskus X."); `competenceCentre` here is only for a province
 * that list does not cover, and the build fails if the plan comes to state one for it.
 */
export const PROVINCES: Record<
  string,
  { id: string; code: string; sv: string; en: string; core: boolean; competenceCentre?: string } & Reasoned
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
        'Same wording as national theme 2; its rows (Hyvinvoiva Väli-Suomi, disease prevention with primary care) build health-promotion structures.',
    },
    'Lasten, nuorten ja perheiden palvelut': {
      sv: 'Tjänster för barn, unga och familjer',
      en: 'Services for children, young people and families',
      national: ['Lasten, nuorten ja perheiden palvelut'],
      nationalReason: 'Identical to national theme 1.',
    },
    'Ikääntyvien palvelut': {
      sv: 'Tjänster för äldre',
      en: 'Services for elderly people',
      national: ['Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit'],
      nationalReason:
        'The national programme has no theme of its own for older people; its rows (coordination, umbrella projects) reorganise services, theme 6.',
    },
    'Palvelurakenteiden sekä hoito- ja palveluprosessien kehittäminen': {
      sv: 'Utveckling av servicestrukturer samt vård- och serviceprocesser',
      en: 'Developing service structures and care and service processes',
      national: ['Sosiaali- ja terveydenhuollon palvelurakenne ja prosessit', 'Pitkäaikaisasunnottomuus'],
      nationalReason:
        'Matches national theme 6; two of its rows (Lahti, Tampere) are about long-term homelessness, national theme 7.',
    },
  },
  'plan-2009': {
    'Mielenterveys- ja päihdetyö': {
      sv: 'Mentalvårds- och missbruksarbete',
      en: 'Mental health and substance abuse work',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy', 'Perusterveydenhuollon vahvistaminen'],
      nationalReason:
        'Mental health and substance abuse work sits under inclusion and preventing exclusion in KASTE, and several rows (clinics, regional units) strengthen basic-level care.',
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
      sv: 'Socialt arbete med vuxna',
      en: 'Adult social work',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy'],
      nationalReason: 'Adult social work targets exclusion and participation.',
      predecessors: [],
      predecessorReason: 'New in 2009: no 2008 area or row covered adult social work.',
    },
    'Ikääntyvien palvelut': {
      sv: 'Tjänster för äldre',
      en: 'Services for elderly people',
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
      en: 'Child protection and early intervention',
      national: ['Lasten, nuorten ja perheiden palvelut'],
      nationalReason: 'Child protection is part of services for children and families.',
    },
    Maahanmuuttajasosiaalityö: {
      sv: 'Socialt arbete med invandrare',
      en: 'Social work with immigrants',
      national: ['Osallisuuden lisääminen ja syrjäytymisen ehkäisy'],
      nationalReason: 'As the 2009 immigrant-work theme.',
    },
    Järjestötyö: {
      sv: 'Organisationsarbete',
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
  } & Reasoned
> = [
  {
    successor: { planYear: 2009, nameStartsWith: 'Remontti' },
    predecessor: { planYear: 2008, nameStartsWith: 'Remontti' },
    reason: 'Same project name in both plans; the 2009 row extends it as part of the Pohjanmaa project 2005–2014.',
  },
  {
    successor: { planYear: 2009, nameStartsWith: 'Monikulttuurisen asiakastyön ja palvelujen' },
    predecessor: { planYear: 2008, nameStartsWith: 'Monikulttuurisen asiakastyön ja ammattikäytäntöjen' },
    reason: 'Same administrators (Tampere and Vaasa) and subject, multicultural client work, in consecutive years.',
  },
  {
    successor: { planYear: 2009, nameStartsWith: 'Ikäihmisten palvelujen ”sateenvarjohanke”' },
    predecessor: { planYear: 2008, nameStartsWith: 'Kanta-Hämeen vanhustenhuollon' },
    reason:
      'Both are the Hämeenlinna-led "umbrella project" (sateenvarjohanke) for older people\'s services in Kanta-Häme.',
  },
  {
    successor: { planYear: 2009, nameStartsWith: 'Perhekeskusmallin jalkauttaminen' },
    predecessor: { planYear: null, nameStartsWith: 'Vaasan perhekeskus' },
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
