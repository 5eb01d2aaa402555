import type { Catalogue } from '../i18n';

type Key =
  | 'heading'
  | 'goals'
  | 'targetGroup'
  | 'ages'
  | 'methods'
  | 'basedOn'
  | 'results'
  | 'phases'
  | 'tasks'
  | 'staffing'
  | 'newPost'
  | 'ownStaff'
  | 'financing'
  | 'figures'
  | 'predecessors'
  | 'successors'
  | 'related'
  | 'decisions'
  | 'statements'
  | 'statement.withdrawal'
  | 'statement.period-from-title'
  | 'statement.provinces-from-title'
  | 'statement.provinces-from-predecessor'
  | 'statement.placement'
  | 'source';

/** Headings of what the documents say about a project beyond the plan tables. */
export const factsMessages: Catalogue<Key> = {
  fi: {
    heading: 'Mitä asiakirjat kertovat hankkeesta',
    goals: 'Tavoitteet',
    targetGroup: 'Kohderyhmä',
    ages: 'ikä {from}–{to} vuotta',
    methods: 'Työmenetelmät',
    basedOn: 'Perustuu',
    results: 'Odotetut tulokset',
    phases: 'Vaiheet',
    tasks: 'Tehtävät ({count})',
    staffing: 'Henkilöstö',
    newPost: 'uusi toimi',
    ownStaff: 'oma henkilöstö',
    financing: 'Rahoitus',
    figures: 'Luvut',
    predecessors: 'Edeltäjät',
    successors: 'Jatkajat',
    related: 'Rinnakkaiset hankkeet',
    decisions: 'Päätökset',
    statements: 'Muualla asiakirjoissa',
    'statement.withdrawal': 'Vetäytyminen',
    'statement.period-from-title': 'Kausi nimestä',
    'statement.provinces-from-title': 'Maakunnat nimestä',
    'statement.provinces-from-predecessor': 'Maakunnat edeltäjästä',
    'statement.placement': 'Sijoitus',
    source: 'Lähde',
  },
  sv: {
    heading: 'Vad dokumenten säger om projektet',
    goals: 'Mål',
    targetGroup: 'Målgrupp',
    ages: 'ålder {from}–{to} år',
    methods: 'Arbetsmetoder',
    basedOn: 'Bygger på',
    results: 'Förväntade resultat',
    phases: 'Faser',
    tasks: 'Uppgifter ({count})',
    staffing: 'Personal',
    newPost: 'ny tjänst',
    ownStaff: 'egen personal',
    financing: 'Finansiering',
    figures: 'Siffror',
    predecessors: 'Föregångare',
    successors: 'Fortsättningar',
    related: 'Parallella projekt',
    decisions: 'Beslut',
    statements: 'På annat håll i dokumenten',
    'statement.withdrawal': 'Utträde',
    'statement.period-from-title': 'Period ur namnet',
    'statement.provinces-from-title': 'Landskap ur namnet',
    'statement.provinces-from-predecessor': 'Landskap ur föregångaren',
    'statement.placement': 'Placering',
    source: 'Källa',
  },
  en: {
    heading: 'What the documents say about the project',
    goals: 'Goals',
    targetGroup: 'Target group',
    ages: 'aged {from}–{to}',
    methods: 'Working methods',
    basedOn: 'Builds on',
    results: 'Expected results',
    phases: 'Phases',
    tasks: 'Tasks ({count})',
    staffing: 'Staffing',
    newPost: 'new post',
    ownStaff: 'own staff',
    financing: 'Financing',
    figures: 'Figures',
    predecessors: 'Predecessors',
    successors: 'Successors',
    related: 'Related projects',
    decisions: 'Decisions',
    statements: 'Elsewhere in the documents',
    'statement.withdrawal': 'Withdrawal',
    'statement.period-from-title': 'Period from the title',
    'statement.provinces-from-title': 'Provinces from the title',
    'statement.provinces-from-predecessor': 'Provinces from the predecessor',
    'statement.placement': 'Placement',
    source: 'Source',
  },
};
