import type { PhraseTranslation, PreviewStated } from '../../src/data/schema.ts';
import { FINNISH_MONTH_STEMS } from '../../src/i18n/finnishMonths.ts';
import { squash } from '../lib/text.ts';
import { previewDate } from './previews.ts';

/** A municipality a written word names (nominative, or genitive where `genitive`): its Finnish name and renderings. */
export type MunicipalityLookup = (
  written: string,
  genitive: boolean,
) => { fi: string; names: PhraseTranslation } | null;

/** A stated fact before its source is known: read from the title (`line: 'title'`) or the text line. */
export type StatedRead = Omit<PreviewStated, 'source'>;

const DATE = String.raw`\d{1,2}\.\d{1,2}\.\s?\d{4}`;
/** A period of days, the first day's year left out where the second gives it ("1.5. 31.10.2011"). */
const PERIOD = String.raw`\d{1,2}\.\d{1,2}\.(?:\d{4})?\s?[-–]?\s?\d{1,2}\.\d{1,2}\.\d{4}`;
/** A date not the start of a period: no dash, no second date after it. */
const ALONE = String.raw`(?!\d|\.\d|\s?[-–]\s?\d|\s\d{1,2}\.\d{1,2}\.)`;

/** A full date as written ("17.2. 2015" too), or null where it is no day of its month ("31.4.2015"). */
const day = (written: string): string | null => {
  const date = previewDate(written.replace(/\.\s(\d{4})/, '.$1'), false);
  return date && date.start.length === 10 ? date.start : null;
};

const fact = (f: Partial<StatedRead> & Pick<StatedRead, 'fact'>): StatedRead => ({
  start: null,
  end: null,
  name: null,
  section: null,
  places: [],
  ...f,
});

/** "loppuraportti 1.1.2009-31.10.2010 19.10.2010": the report's period, then the date it is dated. */
const REPORT = new RegExp(String.raw`(?<!\p{L})(?:loppu|väli)raportti\s+(?:(${PERIOD})\s+)?(${DATE})${ALONE}`, 'iu');
/** "Perusturvalautakunta 21.12.2011 105": a board's meeting and the section its decision has. */
const BOARD = new RegExp(
  String.raw`(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:lautakunta|hallitus|valtuusto))\s+(${DATE})\s+(?:§\s?)?(\d{1,3})(?![\d.])`,
  'u',
);
/** "hyväksytty sivistystoimenjohtajien ohjausryhmässä 16.5.2012": approved in a body (inessive), on a date. */
const APPROVED = new RegExp(
  String.raw`(?<!\p{L})hyväksytty\s+((?:\p{Ll}+\s){0,2}\p{Ll}+(?:ssa|ssä))\s+(${DATE})${ALONE}`,
  'iu',
);
const UPDATED = new RegExp(String.raw`(?<!\p{L})päivitetty\s+(${DATE})${ALONE}`, 'iu');
const DATED = new RegExp(String.raw`(?<!\p{L})päivätty\s+(${DATE})${ALONE}`, 'iu');
/** "PÖYTÄKIRJA Aika: ti 23.9.2014", "Muistio 3/2012 AIKA: 7.9.2012": the minutes' meeting time. */
const MET = new RegExp(
  String.raw`(?<!\p{L})(?:PÖYTÄKIRJA|MUISTIO)(?![\p{L}])[^.]{0,100}?(?<!\p{L})Aika:\s*(?:\p{L}+\s)?(${DATE})`,
  'iu',
);
/** "Pro gradu -tutkielma Toukokuu 2014": a thesis's month. */
const THESIS_MONTH = new RegExp(
  String.raw`(?:pro gradu|opinnäytetyö)[^.]{0,30}?\s(?:${FINNISH_MONTH_STEMS.join('|')})kuu(?:ssa|n|ta)?\s\d{4}`,
  'iu',
);
/**
 * The cover's issuer: an organisation's name right before the contents or a faculty ("Tampereen kaupunki Sisällys…"),
 * and the cover's date where it stands right above that line ("21.12.2012 Tampereen kaupunki").
 */
const ISSUER = new RegExp(
  String.raw`(?:(${DATE})\s)?(?<![\p{L}-])(\p{Lu}\p{Ll}+n\s(?:kaupunki|kunta|kuntayhtymä|yliopisto|liitto|sairaanhoitopiiri|ammattikorkeakoulu))(?=\s(?:[Ss]isällys|SISÄLLYS|\p{Lu}\p{Ll}+\stiedekunta))`,
  'u',
);
/** "Organisaatio : Hämeen liitto": an organisation's line by its label. */
const LABELLED_ISSUER = /(?<!\p{L})Organisaatio\s?:\s(\p{Lu}\p{Ll}+n\s(?:kaupunki|kunta|kuntayhtymä|liitto))(?!\p{L})/u;

/** An inessive phrase's basic form: "ohjausryhmässä" → "ohjausryhmä". */
const fromInessive = (phrase: string) => phrase.replace(/(?:ssa|ssä)$/, '');

/** The dates the text says what they date, in the order of the rules. */
function datesIn(text: string): StatedRead[] {
  const out: StatedRead[] = [];
  const report = REPORT.exec(text);
  if (report) {
    const period = report[1] ? previewDate(report[1]) : null;
    if (period) out.push(fact({ fact: 'period', start: period.start, end: period.end }));
    out.push(fact({ fact: 'dated', start: day(report[2]!) }));
  }
  const dated = DATED.exec(text);
  if (dated) out.push(fact({ fact: 'dated', start: day(dated[1]!) }));
  const thesis = THESIS_MONTH.exec(text);
  if (thesis) out.push(fact({ fact: 'dated', start: previewDate(thesis[0])?.start ?? null }));
  const board = BOARD.exec(text);
  if (board) out.push(fact({ fact: 'board', start: day(board[2]!), name: board[1]!, section: board[3]! }));
  const approved = APPROVED.exec(text);
  if (approved) out.push(fact({ fact: 'approved', start: day(approved[2]!), name: fromInessive(approved[1]!) }));
  const updated = UPDATED.exec(text);
  if (updated) out.push(fact({ fact: 'updated', start: day(updated[1]!) }));
  const met = MET.exec(text);
  if (met) out.push(fact({ fact: 'met', start: day(met[1]!) }));
  return out.filter((f) => f.start !== null);
}

/** "vuosille 2011-2012" or "ajalle 1.4.2013 31.10.2015" right after the preview's own title words. */
function periodAfterTitle(title: string, text: string): StatedRead | null {
  const at = text.toLocaleLowerCase('fi').indexOf(`${title.toLocaleLowerCase('fi')} `);
  if (at < 0) return null;
  const after = /^\s(?:vuosille|ajalle)\s(\S+(?:\s?[-–]\s?|\s)\S+)/u.exec(text.slice(at + title.length));
  const period = after ? previewDate(after[1]!) : null;
  return period?.end ? fact({ fact: 'period', start: period.start, end: period.end }) : null;
}

/**
 * A list of municipalities: three or more names in a row (commas and "sekä" between them allowed), each a
 * municipality the lookup knows, as written or in capitals ("KAUHAJOKI, TEUVA"), or in the genitive before
 * "kunta"/"kaupunki" ("Siilinjärven kunta Maaningan kunta Nilsiän kaupunki").
 */
function municipalityList(text: string, lookup: MunicipalityLookup): StatedRead | null {
  const words = text.split(' ').map((w) => w.replace(/[,;]$/, ''));
  const proper = (w: string) => (/^\p{Lu}+$/u.test(w) ? w[0] + w.slice(1).toLocaleLowerCase('fi') : w);
  let run: { fi: string; names: PhraseTranslation }[] = [];
  const runs: (typeof run)[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = proper(words[i]!);
    const next = words[i + 1]?.toLocaleLowerCase('fi');
    const genitive = next === 'kunta' || next === 'kaupunki' ? lookup(word, true) : null;
    const found = genitive ?? (/^\p{Lu}/u.test(word) ? lookup(word, false) : null);
    if (found) {
      run.push(found);
      if (genitive) i++;
      continue;
    }
    runs.push(run);
    run = [];
  }
  runs.push(run);
  const list = runs.find((r) => r.length >= 3);
  if (!list) return null;
  return fact({
    fact: 'municipalities',
    places: list.map((m) => m.fi),
    placeNames: Object.fromEntries(list.map((m) => [m.fi, m.names])),
  });
}

/**
 * What a preview's title and text line state of the previewed document, each with where it stands: a date only where
 * the words say what it dates (a report's date after its name and period, "päivätty", "päivitetty", a board's date
 * with its section, "hyväksytty … in", a minutes' "Aika:", a thesis's month, a cover's date right above its issuer
 * line), a period only after the title's own
 * words or a report's name, an organisation only from the cover's issuer line, places only from a list of
 * municipality names. A fact the title's own date already gives, or the title line states, is not repeated.
 */
export function statedFacts(
  title: string,
  text: string,
  own: { start: string | null; end: string | null },
  lookup: MunicipalityLookup,
): Array<StatedRead & { from: 'title' | 'text' }> {
  const head = text.slice(0, 400);
  const read: Array<StatedRead & { from: 'title' | 'text' }> = [
    ...datesIn(title).map((f) => ({ ...f, from: 'title' as const })),
    ...datesIn(head).map((f) => ({ ...f, from: 'text' as const })),
  ];
  if (own.start === null) {
    const period = periodAfterTitle(title, head);
    if (period) read.push({ ...period, from: 'text' });
  }
  const cover = ISSUER.exec(head);
  const coverDate = cover?.[1] ? day(cover[1]) : null;
  if (coverDate) read.push({ ...fact({ fact: 'dated', start: coverDate }), from: 'text' });
  const issuer = cover?.[2] ?? LABELLED_ISSUER.exec(head)?.[1];
  if (issuer) read.push({ ...fact({ fact: 'issuer', name: issuer }), from: 'text' });
  const places = municipalityList(head, lookup);
  if (places) read.push({ ...places, from: 'text' });
  const seen = new Set<string>();
  return read.filter((f) => {
    if (f.fact === 'period' && f.start === own.start && f.end === own.end) return false;
    const key = `${f.fact} ${f.start} ${f.end} ${f.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The text after the title the text line repeats (once or more), squashed. */
export const afterRepeatedTitle = (written: string, body: string): string => {
  let rest = squash(body);
  while (rest.startsWith(written)) rest = rest.slice(written.length).trim();
  return rest;
};
