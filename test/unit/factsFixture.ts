import type { Dataset, Event, Programme, ProjectDetail, SourceRef } from '../../src/data/schema';

/**
 * Made-up programme, events and project details in the published shapes, attached to real project ids, so the
 * views of issue 11 are tested on known values whatever the committed data holds. Names are invented
 * ("Testi…"), not document text.
 */
const src = (document: string, line: number): SourceRef => ({ document, lineStart: line, lineEnd: line });

export const FIXTURE_PROGRAMME: Programme = {
  goals: [
    { order: 1, name: 'Testitavoite osallisuus', indicatorCount: 1, source: src('stm-presentation', 10) },
    { order: 2, name: 'Testitavoite hyvinvointi', indicatorCount: 6, source: src('stm-presentation', 11) },
  ],
  means: [{ order: 1, name: 'Testikeino ennaltaehkäisy', source: src('stm-presentation', 14) }],
  regions: [
    { id: 'lansi-suomi', name: 'Testialue Länsi', source: src('stm-presentation', 20) },
    { id: 'vali-suomi', name: 'Väli-Suomi', source: src('stm-presentation', 21) },
  ],
  regionalProjects: [
    {
      id: 'testi-remontti',
      name: 'Testi-Remontti länsi',
      regionId: 'lansi-suomi',
      grantStatus: 'decision',
      notSameAs: ['2009-pohjanmaa-hanke'],
      period: { start: '2008', end: '2011', source: src('stm-presentation', 124) },
      areas: ['Testiseutu', 'Testikaari'],
      sources: [src('stm-presentation', 30), src('stm-presentation', 33)],
    },
    {
      id: 'testi-oma',
      name: 'Testi oma lapsiperhehanke',
      regionId: 'vali-suomi',
      grantStatus: 'application',
      notSameAs: [],
      sources: [src('stm-presentation', 31)],
    },
    {
      id: 'testi-toinen',
      name: 'Testi toinen hanke',
      regionId: 'vali-suomi',
      grantStatus: 'application',
      notSameAs: [],
      sources: [src('stm-presentation', 32)],
    },
  ],
  ownProjectId: 'testi-oma',
  ownPriorities: [
    { name: 'Testipainopiste verkostot', provinceIds: [], allProvinces: true, source: src('stm-presentation', 40) },
    {
      name: 'Testipainopiste tuki',
      provinceIds: ['pohjanmaa', 'paijat-hame'],
      allProvinces: false,
      source: src('stm-presentation', 41),
    },
  ],
  phases: [
    { id: 'kaste-testi', name: 'Testikausi 2012–2015', start: '2012', end: '2015', source: src('stm-presentation', 5) },
  ],
};

export const FIXTURE_EVENTS: Event[] = [
  {
    id: 'testi-seminaari',
    kind: 'seminar',
    title: 'Testiseminaari',
    start: '2008-09-11',
    end: '2008-09-12',
    place: 'Seinäjoki',
    time: '12.00',
    projectId: null,
    source: src('minutes-2008', 200),
  },
  {
    id: 'testi-arviointi',
    kind: 'evaluation',
    title: 'Testiarviointi',
    start: '2014-11',
    end: null,
    place: null,
    projectId: 'lasse-lastensuojelutarpeen-selvityksen',
    source: src('lasse-plan', 300),
  },
];

export const FIXTURE_DETAILS: ProjectDetail[] = [
  {
    projectId: 'vaasan-perhekeskus',
    goals: [{ text: 'Testitavoite perheiden tuki', source: src('vaasa-family-centre-plan', 20) }],
    targetGroup: [{ text: 'Testiperheet', source: src('vaasa-family-centre-plan', 30) }],
    ages: { from: 0, to: 6, source: src('vaasa-family-centre-plan', 31) },
    methods: [{ text: 'Testimenetelmä vertaisryhmät', source: src('vaasa-family-centre-plan', 40) }],
    locations: [],
    results: [],
    phases: [
      {
        label: 'Testivaihe alku',
        start: '2007-09',
        end: '2007-12',
        tasks: [{ text: 'Testitehtävä koordinaattori', source: src('vaasa-family-centre-plan', 62) }],
        source: src('vaasa-family-centre-plan', 60),
      },
      { label: 'Testivaihe 2008', start: '2008', end: '2008', tasks: [], source: src('vaasa-family-centre-plan', 82) },
    ],
    staffing: [
      {
        role: 'testikoordinaattori',
        count: 1,
        newPost: true,
        employer: null,
        employerOrganisationId: null,
        location: null,
        source: src('vaasa-family-centre-plan', 130),
      },
      {
        role: 'testihoitaja',
        count: 1,
        newPost: false,
        employer: 'Testivirasto',
        employerOrganisationId: null,
        location: null,
        workShare: {
          text: 'osa-aikaisesti',
          translation: { sv: 'på deltid', en: 'part-time' },
          source: src('vaasa-family-centre-plan', 132),
        },
        source: src('vaasa-family-centre-plan', 131),
      },
    ],
    figures: [],
    financing: [
      {
        organisation: 'testikunnat',
        organisationId: null,
        what: 'testiosuus',
        percent: 25,
        source: src('vaasa-family-centre-plan', 140),
      },
    ],
    linked: [
      {
        name: 'Testiedeltäjä',
        relation: 'predecessor',
        start: '2004-09-01',
        end: '2006-05-31',
        projectId: null,
        source: src('vaasa-family-centre-plan', 8),
      },
      {
        name: 'Jatko',
        relation: 'successor',
        start: '2009',
        end: '2011',
        projectId: '2009-perhekeskusmallin-jalkauttaminen-ja-soveltaminen',
        source: src('vaasa-family-centre-plan', 9),
      },
    ],
    decisions: [
      { body: 'Testilautakunta', date: '2005-11-22', reference: '139 §', source: src('vaasa-family-centre-plan', 5) },
    ],
    statements: [],
  },
  {
    projectId: 'lasse-lastensuojelutarpeen-selvityksen',
    goals: [],
    targetGroup: [],
    ages: null,
    methods: [],
    locations: [],
    results: [],
    phases: [
      {
        label: 'testikokeilu',
        scope: 'B-testimoduuli',
        start: '2014-02',
        end: '2014-08',
        tasks: [],
        source: src('lasse-plan', 49),
      },
    ],
    staffing: [],
    figures: [],
    financing: [],
    linked: [
      {
        name: 'Testirinnakkainen 2015–2017',
        relation: 'related',
        start: '2015-03-01',
        end: '2017-10-31',
        projectId: null,
        source: src('lasse-plan', 400),
      },
      {
        name: 'Testirinnakkainen ilman kautta',
        relation: 'related',
        start: null,
        end: null,
        projectId: null,
        source: src('lasse-plan', 401),
      },
    ],
    decisions: [],
    statements: [],
    legalBasis: [{ text: 'testilaki 1/2007, 26', source: src('lasse-plan', 17) }],
  },
];

/** The dataset with the fixture's programme, events and details in place of the committed ones. */
export const withFacts = (d: Dataset): Dataset => ({
  ...d,
  programme: FIXTURE_PROGRAMME,
  events: FIXTURE_EVENTS,
  details: FIXTURE_DETAILS,
});
