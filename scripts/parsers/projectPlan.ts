import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt, findLine } from '../lib/document.ts';
import { contactDetailIn, squash } from '../lib/text.ts';
import { parseFinnishDate } from '../lib/dates.ts';
import { finnishCount } from '../lib/numberWords.ts';

export interface PlannedProject {
  name: string;
  nameLine: number;
  start: string;
  end: string;
  periodLine: number;
  administratorRaw: string;
  administratorLine: number;
}

/**
 * A project plan: the name from "<name> – projektin tavoitteena", the period under "Aikataulu"
 * ("1.9.2007 – 31.10.2009") and the administering office from the contact block.
 */
export function parseProjectPlan(src: SourceText): PlannedProject {
  const nameLine = requireLine(
    src,
    /^.+?\s+[–-]\s+projektin tavoitteena/,
    'the project name ("<name> – projektin tavoitteena")',
  );
  const name = squash(/^(.+?)\s+[–-]\s+projektin/.exec(lineAt(src, nameLine))?.[1] ?? '');
  const heading = requireLine(src, /^Aikataulu\s*$/, 'the "Aikataulu" (timeline) heading');
  const periodLine = findLine(src, /\d{1,2}\.\d{1,2}\.\d{4}\s*[–-]\s*\d{1,2}\.\d{1,2}\.\d{4}/, heading);
  if (periodLine === null)
    throw new SourceError(src.file, heading, 'no "d.m.yyyy – d.m.yyyy" period after "Aikataulu"');
  const [startRaw, endRaw] = lineAt(src, periodLine)
    .split(/[–-]/)
    .map((s) => s.trim());
  const administratorLine = requireLine(
    src,
    /^\S.*?(?:virasto|kaupunki|kunta),\s.*[Hh]anke/,
    'the administering office in the contacts',
  );
  const administratorRaw = squash(lineAt(src, administratorLine).split(',')[0] ?? '');
  return {
    name,
    nameLine,
    start: parseFinnishDate(startRaw ?? '', src.file, periodLine),
    end: parseFinnishDate(endRaw ?? '', src.file, periodLine),
    periodLine,
    administratorRaw,
    administratorLine,
  };
}

export interface LineFact {
  text: string;
  line: number;
}

export interface PlanDetails {
  goals: LineFact[];
  ages: { from: number; to: number; line: number } | null;
  targetGroup: LineFact[];
  methods: LineFact[];
  openDayCareCentres: LineFact[];
  /** The posts hired; `count` is the number the item writes before the role ("2 terveydenhoitajaa"), else 1. */
  staff: Array<{ role: string; count: number; newPost: boolean | null; ownStaff: boolean; line: number }>;
  results: LineFact[];
  phases: Array<{ label: string; start: string; end: string; line: number; tasks: LineFact[] }>;
  decisions: Array<{ body: string; date: string; reference: string | null; line: number }>;
  predecessor: { name: string; start: string; end: string; line: number } | null;
  /** Who the resources chapter says works in the centre ("Perhekeskuksessa työskentelee … X, Y sekä Z"). */
  /** The staff the plan says work in the centre, and how much of their time as written ("osa-aikaisesti"). */
  working: { roles: string[]; workShare: string | null; line: number } | null;
  /** The city the plan names as itself ("Vaasan kaupunki valmistelee …"): the employer of the city's own staff. */
  city: { name: string; line: number } | null;
}

const NUMBERED = /^(\d+)\.\s+(.+)$/;

/**
 * A hired post as the "Palkataan" item writes it: "terveydenhoitaja", "2 terveydenhoitajaa", "kaksi
 * terveydenhoitajaa". After a count of two or more Finnish puts the role in the partitive singular; where that
 * is a vowel stem plus -a/-ä ("terveydenhoitajaa", "psykologia") the base form is the word without it, otherwise
 * ("jäsentä", "osa-aikaista ohjaajaa") the role stays as written, without the number.
 */
export function readPost(text: string, file: string, line: number): { role: string; count: number } {
  const [first, ...words] = text.split(/\s+/);
  const count = finnishCount(first!);
  if (count === null) {
    if (/^\d/.test(first!)) throw new SourceError(file, line, `"${text}": "${first}" is not a count of posts`);
    return { role: text, count: 1 };
  }
  if (count === 0 || words.length === 0)
    throw new SourceError(file, line, `"${text}" names ${words.length ? 'no post' : 'a count but no role'}`);
  const role = words.join(' ');
  if (count > 1 && words.length === 1) {
    const base = /^(.+[aeiouyäö])[aä]$/u.exec(role)?.[1];
    if (base) return { role: base, count };
  }
  return { role, count };
}

/**
 * The posts the note after the list names new: "Hankekoordinaattori on uusi tehtävä", "Hankekoordinaattori ja
 * nuoriso-ohjaaja ovat uusia tehtäviä". A sentence that speaks of a new post but names none of the listed
 * posts, or in a form this does not read, stops the build: a silently unset new post flips the published facts.
 */
function newPostsIn(note: string, roles: string[], file: string, line: number): Set<string> | null {
  const mention = /\b(?:uusi|uusia|uudet|uutta)\s+tehtäv\p{L}*/iu.exec(note);
  if (!mention) return null;
  const sentence = note.slice(0, mention.index).split(/\.\s+/).pop()!;
  const subject = /^(.+?)\s+(?:on|ovat)\s+$/u.exec(sentence)?.[1];
  const form = /^(?:uusi tehtävä|uusia tehtäviä|uudet tehtävät)$/iu.test(mention[0]);
  if (!subject || !form)
    throw new SourceError(
      file,
      line,
      `cannot read which posts are new in "${(sentence + note.slice(mention.index).split(/[.,]\s/)[0]).slice(0, 80)}" (expected "<post> on uusi tehtävä" or "<post> ja <post> ovat uusia tehtäviä")`,
    );
  const named = subject.split(/,\s*|\s+ja\s+/).map((r) => r.trim().toLowerCase());
  const known = new Set(roles.map((r) => r.toLowerCase()));
  const unknown = named.find((r) => !known.has(r));
  if (unknown)
    throw new SourceError(file, line, `the note names "${unknown}" a new post, but no post of that name is hired`);
  return new Set(named);
}

/** A fact line must carry no phone number or e-mail address: those are personal details, never data. */
function withoutContacts(fact: LineFact, file: string): LineFact {
  const found = contactDetailIn(fact.text);
  if (found)
    throw new SourceError(
      file,
      fact.line,
      `a phone number or e-mail address ("${found}") inside a listed item; contact details must not reach the data`,
    );
  return fact;
}

/**
 * The numbered items ("1. …") between two headings, numbered 1, 2, 3 … without a gap or a repeat: a number
 * that lost its period ("3 Tarjota …") or a duplicated item is an error, never a silently shorter list.
 */
function numberedBetween(src: SourceText, from: number, to: number): LineFact[] {
  const out: LineFact[] = [];
  for (let n = from + 1; n < to; n++) {
    const text = squash(lineAt(src, n));
    const m = NUMBERED.exec(text);
    if (!m) {
      if (/^\d+\s+\p{Lu}/u.test(text))
        throw new SourceError(src.file, n, `numbered item without the period after its number: "${text.slice(0, 40)}"`);
      continue;
    }
    if (Number(m[1]) !== out.length + 1)
      throw new SourceError(
        src.file,
        n,
        `item "${m[1]}." where item "${out.length + 1}." was expected (an item repeated, lost or out of order)`,
      );
    out.push(withoutContacts({ text: m[2]!.replace(/\.$/, ''), line: n }, src.file));
  }
  return out;
}

/** Non-empty lines between two headings, bullets ("·") stripped. */
function linesBetween(src: SourceText, from: number, to: number): LineFact[] {
  const out: LineFact[] = [];
  for (let n = from + 1; n < to; n++) {
    const text = squash(lineAt(src, n).replace(/^\s*·\s*/, '')).replace(/\s*->$/, '');
    if (text) out.push(withoutContacts({ text, line: n }, src.file));
  }
  return out;
}

/** "9-12/2007" → 2007-09…2007-12; "2008" → the year. */
function phaseBounds(label: string, file: string, line: number): [string, string] {
  const months = /^(\d{1,2})-(\d{1,2})\/(\d{4})$/.exec(label);
  if (months) return [`${months[3]}-${months[1]!.padStart(2, '0')}`, `${months[3]}-${months[2]!.padStart(2, '0')}`];
  if (/^\d{4}$/.test(label)) return [label, label];
  throw new SourceError(file, line, `unreadable phase heading "${label}"`);
}

/**
 * The plan's goals (numbered under "Visio ja tavoitteet"), the ages its goal names ("0-18 ikävuoteen"), its
 * methods (numbered under "Hankkeen toteutus ja organisointi") and the open day-care centres the first builds
 * on, the posts ("Palkataan …", which is new, which are the city's own staff), the expected results, the yearly
 * phases with their bulleted tasks, the decisions the background cites and the earlier project it names.
 */
export function parsePlanDetails(src: SourceText): PlanDetails {
  const visionLine = requireLine(src, /^Visio ja tavoitteet/, 'the "Visio ja tavoitteet" heading');
  const methodsHeading = requireLine(
    src,
    /^Hankkeen toteutus ja organisointi/,
    'the "Hankkeen toteutus ja organisointi" heading',
    visionLine,
  );
  const resourcesLine = requireLine(
    src,
    /^Voimavarat ja resurssit/,
    'the "Voimavarat ja resurssit" heading',
    methodsHeading,
  );
  const resultsLine = requireLine(src, /^Tulokset\s*$/, 'the "Tulokset" heading', resourcesLine);
  const scheduleLine = requireLine(src, /^Aikataulu\s*$/, 'the "Aikataulu" heading', resultsLine);
  const contactsLine = requireLine(src, /^Yhteystiedot/, 'the "Yhteystiedot" heading', scheduleLine);

  const goals = numberedBetween(src, visionLine, methodsHeading);
  if (goals.length === 0) throw new SourceError(src.file, visionLine, 'no numbered goals under "Visio ja tavoitteet"');
  let ages: PlanDetails['ages'] = null;
  const targetGroup: LineFact[] = [];
  for (const g of goals) {
    const m = /(\p{L}+perhe\p{L}*) tukea (\d+)\s*[-–]\s*(\d+) ikävuoteen/u.exec(g.text);
    if (m) {
      ages = { from: Number(m[2]), to: Number(m[3]), line: g.line };
      targetGroup.push({ text: m[0], line: g.line });
    }
  }

  if (!ages)
    throw new SourceError(
      src.file,
      visionLine,
      'no goal names the ages of the target group ("<lapsiperheille> tukea N-M ikävuoteen")',
    );

  const items = numberedBetween(src, methodsHeading, resourcesLine);
  if (items.length === 0)
    throw new SourceError(src.file, methodsHeading, 'no numbered methods under "Hankkeen toteutus ja organisointi"');
  const staffItem = items.find((i) => /^Palkataan\s/.test(i.text));
  if (!staffItem) throw new SourceError(src.file, methodsHeading, 'no "Palkataan …" item naming the posts');
  const methods = items.filter((i) => i !== staffItem);
  const openDayCareCentres: LineFact[] = [];
  for (const i of methods) {
    const m = /Avoimien päiväkotien \(([^)]+)\)/.exec(i.text);
    if (m) m[1]!.split(/,\s*/).forEach((name) => openDayCareCentres.push({ text: name.trim(), line: i.line }));
  }
  const [hire, ...rest] = staffItem.text.split(/\.\s+/);
  const posts = hire!
    .replace(/^Palkataan\s+/, '')
    .split(/,\s*|\s+ja\s+/)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => readPost(r, src.file, staffItem.line));
  const note = rest.join('. ');
  const newRoles = newPostsIn(
    note,
    posts.map((p) => p.role),
    src.file,
    staffItem.line,
  );
  const othersOwn = /muut ovat kaupungin omia työntekijöitä/.test(note);
  const staff = posts.map(({ role, count }) => {
    const isNew = newRoles?.has(role.toLowerCase()) ?? false;
    return {
      role,
      count,
      newPost: isNew ? true : othersOwn ? false : null,
      ownStaff: !isNew && othersOwn,
      line: staffItem.line,
    };
  });

  const results = linesBetween(src, resultsLine, scheduleLine);
  if (results.length === 0) throw new SourceError(src.file, resultsLine, 'no expected results under "Tulokset"');

  const phases: PlanDetails['phases'] = [];
  const periodLine = findLine(src, /\d{4}\s*[–-]\s*\d{1,2}\.\d{1,2}\.\d{4}/, scheduleLine) ?? scheduleLine;
  for (let n = periodLine + 1; n < contactsLine; n++) {
    const text = squash(lineAt(src, n));
    if (!text) continue;
    if (/^(?:\d{1,2}-\d{1,2}\/)?\d{4}$/.test(text)) {
      const [start, end] = phaseBounds(text, src.file, n);
      phases.push({ label: text, start, end, line: n, tasks: [] });
    } else if (/^·/.test(text)) {
      const phase = phases.at(-1);
      if (!phase) throw new SourceError(src.file, n, 'a task before any phase heading');
      const task = withoutContacts({ text: squash(text.slice(1)).replace(/\s*->$/, ''), line: n }, src.file);
      const twice = phase.tasks.find((t) => t.text === task.text);
      if (twice)
        throw new SourceError(src.file, n, `task "${task.text}" repeats line ${twice.line} in phase ${phase.label}`);
      phase.tasks.push(task);
    } else {
      throw new SourceError(src.file, n, `"${text}" is neither a phase heading ("9-12/2007", "2008") nor a "·" task`);
    }
  }
  if (phases.length === 0) throw new SourceError(src.file, scheduleLine, 'no yearly phases under "Aikataulu"');

  const decisions: PlanDetails['decisions'] = [];
  const predecessor: PlanDetails['predecessor'][] = [];
  for (let n = 1; n < visionLine; n++) {
    const text = squash(lineAt(src, n));
    for (const m of text.matchAll(/(\p{Lu}\p{Ll}+ \p{Ll}+ valtuusto) on (\d{1,2}\.\d{1,2}\.\d{4})/gu)) {
      decisions.push({ body: m[1]!, date: parseFinnishDate(m[2]!, src.file, n), reference: null, line: n });
    }
    for (const m of text.matchAll(
      /([\p{Ll}-]+ ja \p{Ll}+lautakunnan) päätöksen \((\d{1,2}\.\d{1,2}\.\d{4}),\s*(\d+\s*§)\)/gu,
    )) {
      decisions.push({ body: m[1]!, date: parseFinnishDate(m[2]!, src.file, n), reference: m[3]!, line: n });
    }
    const p =
      /((?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*)\s+-projektissa\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*[-–]\s*(\d{1,2}\.\d{1,2}\.\d{4})/u.exec(
        text,
      );
    if (p)
      predecessor.push({
        name: p[1]!,
        start: parseFinnishDate(p[2]!, src.file, n),
        end: parseFinnishDate(p[3]!, src.file, n),
        line: n,
      });
  }
  const cityLine = findLine(src, /\p{Lu}\p{Ll}+n kaupunki\b/u);
  const city = cityLine
    ? { name: /(\p{Lu}\p{Ll}+n kaupunki)\b/u.exec(squash(lineAt(src, cityLine)))![1]!, line: cityLine }
    : null;
  // "muut ovat kaupungin omia työntekijöitä": the city's staff, so the plan must say which city it is.
  if (othersOwn && !city)
    throw new SourceError(
      src.file,
      staffItem.line,
      'the staff are "kaupungin omia" but the plan names no city ("X:n kaupunki")',
    );
  const workingLine = findLine(src, /Perhekeskuksessa työskentelee/);
  const workingText = workingLine
    ? /Perhekeskuksessa työskentelee (?:(osa-aikaisesti|kokoaikaisesti|täysipäiväisesti) )?(.+?)(?:, jotka|\.)/.exec(
        squash(lineAt(src, workingLine)),
      )
    : null;
  const working =
    workingLine && workingText
      ? {
          roles: workingText[2]!.split(/,\s*|\s+(?:ja|sekä)\s+/).map((r) => r.trim()),
          workShare: workingText[1] ?? null,
          line: workingLine,
        }
      : null;
  return {
    goals,
    ages,
    targetGroup,
    methods,
    openDayCareCentres,
    staff,
    results,
    phases,
    decisions,
    predecessor: predecessor[0] ?? null,
    working,
    city,
  };
}
