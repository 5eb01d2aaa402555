import { SourceError } from '../lib/errors.ts';
import { type SourceText, findLine, requireLine, lineAt, notFound } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { finnishCount } from '../lib/numberWords.ts';
import { parseDayOrMonth, parseFinnishDate } from '../lib/dates.ts';
import type { LostFigure as LostWhat } from '../../src/data/schema.ts';
import { DASH, DATE, TO, WEEKDAY, joinDashes, requireAgreeing } from './lasseText.ts';
import { FINNISH_MONTH_STEMS } from '../../src/i18n/finnishMonths.ts';

export interface LassePost {
  role: string;
  count: number;
  /** The competence centre as the sentence lists it ("Pikassos"), read from its inflected form. */
  employer: string;
  /** Where the post is based, as the genitive of a municipality ("Seinäjoen"), and the line saying so. */
  location?: { genitive: string; line: number };
  line: number;
}

export interface LasseFigure {
  key: string;
  value: number;
  unit: 'count' | 'percent' | 'persons' | 'eur';
  label: string;
  line: number;
}

export interface LasseEvent {
  kind: 'meeting' | 'evaluation' | 'seminar' | 'report' | 'recruitment' | 'training';
  title: string;
  start: string;
  end: string | null;
  place: string | null;
  /** The clock time as written, the two ends joined by an en dash ("12.30–13.30"). */
  time?: string;
  lasse: boolean;
  /** Another project the event belongs to, by the name the teaser gives it ("Välittäjä 2009"). */
  project?: string;
  line: number;
}

export interface LostFigure {
  /** What is missing, as a key the app translates. */
  what: LostWhat;
  excerpt: string;
  line: number;
}

export interface RelatedProject {
  name: string;
  start: string | null;
  end: string | null;
  line: number;
}

export interface LassePlanFacts {
  /** The goals the plan lists as "A) … B) … C) …" after "päämäärään (tavoitteet):"; one carried over a page break has no letter. */
  goals: Array<{ letter: string; text: string; line: number }>;
  /** The three modules as the table of contents heads them ("A-moduuli: …"). */
  modules: Array<{ letter: string; name: string; line: number }>;
  centres: string[];
  posts: LassePost[];
  figures: LasseFigure[];
  /** Who covers what (the budget split between the competence centres and the municipal share). */
  financing: Array<{ organisation: string; what: string; percent: number | null; line: number }>;
  /** A module's schedule (the B module's trial steps), headed by the module it belongs to. */
  phases: Array<{ label: string; scope: string; start: string; end: string; line: number }>;
  /** The law the plan develops, as written ("lastensuojelulaki 417/2007, 26 ja 27"). */
  legalBasis: Array<{ text: string; line: number }>;
  events: LasseEvent[];
  lost: LostFigure[];
  related: RelatedProject[];
  /** Stated counts that describe the same set of municipalities or respondents. */
  sizeClasses: {
    small: number;
    smallLater: number | null;
    medium: number;
    large: number;
    total: number;
    totalLater: number | null;
    line: number;
  } | null;
}

const month = (m: string) => m.padStart(2, '0');
const yyyy = (yy: string) => (yy.length === 2 ? `20${yy}` : yy);

/** Stated numbers of the survey and the staffing, each found by the words around it. */
const FIGURES: Array<{ key: string; unit: LasseFigure['unit']; pattern: RegExp; scale?: number }> = [
  { key: 'coordinators', unit: 'persons', pattern: /palkattu projektijohtaja ja (\S+) projektikoordinaattoria/ },
  { key: 'municipal-share', unit: 'percent', pattern: /kuntien omavastuuosuutta (\d+) %/ },
  {
    key: 'survey-municipalities',
    unit: 'count',
    pattern: /Hankkeeseen osallistuvasta (\d+):stä kunnasta \d+ kuuluu yhteistoiminta-alueiseen/,
  },
  {
    key: 'survey-municipalities-in-areas',
    unit: 'count',
    pattern: /osallistuvasta \d+:stä kunnasta (\d+) kuuluu yhteistoiminta-alueiseen/,
  },
  { key: 'survey-areas', unit: 'count', pattern: /joita Väli-Suomen alueella oli kartoitushetkellä yhteensä (\S+)\./ },
  { key: 'survey-respondents', unit: 'persons', pattern: /Kyselyyn vastasi yhteensä (\d+) viranhaltijaa/ },
  {
    key: 'survey-municipalities-missing',
    unit: 'count',
    pattern: /hankekunnista (\S+) kuntaa koskevat alkukartoitustiedot puuttuvat/,
  },
  { key: 'independent-municipalities', unit: 'count', pattern: /oli hankealueella kartoitusajankohtana (\d+)\./ },
  {
    key: 'independent-municipalities-responded',
    unit: 'count',
    pattern: /kartoitusajankohtana \d+\. Näistä (\d+) vastasi/,
  },
  {
    key: 'module-b-respondents',
    unit: 'count',
    pattern: /painottaa nykytilan kartoituksen mukaan (\d+)\/\d+ vastaajaa/,
  },
  {
    key: 'module-b-respondents-of',
    unit: 'count',
    pattern: /painottaa nykytilan kartoituksen mukaan \d+\/(\d+) vastaajaa/,
  },
  { key: 'steering-group-quorum', unit: 'persons', pattern: /kokous on päätösvaltainen, kun \S+ \((\d+)\) jäsentä/ },
  {
    key: 'verso-materials',
    unit: 'eur',
    // The amount after the label, so that the label ends where its number is shown.
    pattern:
      /Verso \( ?\d+ työntekijä[^)]*\): Palkat: Vuokrat: Aineet, tarvikkeet ym\.(?=: (\d{1,3}(?:[ \u00a0]\d{3})+|\d+))/,
  },
  {
    key: 'reconciliation-billing-interval-months',
    unit: 'count',
    pattern: /tasauslaskutus tehdään jälkikäteen (\S+) kuukauden välein/,
  },
  { key: 'sonet-botnia-billings-per-year', unit: 'count', pattern: /työhuonekulut (\S+) kertaa vuodessa/ },
  {
    key: 'payment-applications-per-year',
    unit: 'count',
    pattern: /maksatushakemusten tekemisestä Aluehallintovirastolle (\S+) vuodessa/,
  },
  { key: 'team-meetings-per-month-at-first', unit: 'count', pattern: /tapaamiset aluksi face to face (\d+) ?x kk/ },
  {
    key: 'team-meeting-interval-months-later',
    unit: 'count',
    pattern: /harvennetaan kasvokkaisia tiimejä ?-> ?\d+ ?x (\d+) kk/,
  },
  // "väestöpohja on n.(1) miljoona asukasta" in the plan, "Väestöpohja n. 1 milj. asukasta" in a teaser: one figure.
  {
    key: 'population-base',
    unit: 'persons',
    pattern: /[Vv]äestöpohja (?:on )?n\.\s?\(?(\S+?)\)? (?:miljoona|milj\.) asukasta/,
    scale: 1_000_000,
  },
];

/** Places where the PDF transcript dropped a number or date: the words left around the gap. */
const LOST: Array<{ what: LostWhat; pattern: RegExp }> = [
  { what: 'total-budget', pattern: /kokonaisbudjetti on ,/ },
  { what: 'state-grant-share', pattern: /valtion avustusosuutta ja kuntien/ },
  { what: 'programme-period', pattern: /Kaste- ohjelman \( \)/ },
  { what: 'population-threshold', pattern: /pienempiä alle asukkaan kuntia/ },
  { what: 'work-share', pattern: /työpanoksensa kohdistui %:sesti/ },
  { what: 'start-date', pattern: /pääsi aloittamaan työskentelyn alkaen\./ },
  { what: 'budget-amounts', pattern: /Palkkamenot: Vuokrat: Aineet, tarvikkeet ym\.:/ },
  { what: 'survey-dates', pattern: /Kysely toteutettiin välisenä aikana\./ },
  { what: 'coordinator-periods', pattern: /joista yksi työskentelee ja kolme välisen ajan\./ },
  { what: 'steering-group-first-meeting', pattern: /Ohjausryhmän järjestäytymiskokous pidettiin Tampereella\./ },
  { what: 'joining-date', pattern: /Ypäjän\( alkaen\)/ },
  { what: 'seminar-date', pattern: /oppimisverkoston aloitusseminaariin \( \)/ },
  { what: 'plan-period', pattern: /Tarkennettu toimintasuunnitelma ajalle$/ },
  { what: 'area-count-later', pattern: /joita Väli-Suomen alueella on yhteensä yhdeksän \(9, \)/ },
  { what: 'medium-size-range', pattern: /joiden asukasluku asettuu asukkaan välille/ },
  { what: 'large-size-threshold', pattern: /joissa on asukkaita yli , on/ },
  { what: 'coordinator-work-share', pattern: /osa-aikaisesti ensin %:sesti ja alkaen \d+ %:sesti/ },
  { what: 'coordinator-start-dates', pattern: /he aloittivat työskentelynsä(?= Projektikoordinaattorit)/ },
  { what: 'billing-dates', pattern: /kolme kertaa vuodessa: mennessä kuukaudet 1-4, mennessä/ },
  { what: 'payer-year', pattern: /maksajat voivat olla eri tahot kuin vuonna(?= HANKKEEN)/ },
  { what: 'evaluation-months', pattern: /mukaan arviointiin-> \/ \/2015/ },
  { what: 'preparation-start', pattern: /valmistelua hankkeeseen osallistuvien kuntien kanssa alkaen\./ },
  { what: 'work-meeting-dates', pattern: /projektijohtaja osallistui ja [\d.]+, ,/ },
  { what: 'report-planning-dates', pattern: /raportoinnin suunnittelu: [\d.]+, [\d.]+, ,/ },
];

/**
 * The LasSe plan's organisation and money (posts and their employers, the municipal share, the budget split
 * between the competence centres), its survey figures, evaluation dates, the module B schedule, what the
 * transcript lost, and from the "Lisätiedot" teasers after the plan: the Väli-Suomi projects named with a
 * period, and the dated steering-group and regional-board meetings.
 */
export function parseLassePlan(src: SourceText): LassePlanFacts {
  const tocLine = requireLine(
    src,
    /SISÄLLYSLUETTELO.*A-moduuli:/,
    'the table of contents with the modules ("A-moduuli: …")',
  );
  const modules = [
    ...squash(lineAt(src, tocLine)).matchAll(/([A-C])-moduuli: (.+?)(?= [A-C]-moduuli:| \p{Lu}{5,})/gu),
  ].map((m) => ({ letter: m[1]!, name: m[2]!, line: tocLine }));
  if (modules.length !== 3)
    throw new SourceError(
      src.file,
      tocLine,
      `expected modules A, B and C in the table of contents, found ${modules.length}`,
    );
  const staffLine = requireLine(src, /ovat työsuhteessa/, 'who employs the staff ("ovat työsuhteessa")');
  const staffText = joinDashes(squash(lineAt(src, staffLine)));
  const goalsLine = requireLine(src, /päämäärään \(tavoitteet\):/, 'the goals ("päämäärään (tavoitteet): A) …")');
  const goalsText = squash(lineAt(src, goalsLine))
    .replace(/^.*?päämäärään \(tavoitteet\):\s*/, '')
    .replace(/\s+\d+$/, '');
  // A goal's first sentence states it; a second sentence (B has one) elaborates, and stays out as prose.
  const goals = [...goalsText.matchAll(/([A-C])\) (.+?)(?= [A-C]\) |$)/g)].map((m) => ({
    letter: m[1]!,
    text: m[2]!.split(/(?<=\.)\s(?=\p{Lu})/u)[0]!,
    line: goalsLine,
  }));
  if (goals.length === 0)
    throw new SourceError(src.file, goalsLine, 'no goals "A) … B) …" after "päämäärään (tavoitteet):"');
  // The list runs on over the page break: the next page's one sentence before its first chapter heading is one more
  // goal, written without a letter ("4 Sosiaalityöntekijöiden … vuoropuhelu on vahvistunut … myötä. 2. HANKEALUEEN …").
  const nextPage = src.lines.findIndex((l, i) => i >= goalsLine && squash(l) !== '') + 1;
  const carried = nextPage ? /^\d+ (\p{Lu}[^.]*\.) \d+\. \p{Lu}{4,}/u.exec(squash(lineAt(src, nextPage))) : null;
  if (carried) goals.push({ letter: '', text: carried[1]!, line: nextPage });
  // Text before the next page's first chapter heading that is no one sentence (a lost full stop) would drop the goal.
  else if (nextPage && /^\d+ \p{Lu}\p{Ll}[^]*? \d+\. \p{Lu}{4,}/u.test(squash(lineAt(src, nextPage))))
    throw new SourceError(
      src.file,
      nextPage,
      'the goal carried over the page break is no one sentence before the chapter heading ("… myötä. 2. HANKEALUEEN …")',
    );
  // A goal states itself in one sentence: a capitalised word after a lower-case one is the next sentence run on.
  for (const g of goals) {
    const runOn = /(\p{Ll}{2,} \p{Lu}\p{Ll}+) \p{Ll}/u.exec(g.text);
    if (runOn)
      throw new SourceError(
        src.file,
        goalsLine,
        `goal ${g.letter} runs two sentences together at "${runOn[1]}" (a lost full stop?)`,
      );
  }
  const centresMatch =
    /osaamiskeskukset ((?:[\p{Lu}][\p{L}]*(?: [\p{Lu}]+)?)(?:, [\p{Lu}][\p{L}]*(?: [\p{Lu}]+)?)* ja [\p{Lu}][\p{L}]*(?: [\p{Lu}]+)?) ovat tehneet/u.exec(
      staffText,
    );
  if (!centresMatch)
    throw new SourceError(
      src.file,
      staffLine,
      'the competence centres ("osaamiskeskukset X, Y ja Z ovat tehneet") cannot be read',
    );
  const centres = centresMatch[1]!.split(/, | ja /);
  const employer = (inflected: string) =>
    centres.find((c) => inflected.toLowerCase().startsWith(c.toLowerCase().slice(0, -1)));
  const posts: LassePost[] = [];
  const post =
    /(Projektijohtaja ja yksi projektikoordinaattori|\p{Lu}\p{Ll}+ projektikoordinaattoria?|yksi) (?:ovat |on )?työsuhteessa ([\p{L} -]+?)(?=\.| ja )|ja (yksi) ([\p{L}-]+?)\./gu;
  // Each sentence naming an employment is read whole: a post the pattern skips would silently go missing.
  const sentences = staffText.split(/(?<=\.)\s+/).filter((x) => /työsuhteessa/.test(x));
  const found = sentences.flatMap((sentence) => {
    const ms = [...sentence.matchAll(post)];
    if (/\p{L}/u.test(ms.reduce((rest, m) => rest.replace(m[0], ''), sentence)))
      throw new SourceError(
        src.file,
        staffLine,
        `unreadable staffing "${sentence.slice(0, 160)}" (expected "N projektikoordinaattoria on työsuhteessa X ja yksi Y.")`,
      );
    return ms;
  });
  for (const m of found) {
    const who = m[1] ?? m[3]!;
    const where = (m[2] ?? m[4]!).trim();
    const org = employer(where);
    if (!org)
      throw new SourceError(src.file, staffLine, `"${where}" is none of the competence centres ${centres.join(', ')}`);
    // The employer is one inflected name ("SONet BOTNIAAN"): more words are the next sentence run on.
    if (where.split(' ').length > org.split(' ').length)
      throw new SourceError(
        src.file,
        staffLine,
        `the employer "${where.slice(0, 80)}" runs on past the name ${org} (a lost full stop?)`,
      );
    if (/^Projektijohtaja ja yksi/.test(who)) {
      posts.push(
        { role: 'projektijohtaja', count: 1, employer: org, line: staffLine },
        { role: 'projektikoordinaattori', count: 1, employer: org, line: staffLine },
      );
    } else {
      const count = finnishCount(who.split(' ')[0]!);
      if (count === null) throw new SourceError(src.file, staffLine, `"${who}" is not a count of posts`);
      posts.push({ role: 'projektikoordinaattori', count, employer: org, line: staffLine });
    }
  }
  if (posts.length === 0) throw new SourceError(src.file, staffLine, 'no posts with their employers');
  placePosts(src, posts, centres);

  const figures: LasseFigure[] = [];
  for (const spec of FIGURES) {
    const { value, line, match } = requireAgreeing(
      src,
      new RegExp(spec.pattern.source, 'g'),
      `the figure "${spec.key}" (${spec.pattern})`,
      (m, n) => {
        const count = finnishCount(m[1]!);
        if (count === null) throw new SourceError(src.file, n, `"${m[1]}" is not a number (${spec.key})`);
        return count * (spec.scale ?? 1);
      },
    );
    figures.push({ key: spec.key, value, unit: spec.unit, label: match[0], line });
  }

  const budgetLine = requireLine(src, /\d\. HANKKEEN TALOUS/, 'the budget chapter ("4. HANKKEEN TALOUS")');
  const budget = squash(lineAt(src, budgetLine));
  const financing: LassePlanFacts['financing'] = [];
  const share = /kuntien omavastuuosuutta (\d+) %/.exec(budget);
  if (share)
    financing.push({ organisation: 'kunnat', what: 'omavastuuosuus', percent: Number(share[1]), line: budgetLine });
  for (const c of centres) {
    const compact = c.replace(/\s/g, '');
    const m = new RegExp(
      `(?:${c}|${compact})\\s?\\(?\\s?(\\d+ työntekijä[ä]?(?: ajalle [\\d/-]+| , [^.]+? aloittavat [^.]+? ja jatkavat [\\d/]+|, [^.]+? ja jatkavat [\\d/]+)?)`,
      'u',
    ).exec(budget);
    if (!m) throw new SourceError(src.file, budgetLine, `no budget share for ${c}`);
    financing.push({ organisation: c, what: m[1]!.trim(), percent: null, line: budgetLine });
  }

  const evalLine = requireLine(src, /väliarviointi \d/, 'the evaluation timetable ("väliarviointi m m/yyyy")');
  const evalText = squash(lineAt(src, evalLine));
  const events: LasseEvent[] = [];
  const evaluations = [
    ...evalText.matchAll(new RegExp(`(väliarviointi|Loppuarviointi) (\\d{1,2})${TO}(\\d{1,2})\\/(\\d{4})`, 'g')),
  ];
  for (const m of evaluations) {
    events.push({
      kind: 'evaluation',
      title: m[1]!.toLowerCase(),
      start: `${m[4]}-${month(m[2]!)}`,
      end: `${m[4]}-${month(m[3]!)}`,
      place: null,
      lasse: true,
      line: evalLine,
    });
  }
  const initial = new RegExp(`(${FINNISH_MONTH_STEMS.join('|')})kuussa (\\d{4}) (alkuarviointi/riskianalyysi)`).exec(
    evalText,
  );
  if (initial)
    events.unshift({
      kind: 'evaluation',
      title: initial[3]!,
      start: `${initial[2]}-${month(String(FINNISH_MONTH_STEMS.indexOf(initial[1] as (typeof FINNISH_MONTH_STEMS)[number]) + 1))}`,
      end: null,
      place: null,
      lasse: true,
      line: evalLine,
    });
  if (events.length === 0) throw new SourceError(src.file, evalLine, 'no dated evaluation');
  // Every dated evaluation of the timetable must be read with its months: a garbled date is an error, not a gap.
  const garbled = [...evalText.matchAll(/(?:väliarviointi|Loppuarviointi) \d\S*(?: \S+)?/g)].find(
    (m) => !evaluations.some((e) => e.index === m.index),
  );
  if (garbled)
    throw new SourceError(src.file, evalLine, `unreadable evaluation months "${garbled[0]}" (expected "m m/yyyy")`);

  const scheduleStart = new RegExp(`\\d{1,2}${DASH}\\d{1,2}\\/\\d{2} suunnittelu \\(`);
  const scheduleLine = requireLine(src, scheduleStart, 'the module B schedule ("m-m/yy suunnittelu (…)")');
  const schedule = squash(lineAt(src, scheduleLine));
  const phases: LassePlanFacts['phases'] = [];
  const from = schedule.search(scheduleStart);
  // The schedule sits in one module's table: the last module heading before it ("B moduuli: …") names it.
  const heads = [...schedule.slice(0, from).matchAll(/\b([A-C])[ -]moduuli: /g)];
  const scopeLetter = heads.at(-1)?.[1];
  if (!scopeLetter)
    throw new SourceError(
      src.file,
      scheduleLine,
      'the schedule "m-m/yy suunnittelu (…)" has no module heading before it',
    );
  const scope = `${scopeLetter}-moduuli`;
  const steps = new RegExp(
    `(\\d{1,2})${DASH}(\\d{1,2})\\/(\\d{2}) (?:(\\p{Ll}+) )?\\(\\p{Ll}+${DASH}\\p{Ll}+\\)(?: (\\p{Ll}+, \\p{Ll}+)\\.)?`,
    'gu',
  );
  const read = [...schedule.slice(from).matchAll(steps)];
  // Every month of the schedule belongs to a step: one written otherwise would silently end the schedule early.
  for (const r of schedule.slice(from).matchAll(/\d{1,2}\/\d{2}(?!\d)/g))
    if (!read.some((m) => m.index <= r.index && r.index < m.index + m[0].length))
      throw new SourceError(src.file, scheduleLine, `unreadable step "${r[0]}" of the module B schedule`);
  for (const m of read) {
    const label = m[4] ?? m[5];
    if (!label) break;
    phases.push({
      label,
      scope,
      start: `${yyyy(m[3]!)}-${month(m[1]!)}`,
      end: `${yyyy(m[3]!)}-${month(m[2]!)}`,
      line: scheduleLine,
    });
  }

  phases.unshift(...moduleAWorkshops(src), ...moduleARepeat(src));
  phases.splice(phases.length, 0, ...moduleBComparisons(src), ...expertGroupSchedule(src));
  events.push(...moduleDates(src), ...moduleBTrainingAndWorkshops(src));

  const lost: LostFigure[] = [];
  for (const spec of LOST) {
    for (let n = 1; n <= src.lines.length; n++) {
      const m = spec.pattern.exec(squash(lineAt(src, n)));
      // A copied paragraph repeats the same gap: one note, at its first line.
      if (m && !lost.some((l) => l.what === spec.what)) lost.push({ what: spec.what, excerpt: m[0], line: n });
    }
  }

  const sizeLine = requireLine(src, /pienempiä alle asukkaan kuntia/, 'the municipalities by size');
  const sizeText = squash(lineAt(src, sizeLine));
  const size =
    /\(\d+\)\s*\((\d+)\)\s*(\d+)\s*\((\d+)\)\s*kuntaa ovat nk\. pienempiä.*?Valtaosa kunnista \((\d+)\).*?on hankealueella (\d+)\./.exec(
      sizeText,
    );
  const totals = /yht\. (\d+) \((\d+)\)/.exec(sizeText);
  const sizeClasses =
    size && totals
      ? {
          small: Number(size[2]),
          smallLater: Number(size[3]),
          medium: Number(size[4]),
          large: Number(size[5]),
          total: Number(totals[1]),
          totalLater: Number(totals[2]),
          line: sizeLine,
        }
      : null;
  if (!sizeClasses)
    throw new SourceError(src.file, sizeLine, 'cannot read the counts of small, medium and large municipalities');

  const lawLine = requireLine(
    src,
    /\(lastensuojelulaki \d+\/\d{4}/,
    'the legal basis ("(lastensuojelulaki 417/2007, …)")',
  );
  const law = /\((lastensuojelulaki \d+\/\d{4}(?:, [\d ja]+?)?)\s*§?\s*\)/.exec(squash(lineAt(src, lawLine)));
  if (!law)
    throw new SourceError(src.file, lawLine, 'cannot read the act and its sections ("lastensuojelulaki n/yyyy, …")');
  const legalBasis = [{ text: law[1]!.trim(), line: lawLine }];

  events.push(...developerGroupMeetings(src), ...staffing(src), ...workMeetings(src));
  const { related, meetings } = readTeasers(src);
  events.push(...meetings);
  return {
    goals,
    modules,
    centres,
    posts,
    figures,
    financing,
    phases,
    legalBasis,
    events,
    lost,
    related,
    sizeClasses,
  };
}

/**
 * Where the coordinators sit: "SONet BOTNIAN Seinäjoen yksikköön sijoittuvaksi … ja Pohjanmaan Vaasan yksikköön
 * sijoittuvaksi …" (a unit named without its centre in the same sentence is that centre's too), "toimipisteensä on
 * Lahdessa, … Versossa". A centre's post with several holders is split into one post per place.
 */
function placePosts(src: SourceText, posts: LassePost[], centres: string[]) {
  const line = findLine(src, /yksikköön sijoittuva/);
  if (line === null) return;
  const text = joinDashes(squash(lineAt(src, line)));
  const found = [
    ...[...text.matchAll(/(\p{Lu}\p{Ll}+n) yksikköön sijoittuva/gu)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      genitive: m[1]!,
    })),
    ...[...text.matchAll(/toimipisteensä on (\p{Lu}\p{Ll}+)(?:ssa|ssä), [^.,]*?\p{L}+(?:ssa|ssä)\b/gu)].map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      genitive: `${m[1]}n`,
    })),
  ].sort((a, b) => a.at - b.at);
  let previous = null as { centre: string; sentence: number } | null;
  for (const f of found) {
    const sentence = text.lastIndexOf('. ', f.at);
    const clause = text.slice(Math.max(sentence, text.lastIndexOf(' ja ', f.at)), f.end).toLowerCase();
    const centre: string | undefined =
      centres.find((c) => clause.includes(c.toLowerCase().slice(0, -1))) ??
      (previous?.sentence === sentence ? previous.centre : undefined);
    if (!centre)
      throw new SourceError(
        src.file,
        line,
        `the unit "${f.genitive} yksikkö" belongs to none of the centres ${centres.join(', ')}`,
      );
    previous = { centre, sentence };
    const post = posts.find((p) => p.employer === centre && p.role === 'projektikoordinaattori' && !p.location);
    if (!post)
      throw new SourceError(src.file, line, `more coordinators placed at ${centre} than the plan gives it posts`);
    if (post.count > 1) posts.splice(posts.indexOf(post) + 1, 0, { ...post, count: post.count - 1 });
    post.count = 1;
    post.location = { genitive: f.genitive, line };
  }
}

/**
 * The A module's workshop schedule: "Maakunnalliset työpajat … 2 6/2014 (helmi-kesäkuu) 8-12/2014-> <label> 6-8/2015
 * -> <label>" (the transcript lost the first dash).
 */
function moduleAWorkshops(src: SourceText): LassePlanFacts['phases'] {
  const pattern = new RegExp(
    `(Maakunnalliset työpajat) .*? (\\d{1,2})${TO}(\\d{1,2})\\/(\\d{4}) \\(\\p{Ll}+${DASH}\\p{Ll}+\\) (\\d{1,2})${DASH}(\\d{1,2})\\/(\\d{4}) ?-> (.+?osuus) (\\d{1,2})${DASH}(\\d{1,2})\\/(\\d{4}) ?-> (.+?osuus)`,
    'u',
  );
  const line = requireLine(src, /Maakunnalliset työpajat \(Teemakehittämisryhmät\)/, "the A module's workshops");
  const m = pattern.exec(squash(lineAt(src, line)));
  if (!m) throw new SourceError(src.file, line, 'cannot read the A module\'s workshop months ("m-m/yyyy (…)")');
  const at = (label: string, i: number) => ({
    label,
    scope: 'A-moduuli',
    start: `${m[i + 2]}-${month(m[i]!)}`,
    end: `${m[i + 2]}-${month(m[i + 1]!)}`,
    line,
  });
  return [at(m[1]!, 2), at(m[8]!, 5), at(m[12]!, 9)];
}

/** The A module's baseline survey repeated at the project's end: "… toistetaan hankkeen lopussa 2-4/15, …". */
function moduleARepeat(src: SourceText): LassePlanFacts['phases'] {
  const pattern = new RegExp(`(toistetaan hankkeen lopussa) (\\d{1,2})${DASH}(\\d{1,2})\\/(\\d{2}),`, 'u');
  const line = requireLine(
    src,
    pattern,
    'the baseline survey repeated at the end ("toistetaan hankkeen lopussa m-m/yy")',
  );
  const m = pattern.exec(squash(lineAt(src, line)))!;
  return [
    {
      label: m[1]!,
      scope: 'A-moduuli',
      start: `${yyyy(m[4]!)}-${month(m[2]!)}`,
      end: `${yyyy(m[4]!)}-${month(m[3]!)}`,
      line,
    },
  ];
}

/**
 * The B module's comparisons between municipalities: "… käytäntöjen-> benchmarkkaus (…) 2-4/14 (helmi-huhtikuu)
 * 9-11/14 (syys-marraskuu) vertaiskäynnit jatkuvat": the first months go with the word before them, the second
 * with the words after them.
 */
function moduleBComparisons(src: SourceText): LassePlanFacts['phases'] {
  const span = String.raw`(\d{1,2})${DASH}(\d{1,2})\/(\d{2}) \(\p{Ll}+${DASH}\p{Ll}+\)`;
  const pattern = new RegExp(`-> (\\p{Ll}+) \\([^)]*\\) ${span} ${span} (\\p{Ll}+ \\p{Ll}+)`, 'u');
  const line = requireLine(
    src,
    pattern,
    'the B module\'s comparisons ("-> benchmarkkaus (…) m-m/yy (…) m-m/yy (…) …")',
  );
  const m = pattern.exec(squash(lineAt(src, line)))!;
  const at = (label: string, i: number) => ({
    label,
    scope: 'B-moduuli',
    start: `${yyyy(m[i + 2]!)}-${month(m[i]!)}`,
    end: `${yyyy(m[i + 2]!)}-${month(m[i + 1]!)}`,
    line,
  });
  return [at(m[1]!, 2), at(m[8]!, 5)];
}

/**
 * The B module's training and its two large workshops: "… luennoitsijat osallistujat Seinäjoki, Tampere ja
 * Hämeenlinna? 10/2014 (lokakuu)" (the places as written, the question mark kept), "11 12/2014 (marras-joulukuu)
 * B-moduuli kärkinä Tampereella ja Etelä- Pohjanmaalla 2 isoa työpajaa".
 */
function moduleBTrainingAndWorkshops(src: SourceText): LasseEvent[] {
  const training =
    /osallistujat ((?:\p{Lu}\p{Ll}+, )*\p{Lu}\p{Ll}+ ja \p{Lu}\p{Ll}+\??) (\d{1,2})\/(\d{4}) \(\p{Ll}+\)/u;
  const workshops = new RegExp(
    `(\\d{1,2})${TO}(\\d{1,2})\\/(\\d{4}) \\(\\p{Ll}+${DASH}\\p{Ll}+\\) B-moduuli kärkinä (\\p{Lu}\\p{Ll}+?)e?lla ja (\\p{Lu}[\\p{L}-]+\\s?[\\p{L}]*?)lla (\\d+ isoa työpajaa)`,
    'u',
  );
  const tLine = requireLine(src, training, 'the B module\'s training ("osallistujat X, Y ja Z? m/yyyy (…)")');
  const t = training.exec(squash(lineAt(src, tLine)))!;
  // The training is the last one the tables head before its places ("Iso koko päivän koulutus: …").
  const heading = /(\p{Lu}[\p{L} ]*? koulutus): /u;
  const headLine = src.lines.findLastIndex((l, i) => i < tLine && heading.test(squash(l))) + 1;
  if (headLine === 0) throw notFound(src, `the training heading before line ${tLine} ("… koulutus: …")`);
  const titles = [...squash(lineAt(src, headLine)).matchAll(new RegExp(heading.source, 'gu'))];
  const wLine = requireLine(src, workshops, 'the B module\'s large workshops ("m m/yyyy (…) B-moduuli kärkinä …")');
  const w = workshops.exec(squash(lineAt(src, wLine)))!;
  return [
    {
      kind: 'training',
      title: titles.at(-1)![1]!,
      start: `${t[3]}-${month(t[2]!)}`,
      end: null,
      place: t[1]!,
      lasse: true,
      line: tLine,
    },
    {
      kind: 'seminar',
      title: w[6]!,
      start: `${w[3]}-${month(w[1]!)}`,
      end: `${w[3]}-${month(w[2]!)}`,
      place: `${w[4]}, ${joinDashes(w[5]!)}`,
      lasse: true,
      line: wLine,
    },
  ];
}

/**
 * The invited expert group's schedule in the B module's table: "Kutsuttu asiantuntijaryhmä (…) 1-4/14 tiedon
 * kokoaminen as.tunt.ryhmän tarpeesta-> kootaan … 5-8/14 as.tunt.ryhmän kootaan … 8-12/14 … 1-8/15 laaditaan
 * suunnitelma … Väli-Suomeen 20": each step is its months and the words after them, up to an arrow (what follows
 * is detail), the next step or the page number ending the line.
 */
function expertGroupSchedule(src: SourceText): LassePlanFacts['phases'] {
  const line = requireLine(
    src,
    /Kutsuttu asiantuntijaryhmä \(/,
    'the invited expert group ("Kutsuttu asiantuntijaryhmä (…)")',
  );
  const text = squash(lineAt(src, line));
  const from = text.indexOf('Kutsuttu asiantuntijaryhmä (');
  const after = text.slice(text.indexOf(')', from) + 1);
  const step = new RegExp(
    `(\\d{1,2})${DASH}(\\d{1,2})\\/(\\d{2}) (.+?)(?=\\s?->|\\s\\d{1,2}${DASH}\\d{1,2}\\/\\d{2}\\s|\\s\\d+$|$)`,
    'gu',
  );
  const steps = [...after.matchAll(step)];
  if (steps.length === 0)
    throw new SourceError(src.file, line, 'the invited expert group has no dated step ("m-m/yy …")');
  return steps.map((m) => ({
    label: m[4]!.trim(),
    scope: 'Kutsuttu asiantuntijaryhmä',
    start: `${yyyy(m[3]!)}-${month(m[1]!)}`,
    end: `${yyyy(m[3]!)}-${month(m[2]!)}`,
    line,
  }));
}

/**
 * The developer groups the project director met, as the plan lists them after "kehittäjäryhmät seuraavasti:": a
 * town and the group in parentheses, "Seinäjoki (Etelä- Pohjanmaan maakunnallinen kehittäjäryhmä)", some with a day
 * before the town ("3.9. Forssa (…)"), the others within the months the sentence gives ("Elo-syyskuun aikana"). No
 * year is written: the dates stay without one. Who else took part (after a comma in the parentheses) is left out; a
 * dash split by the transcript ("Kanta -Hämeen") is joined.
 */
function developerGroupMeetings(src: SourceText): LasseEvent[] {
  const line = requireLine(
    src,
    /kehittäjäryhmät seuraavasti:/,
    'the developer groups met ("kehittäjäryhmät seuraavasti:")',
  );
  const text = squash(lineAt(src, line));
  const months = new RegExp(
    `(${FINNISH_MONTH_STEMS.join('|')})${DASH}(${FINNISH_MONTH_STEMS.join('|')})kuun aikana [^:]*kehittäjäryhmät seuraavasti:`,
    'iu',
  ).exec(text);
  if (!months)
    throw new SourceError(src.file, line, 'the developer groups\' meetings give no months ("Elo-syyskuun aikana")');
  const list = text.slice(months.index + months[0].length);
  const meetings = [
    ...list.matchAll(/(?:(\d{1,2}\.\d{1,2}\.)\s)?(\p{Lu}\p{Ll}+)\s\(([^,)]+)[^)]*\)(?=\s*(?:,|yhdessä|sekä|\.))/gu),
  ];
  if (meetings.length === 0)
    throw new SourceError(src.file, line, 'no developer group after "kehittäjäryhmät seuraavasti:"');
  const [from, to] = [months[1]!, months[2]!].map((m) => parseDayOrMonth(m, src.file, line));
  return meetings.map((m) => ({
    kind: 'meeting' as const,
    title: joinDashes(m[3]!.trim()),
    start: m[1] ? parseDayOrMonth(m[1], src.file, line) : from!,
    end: m[1] ? null : to!,
    place: m[2]!,
    lasse: true,
    line,
  }));
}

const MONTHS = FINNISH_MONTH_STEMS.join('|');

/**
 * When the staff was recruited and hired, as the plan dates it: "palkattu projektijohtaja elokuusta 2013 lähtien",
 * "… rekrytointi aloitettiin keväällä maalis-huhtikuussa", "… rekrytointi aloitettiin elokuussa" (no year given).
 */
function staffing(src: SourceText): LasseEvent[] {
  const hired = new RegExp(`(palkattu projektijohtaja) (${MONTHS})kuusta (\\d{4}) lähtien`, 'iu');
  const line = requireLine(
    src,
    hired,
    'when the director was hired ("palkattu projektijohtaja elokuusta 2013 lähtien")',
  );
  const h = hired.exec(squash(lineAt(src, line)))!;
  const events: LasseEvent[] = [
    {
      kind: 'recruitment',
      title: h[1]!,
      start: parseDayOrMonth(`${h[2]} ${h[3]}`, src.file, line),
      end: null,
      place: null,
      lasse: true,
      line,
    },
  ];
  const recruited = new RegExp(
    `(\\p{Lu}[\\p{L} -]*? rekrytointi) aloitettiin (?:\\p{Ll}+llä )?(${MONTHS})(?:${DASH}(${MONTHS}))?kuussa`,
    'gu',
  );
  src.lines.forEach((raw, i) => {
    for (const m of squash(raw).matchAll(recruited)) {
      const [from, to] = [m[2]!, m[3]].map((x) => (x ? parseDayOrMonth(x, src.file, i + 1) : null));
      events.push({
        kind: 'recruitment',
        title: m[1]!,
        start: from!,
        end: to ?? null,
        place: null,
        lasse: true,
        line: i + 1,
      });
    }
  });
  if (events.length === 1) throw notFound(src, 'a recruitment ("… rekrytointi aloitettiin <month>kuussa")');
  return events;
}

/** The national work meetings the director attended, one event per day written ("… työkokouksiin … 7.10., , 6.2."). */
function workMeetings(src: SourceText): LasseEvent[] {
  const pattern =
    /(\p{Lu}[^.]*? projektijohtajien työkokou)ksiin projektijohtaja osallistui ja ((?:\d{1,2}\.\d{1,2}\.|[ ,])+)/u;
  const line = requireLine(src, pattern, 'the work meetings the director attended ("… työkokouksiin … osallistui")');
  const m = pattern.exec(squash(lineAt(src, line)))!;
  const days = m[2]!.match(/\d{1,2}\.\d{1,2}\./g) ?? [];
  if (days.length === 0) throw new SourceError(src.file, line, 'the work meetings give no day ("d.m.")');
  return days.map((day) => ({
    kind: 'meeting' as const,
    title: `${m[1]}s`,
    start: parseDayOrMonth(day, src.file, line),
    end: null,
    place: null,
    lasse: true,
    line,
  }));
}

/** Dated items of the module tables: the reports the A module produces and the B module's workshops. */
function moduleDates(src: SourceText): LasseEvent[] {
  const specs: Array<{ kind: LasseEvent['kind']; pattern: RegExp }> = [
    { kind: 'report', pattern: /tuottaa (ensimmäinen tutkimusraportti\/julkaisu) (\d{1,2})\/(\d{4})/ },
    { kind: 'report', pattern: /selvityksenä (opinnäytetyö) (\d{1,2})\/(\d{4})/ },
    {
      kind: 'seminar',
      pattern: new RegExp(
        `Työpajaosuus: (\\d maakunnallista työpajaa).*? (\\d{1,2})${TO}\\d{1,2}\\/(\\d{4}) \\(\\p{Ll}+${DASH}\\p{Ll}+\\)`,
        'u',
      ),
    },
  ];
  return specs.map(({ kind, pattern }) => {
    const n = src.lines.findIndex((l) => pattern.test(squash(l))) + 1;
    if (n === 0) throw notFound(src, `the module table's dated item ${pattern}`);
    const m = pattern.exec(squash(lineAt(src, n)))!;
    const range = new RegExp(`(\\d{1,2})${TO}(\\d{1,2})\\/\\d{4} \\(\\p{Ll}+${DASH}\\p{Ll}+\\)$`, 'u').exec(m[0]);
    return {
      kind,
      title: m[1]!,
      start: `${m[3]}-${month(m[2]!)}`,
      end: range ? `${m[3]}-${month(range[2]!)}` : null,
      place: null,
      lasse: true,
      line: n,
    };
  });
}

/**
 * A meeting's clock time and place as its record heads them: "klo 12.3013.30" (the transcript lost the dash),
 * "klo 9.15-12.05", "klo 12 15", "klo 12.00 alkaen"; "Paikka: …" up to the list of participants or the teaser's end.
 * A teaser is a preview cut after about 300 characters, so a place that runs to its end may be cut ("Tampereen
 * kaupungin"): it ends in "…", as the reader would otherwise take the words for the whole place.
 */
export function timeAndPlace(text: string): { time?: string; place: string | null } {
  const t = /\bklo (\d{1,2}(?:\.\d{2})?)(?:\s?[-–]?\s?(\d{1,2}(?:\.\d{2})?)(?![\d.]))?/.exec(text);
  const p = /\b(?:Paikka|PAIKKA): (.+?)( Osallistujat| Läsnä:|$)/.exec(text.trimEnd());
  const written = p ? p[1]!.replace(/[\s,]+$/, '') : '';
  const place = written && p![2] === '' ? `${written} …` : written;
  const time = t ? (t[2] ? `${t[1]}–${t[2]}` : t[1]!) : undefined;
  return time ? { time, place: place || null } : { place: place || null };
}

/** A heading word as teasers write it: lower case, capitalised or in capitals ("Muistio", "MUISTIO"). */
const anyCase = (word: string) =>
  `(?:${word.toLowerCase()}|${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()}|${word.toUpperCase()})`;

const isTeaserMarker = (line: string) => /^Lisätiedot\W*$/i.test(squash(line));

/**
 * From the first "Lisätiedot" on, the document is nothing but teasers of three text lines each: the marker, a title,
 * a line that repeats the title and goes on. A block without its marker would otherwise be skipped without a word.
 */
export function teaserBlocks(src: SourceText): { titleLine: number; bodyLine: number }[] {
  const first = src.lines.findIndex(isTeaserMarker);
  if (first < 0)
    throw new SourceError(
      src.file,
      src.lines.length,
      'no "Lisätiedot" teasers after the plan, where the related projects and meetings are read',
    );
  const text: number[] = [];
  for (let n = first + 1; n <= src.lines.length; n++) if (squash(lineAt(src, n))) text.push(n);
  const blocks: { titleLine: number; bodyLine: number }[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const marker = text[i]!;
    if (!isTeaserMarker(lineAt(src, marker))) {
      throw new SourceError(
        src.file,
        marker,
        `expected a "Lisätiedot" line starting the next teaser (each has a marker, a title and a text line), found "${squash(lineAt(src, marker)).slice(0, 60)}"`,
      );
    }
    const [titleLine, bodyLine] = [text[i + 1], text[i + 2]];
    // The transcript ends on a marker with nothing after it: the web page's last teaser link, not a lost teaser.
    if (titleLine === undefined) break;
    if (bodyLine === undefined)
      throw new SourceError(
        src.file,
        marker,
        'the last "Lisätiedot" teaser is cut off: a text line should follow its title',
      );
    blocks.push({ titleLine, bodyLine });
  }
  return blocks;
}

/** "Lisätiedot" blocks after the plan: a title line, then a line that repeats it and goes on. */
function readTeasers(src: SourceText): { related: RelatedProject[]; meetings: LasseEvent[] } {
  const related: RelatedProject[] = [];
  const meetings: LasseEvent[] = [];
  // A teaser repeated word for word is one item; a copy that says otherwise contradicts it and cannot be published.
  const same = (a: object, b: object) => JSON.stringify({ ...a, line: 0 }) === JSON.stringify({ ...b, line: 0 });
  const addRelated = (r: RelatedProject) => {
    const earlier = related.find((x) => x.name === r.name);
    if (!earlier) related.push(r);
    else if (!same(earlier, r))
      throw new SourceError(
        src.file,
        r.line,
        `the teaser of "${r.name}" gives it the period ${r.start ?? '?'}–${r.end ?? '?'}, line ${earlier.line} ${earlier.start ?? '?'}–${earlier.end ?? '?'}`,
      );
  };
  // A numbered meeting or issue ("6. kokous", "muistio 3/2012") is one item whatever its date; others are one per date.
  const meetingKey = (e: LasseEvent) => (/\d/.test(e.title) ? e.title : `${e.title} ${e.start}`);
  const addMeeting = (e: LasseEvent) => {
    const earlier = meetings.find((x) => meetingKey(x) === meetingKey(e));
    if (!earlier) meetings.push(e);
    else if (!same(earlier, e))
      throw new SourceError(
        src.file,
        e.line,
        `"${e.title}" is dated ${e.start}${e.time ? ` klo ${e.time}` : ''}${e.place ? ` (${e.place})` : ''} here, ${earlier.start}${earlier.time ? ` klo ${earlier.time}` : ''}${earlier.place ? ` (${earlier.place})` : ''} on line ${earlier.line}: two teasers of one item disagree`,
      );
  };
  for (const { titleLine, bodyLine } of teaserBlocks(src)) {
    const title = squash(lineAt(src, titleLine));
    const body = squash(lineAt(src, bodyLine)).slice(0, 600);
    const isLasse = /LasSe|LASTENSUOJELUTARPEEN|Lastensuojelutarpeen/.test(title);
    if (!isLasse && /Väli-Suom|VÄLI-SUOM/.test(title) && /hanke|KASTE II/i.test(title) && !/johtoryhm/.test(title)) {
      // Only a related project's period is read: other teasers' dates are no facts of the dashboard.
      const period = new RegExp(`(${DATE})${TO}(${DATE})|\\(?(\\d{4})${DASH}(\\d{4})\\)?`).exec(body);
      const bounds = period
        ? period[1]
          ? {
              start: parseFinnishDate(period[1], src.file, bodyLine),
              end: parseFinnishDate(period[2]!, src.file, bodyLine),
            }
          : { start: period[3]!, end: period[4]! }
        : { start: null, end: null };
      addRelated({ name: title, ...bounds, line: bodyLine });
    } else if (!isLasse) {
      const named = new RegExp(`(VÄLI-SUOMEN [\\p{Lu}-]+-HANKE) (\\d{4})${DASH}(\\d{4})`, 'u').exec(body);
      if (named) addRelated({ name: named[1]!, start: named[2]!, end: named[3]!, line: bodyLine });
    }
    const steering = new RegExp(
      `${anyCase('Ohjausryhmän')} (\\d+)\\. ${anyCase('kokous')} (?:${anyCase('pöytäkirja')}|${anyCase('muistio')}) ${anyCase('aika')}:\\s*${WEEKDAY}(${DATE})`,
      'u',
    ).exec(body);
    if (isLasse && steering)
      addMeeting({
        kind: 'meeting',
        title: `Ohjausryhmän ${steering[1]}. kokous`,
        start: parseFinnishDate(steering[2]!, src.file, bodyLine),
        end: null,
        ...timeAndPlace(body),
        lasse: true,
        line: bodyLine,
      });
    const kasperi = new RegExp(
      `^(KASPERI II) .*?${anyCase('Ohjausryhmän')} ${anyCase('kokous')} ${anyCase('muistio')} (\\d+\\/\\d{4}) ${anyCase('aika')}:\\s*${WEEKDAY}(${DATE})`,
      'u',
    ).exec(body);
    if (kasperi)
      addMeeting({
        kind: 'meeting',
        title: `${kasperi[1]} ohjausryhmän kokous, muistio ${kasperi[2]}`,
        start: parseFinnishDate(kasperi[3]!, src.file, bodyLine),
        end: null,
        ...timeAndPlace(body),
        lasse: false,
        line: bodyLine,
      });
    // "KASPERI II … Ohjausryhmän kokous 29.4.2013", "KASPERI II hankkeen Osallisuuden helmet seminaari 22.5.2013"
    const kasperiDated =
      /(KASPERI II) .*?(?:(Ohjausryhmän kokous)|hankkeen (Osallisuuden helmet seminaari)) (\d{1,2}\.\d{1,2}\.\d{4})/.exec(
        body,
      );
    if (!kasperi && kasperiDated)
      addMeeting({
        kind: kasperiDated[2] ? 'meeting' : 'seminar',
        title: `${kasperiDated[1]} ${kasperiDated[2] ? 'ohjausryhmän kokous' : kasperiDated[3]!}`,
        start: parseFinnishDate(kasperiDated[4]!, src.file, bodyLine),
        end: null,
        place: null,
        lasse: false,
        line: bodyLine,
      });
    // The project's own reports dated in their titles: "Toiminnan kuvaus 1.1.2014 31.10.2014", "UUTISKIRJE 1/2015".
    const account = new RegExp(`(Toiminnan kuvaus) (${DATE})${TO}(${DATE})`).exec(body);
    const letter = /(UUTISKIRJE) \d+\/(\d{4})/.exec(body);
    if (isLasse && account)
      addMeeting({
        kind: 'report',
        title: account[1]!,
        start: parseFinnishDate(account[2]!, src.file, bodyLine),
        end: parseFinnishDate(account[3]!, src.file, bodyLine),
        place: null,
        lasse: true,
        line: bodyLine,
      });
    if (isLasse && letter)
      addMeeting({
        kind: 'report',
        title: `LasSe ${letter[0].toLowerCase()}`,
        start: letter[2]!,
        end: null,
        place: null,
        lasse: true,
        line: bodyLine,
      });
    // The plan this one refines, dated by its authors: "Suunnitelma ajalle 1.4.2013 31.10.2015 … Pikassos 17.12.2012".
    const planPeriod = new RegExp(`(Suunnitelma ajalle) (${DATE})${TO}(${DATE})`).exec(body);
    const planDate = planPeriod && new RegExp(DATE).exec(body.split(planPeriod[0]).join(''));
    if (isLasse && planPeriod && planDate)
      addMeeting({
        kind: 'report',
        title: `${planPeriod[1]} ${planPeriod[2]}–${planPeriod[3]}`,
        start: parseFinnishDate(planDate[0], src.file, bodyLine),
        end: null,
        place: null,
        lasse: true,
        line: bodyLine,
      });
    // A project's presentation, by place and date, before its shares: "Vaasa 17.12.2009 … Välittäjä 2009 Hankkeessa mukana".
    const presented = new RegExp(`(\\p{Lu}\\p{Ll}+) (${DATE}) .*?(\\p{Lu}\\p{Ll}+ \\d{4}) Hankkeessa mukana`, 'u').exec(
      body,
    );
    if (!isLasse && presented)
      addMeeting({
        kind: 'report',
        title: presented[3]!,
        start: parseFinnishDate(presented[2]!, src.file, bodyLine),
        end: null,
        place: presented[1]!,
        lasse: false,
        project: presented[3]!,
        line: bodyLine,
      });
    const board = new RegExp(
      `(Väli-Suomen Kaste-aluejohtoryhmä)n? (?:kokoukseen .*?${anyCase('aika')}:\\s*${WEEKDAY}(\\d{1,2}\\.\\d{1,2}\\.)\\s?(\\d{4})|(Tampere), (${DATE}))`,
      'u',
    ).exec(body);
    if (board) {
      const date = board[2] ? `${board[2]}${board[3]}` : board[5]!;
      const written = timeAndPlace(body);
      addMeeting({
        kind: 'meeting',
        title: `${board[1]}n kokous`,
        start: parseFinnishDate(date, src.file, bodyLine),
        end: null,
        ...written,
        place: written.place ?? board[4] ?? null,
        lasse: false,
        line: bodyLine,
      });
    }
  }
  return { related, meetings };
}
