import { SourceError } from '../lib/errors.ts';
import { type SourceText, lineAt } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { requireOneReading, slideLines } from './slideFacts.ts';

export interface NationalTheme {
  order: number;
  name: string;
  line: number;
}

// A theme area's number before its capitalised name, with or without its full stop ("1. Lasten", "7 Pitkä…", "2) …").
const THEME_NUMBER = /\s(\d)[.)]?\s(?=\p{Lu})/u;
const FIRST_THEME = /\s1[.)]?\s(?=\p{Lu})/u;
// Punctuation an editor may put around a listed item ("vähenee: 5 indikaattoria", "varhain.").
const trimItem = (text: string) => text.replace(/^[\s.,;:]+|[\s.,;:(]+$/g, '');

/**
 * The STM slide "KASTE-ohjelman tavoitteet ja keinot" ends with the numbered theme areas
 * ("Teema-alueet … 1. Lasten, nuorten ja perheiden palvelut 2. … 7. Pitkäaikaisasunnottomuus"),
 * flattened onto one line with the goals and means.
 */
export function parseNationalThemes(raw: SourceText): NationalTheme[] {
  const src = slideLines(raw);
  const n = requireOneReading(src, /Teema-alueet/i, 'the slide listing the national theme areas ("Teema-alueet")');
  const line = squash(lineAt(src, n));
  const first = line.search(FIRST_THEME);
  if (first < 0) throw new SourceError(src.file, n, 'theme areas are not numbered from "1."');
  const parts = line.slice(first).split(THEME_NUMBER).slice(1);
  const themes: NationalTheme[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const order = Number(parts[i]);
    if (order !== themes.length + 1) throw new SourceError(src.file, n, `theme areas out of order at "${order}."`);
    const name = trimItem(squash(parts[i + 1] ?? ''));
    // A number left inside a name is the next theme's, unreadable as one ("7Pitkä…").
    if (/\d/.test(name)) throw new SourceError(src.file, n, `theme area ${order} "${name}" holds a number`);
    themes.push({ order, name, line: n });
  }
  if (themes.length < 2) throw new SourceError(src.file, n, 'found fewer than two numbered theme areas');
  return themes;
}

export interface ParsedGoal {
  order: number;
  name: string;
  indicatorCount: number;
}

export interface ParsedRegionalProject {
  name: string;
  grantStatus: 'decision' | 'application';
  /** The region the slides tie it to: from the title itself or from slide 8's "<Region>-Suomen <Name>". */
  regionName: string | null;
  line: number;
  /** Slide 8's line when the region came from there. */
  regionLine: number | null;
}

export interface ParsedPriority {
  name: string;
  /** The parenthesis naming where it applies, as written. */
  where: string;
  allProvinces: boolean;
}

export interface ProgrammeSlides {
  goalsLine: number;
  goals: ParsedGoal[];
  means: Array<{ order: number; name: string }>;
  regionsLine: number;
  /** Kaste regions in the nominative ("Itä- ja Keski-Suomi"), in slide order. */
  regions: string[];
  projects: ParsedRegionalProject[];
  ownLine: number;
  ownPriorities: ParsedPriority[];
}

const REGION = /((?:\p{Lu}\p{Ll}+- ja )?\p{Lu}\p{Ll}+-Suomen)(?!\p{L})/gu;
const nominative = (genitive: string) => genitive.replace(/Suomen$/, 'Suomi');

/**
 * Slide 4's goals ("<goal> N indikaattoria") and means (the sentences between the last goal and the numbered
 * theme areas), slide 8's regions, slide 6's projects under "Valtionavustuspäätös" / "Valtionavustushakemus"
 * and slide 13's priorities of Väli-Suomi's own project. `itemStarts` are the words each bullet of slide 6
 * starts with: the transcript lost the bullets, and the titles themselves contain capitalised place names.
 */
export function parseProgrammeSlides(raw: SourceText, itemStarts: string[]): ProgrammeSlides {
  const src = slideLines(raw);
  const goalsLine = requireOneReading(
    src,
    /\d+ indikaattoria/i,
    'the goals with their indicator counts ("N indikaattoria")',
  );
  const slide4 = squash(lineAt(src, goalsLine));
  const heading = /Teema-alueet/i.exec(slide4);
  if (!heading) throw new SourceError(src.file, goalsLine, 'no "Teema-alueet" heading before the goals');
  const body = slide4.slice(heading.index + heading[0].length, slide4.search(FIRST_THEME));
  const goals: ParsedGoal[] = [];
  const goalRe = /(.+?)\s*\(?(\d+) indikaattoria\)?/giu;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = goalRe.exec(body))) {
    goals.push({ order: goals.length + 1, name: trimItem(m[1]!), indicatorCount: Number(m[2]) });
    lastEnd = goalRe.lastIndex;
  }
  // Each means is a sentence starting with a capitalised verb ("Ehkäistään …", "Varmistetaan …").
  const means = body
    .slice(lastEnd)
    .split(/\s(?=\p{Lu})/u)
    .map(trimItem)
    .filter(Boolean)
    .map((name, i) => ({ order: i + 1, name }));
  if (goals.length === 0 || means.length === 0)
    throw new SourceError(src.file, goalsLine, 'cannot tell goals from means on the goals slide');
  // A goal whose "N indikaattoria" is garbled would run on into the means: a means holding a number or the word is one.
  const runOn = [...goals, ...means].find((x) => /\d|indikaattor/i.test(x.name));
  if (runOn)
    throw new SourceError(
      src.file,
      goalsLine,
      `"${runOn.name}" holds another goal's indicator count: an "N indikaattoria" is unreadable`,
    );
  const repeated = means.find((x, i) => means.findIndex((y) => y.name === x.name) !== i);
  if (repeated) throw new SourceError(src.file, goalsLine, `the means "${repeated.name}" is listed twice`);
  const twiceGoal = goals.find((x, i) => goals.findIndex((y) => y.name === x.name) !== i);
  if (twiceGoal) throw new SourceError(src.file, goalsLine, `the goal "${twiceGoal.name}" is listed twice`);

  const regionsLine = requireOneReading(
    src,
    /yksittäisistä hankkeista laajoihin alueellisiin kokonaisuuksiin/i,
    'the slide on regional entities (slide 8)',
  );
  const slide8 = squash(lineAt(src, regionsLine));
  const regions = [...new Set([...slide8.matchAll(REGION)].map((r) => nominative(r[1]!)))];
  if (regions.length < 2) throw new SourceError(src.file, regionsLine, 'fewer than two Kaste regions named');

  const projectsLine = requireOneReading(
    src,
    /^\d+ Kastehankkeet\s+-/i,
    'the slide of Kaste projects ("Kastehankkeet - …", slide 6)',
  );
  const slide6 = squash(lineAt(src, projectsLine));
  // Found by its title, so a changed status word is reported at the slide rather than as a missing slide.
  const statusAt = (word: string) => {
    const m = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').exec(slide6);
    if (!m)
      throw new SourceError(
        src.file,
        projectsLine,
        `the slide of Kaste projects lacks the status word "${word}" that heads its ${word === 'Valtionavustuspäätös' ? 'grant decisions' : 'grant applications'}`,
      );
    return m.index;
  };
  const decisionAt = statusAt('Valtionavustuspäätös');
  const applicationAt = statusAt('Valtionavustushakemus');
  if (applicationAt < decisionAt)
    throw new SourceError(
      src.file,
      projectsLine,
      'the slide of Kaste projects lists "Valtionavustushakemus" before "Valtionavustuspäätös"',
    );
  const starts = itemStarts
    .map((start) => ({ start, at: slide6.indexOf(start, decisionAt) }))
    .sort((a, b) => a.at - b.at);
  const missing = starts.find((s) => s.at < 0);
  if (missing) {
    const found = starts.filter((s) => s.at >= 0).map((s) => s.start);
    throw new SourceError(
      src.file,
      projectsLine,
      `no project starting "${missing.start}" on the slide (REGIONAL_PROJECT_STARTS in scripts/curation.ts splits the slide's bullets at ${found.map((f) => `"${f}"`).join(', ')} and this one): if the project was renamed, update its startsWith there to the new name's first words`,
    );
  }
  const twice = starts.find((s) => slide6.indexOf(s.start, s.at + 1) >= 0);
  if (twice)
    throw new SourceError(src.file, projectsLine, `the project starting "${twice.start}" is listed twice on the slide`);
  const projects: ParsedRegionalProject[] = starts.map((s, i) => {
    const next = starts[i + 1]?.at ?? slide6.length;
    const end = s.at < applicationAt && next > applicationAt ? applicationAt : next;
    const name = slide6.slice(s.at, end).trim();
    const inTitle = regions.find((r) => name.replace(/-\s(?=\p{Lu})/gu, '-').includes(r.replace(/Suomi$/, 'Suome')));
    const head = name.split(/\s[-–]\s/)[0]!;
    const onSlide8 = regions.find((r) => slide8.includes(`${r.replace(/Suomi$/, 'Suomen')} ${head}`));
    return {
      name,
      grantStatus: s.at < applicationAt ? 'decision' : 'application',
      regionName: inTitle ?? onSlide8 ?? null,
      line: projectsLine,
      regionLine: inTitle || !onSlide8 ? null : regionsLine,
    };
  });

  const ownLine = requireOneReading(
    src,
    /^\d+ VÄLI-SUOMEN LASTEN, NUORTEN JA LAPSIPERHEIDEN/i,
    "the slide of Väli-Suomi's own project (slide 13)",
  );
  const slide13 = squash(lineAt(src, ownLine));
  // A priority is a phrase followed by a parenthesis of provinces ("(Etelä- Pohjanmaalla, …)") or "(mukana kaikissa maakunnissa)".
  const where = /\(((?:mukana kaikissa maakunnissa)|[^()]*(?:lla|llä|ssa|ssä)[ ,][^()]*)\)/gu;
  const parens = [...slide13.matchAll(where)];
  // Slide 13 repeats slide 9's diagram; the first priority is the run of words before its parenthesis that slide 9 lacks.
  const slide9Line = requireOneReading(src, /^\d+ LÄNSI-SUOMEN REMONTTI/i, 'slide 9 (Länsi-Suomen Remontti)');
  const shared = new Set(squash(lineAt(src, slide9Line)).split(' '));
  const ownPriorities: ParsedPriority[] = [];
  parens.forEach((p, i) => {
    let name: string;
    if (i === 0) {
      const before = slide13.slice(0, p.index).trim().split(' ');
      let from = before.length;
      while (from > 0 && !shared.has(before[from - 1]!)) from--;
      name = before.slice(from).join(' ');
    } else {
      const prev = parens[i - 1]!;
      name = slide13.slice(prev.index! + prev[0].length, p.index).trim();
    }
    if (name) ownPriorities.push({ name, where: p[1]!, allProvinces: /kaikissa maakunnissa/.test(p[1]!) });
  });
  if (ownPriorities.length === 0)
    throw new SourceError(src.file, ownLine, 'no priorities with provinces in parentheses on the slide');
  return { goalsLine, goals, means, regionsLine, regions, projects, ownLine, ownPriorities };
}
