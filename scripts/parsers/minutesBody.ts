import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt, findLine, notFound } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

export interface MinutesEvent {
  kind: 'meeting' | 'seminar' | 'application-round';
  title: string;
  start: string;
  end: string | null;
  place: string | null;
  /** The clock time as written ("12.00"). */
  time?: string;
  line: number;
}

export interface MinutesStatement {
  /** Who does it, as written ("Pohjanmaa -hanke"), and the project it concerns ("Remontti"). */
  subject: string;
  object: string;
  text: string;
  line: number;
}

export interface MinutesBody {
  events: MinutesEvent[];
  withdrawals: MinutesStatement[];
}

const CLOCK = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const TIME = new RegExp(
  String.raw`^\s*(?:(?:klo|kello)\.?\s+${CLOCK}|(\d{1,2})[.:](\d{2}))(?:\s*[–-]\s*${CLOCK})?(?!\d|[.:]\d)`,
  'i',
);

/**
 * The clock time written after a date, in the Finnish form "12.00", "12–15", "12.30–13.30": "klo 12:00",
 * "kello 12", "klo 12.30 - 13.30" are read too. What looks like a time but is none ("klo 25", "klo 12.7",
 * "klo puoli") stops the build rather than dropping the time. Null where no time follows.
 */
export function clockTime(after: string, file: string, line: number): string | null {
  const m = TIME.exec(after);
  if (!m) {
    if (/^\s*(?:klo|kello)\b|^\s*\d{1,2}[.:]\d/i.test(after))
      throw new SourceError(file, line, `unreadable clock time "${after.trim().slice(0, 30)}" after the date`);
    return null;
  }
  const part = (h: string | undefined, min: string | undefined) => {
    if (Number(h) > 23 || (min !== undefined && Number(min) > 59))
      throw new SourceError(file, line, `"${m[0].trim()}" is not a clock time`);
    return min === undefined ? String(Number(h)) : `${Number(h)}.${min}`;
  };
  const from = part(m[1] ?? m[3], m[1] !== undefined ? m[2] : m[4]);
  return m[5] === undefined ? from : `${from}–${part(m[5], m[6])}`;
}

const MONTHS: Record<string, string> = {
  tammikuun: '01',
  helmikuun: '02',
  maaliskuun: '03',
  huhtikuun: '04',
  toukokuun: '05',
  kesäkuun: '06',
  heinäkuun: '07',
  elokuun: '08',
  syyskuun: '09',
  lokakuun: '10',
  marraskuun: '11',
  joulukuun: '12',
  tammikuulta: '01',
  helmikuulta: '02',
  maaliskuulta: '03',
  huhtikuulta: '04',
  toukokuulta: '05',
  kesäkuulta: '06',
  heinäkuulta: '07',
  elokuulta: '08',
  syyskuulta: '09',
  lokakuulta: '10',
  marraskuulta: '11',
  joulukuulta: '12',
};

const pad = (n: string) => n.padStart(2, '0');
// "20.–21.8.2008", "11.–12.9. 2008", "30.9.–1.10.2008", "4.9.2008"
const DATE_AT_END = /\s*(\d{1,2})\.(?:(\d{1,2})\.)?(?:\s*[–-]\s*(\d{1,2})\.)?(\d{1,2})\.\s*(\d{4})\s*$/;

const isoDate = (year: string, month: string, day: string, file: string, line: number) => {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day))
    throw new SourceError(file, line, `no such date ${day}.${month}.${year}`);
  return `${year}-${pad(month)}-${pad(day)}`;
};

function eventFromBullet(text: string, line: number, file: string): MinutesEvent {
  const m = DATE_AT_END.exec(text);
  if (!m) throw new SourceError(file, line, `an event without a date at its end: "${text}"`);
  const [, d1, m1, d2, month, year] = m;
  if (m1 && !d2) throw new SourceError(file, line, `an event whose date is not d.m.yyyy: "${text}"`);
  const start = isoDate(year!, m1 ?? month!, d1!, file, line);
  const end = d2 ? isoDate(year!, month!, d2, file, line) : null;
  if (end && end <= start) throw new SourceError(file, line, `an event that ends before it starts: "${m[0].trim()}"`);
  let head = text.slice(0, m.index).trim();
  let place: string | null = null;
  if (head.endsWith(',')) {
    // "… tukena Mediwest, 26.9.2008": the place closes the title, the comma parts it from the date.
    head = head.slice(0, -1);
    const last = /\s(\p{Lu}[\p{L}-]+)$/u.exec(head);
    if (last) {
      place = last[1]!;
      head = head.slice(0, last.index).trim();
    }
  } else if (head.includes(',')) {
    // "Kehittämisyksiköiden tapaaminen, Kokkola 4.9.2008"
    const comma = head.lastIndexOf(',');
    place = head.slice(comma + 1).trim();
    head = head.slice(0, comma).trim();
  } else {
    // A place in the inessive or adessive ("Vaasassa", "Seinäjoella") closes the title.
    const last = /\s(\p{Lu}\p{Ll}+(?:ssa|ssä|lla|llä))$/u.exec(head);
    if (last) {
      place = last[1]!;
      head = head.slice(0, last.index).trim();
    }
  }
  return {
    kind: /seminaari|päivät|tiedotustilaisuus/i.test(head) ? 'seminar' : 'meeting',
    title: head,
    start,
    end,
    place,
    line,
  };
}

/**
 * The body of the minutes: the events §7 lists ("· <title> <place> <date>"), the next meeting, the
 * application rounds and the municipal tour §5 and §7 date by month, and what §5 says a project withdraws from.
 */
export function parseMinutesBody(src: SourceText): MinutesBody {
  const s7 = requireLine(
    src,
    /^\s*7\s*§\s*Muut asiat:.*kuntakierros/,
    'the heading of §7 ("7§ Muut asiat: … kuntakierros")',
  );
  const handled = requireLine(src, /^Asian käsittely:/, 'the "Asian käsittely" of §7', s7);
  const events: MinutesEvent[] = [];
  for (let n = s7 + 1; n < handled; n++) {
    const text = squash(lineAt(src, n));
    // "·" is the transcript's bullet; another bullet sign ("•", "*", "-") before a dated line is the same list item.
    // An undated "-" line is one of §7's agenda points ("-Hyvinvointibarometri"), not an event.
    const other = /^[•*▪-]\s*(.+)$/u.exec(text);
    const item = text.startsWith('·') ? squash(text.slice(1)) : other && DATE_AT_END.test(other[1]!) ? other[1]! : null;
    if (item === null) continue;
    const event = eventFromBullet(item, n, src.file);
    const twice = events.find((e) => e.title === event.title && e.start === event.start);
    if (twice) throw new SourceError(src.file, n, `event "${event.title}" repeats line ${twice.line}`);
    events.push(event);
  }
  if (events.length === 0) throw new SourceError(src.file, s7, 'no "·" events listed under §7');
  const year = events[0]!.start.slice(0, 4);

  const tour = /(.+?)\s+(\p{Ll}+kuulta) alkaen/u.exec(squash(lineAt(src, s7)).replace(/^7\s*§\s*Muut asiat:\s*-?/, ''));
  if (!tour || !MONTHS[tour[2]!])
    throw new SourceError(src.file, s7, 'the municipal tour has no starting month ("<month>kuulta alkaen")');
  events.push({
    kind: 'meeting',
    title: tour[1]!,
    start: `${year}-${MONTHS[tour[2]!]}`,
    end: null,
    place: null,
    line: s7,
  });

  const nextLine = requireLine(
    src,
    /seuraava kokous pidetään/,
    'the next meeting ("seuraava kokous pidetään")',
    handled,
  );
  const nextText = squash(lineAt(src, nextLine));
  const next = /^(.+?) pidetään (\p{Lu}\p{Ll}+) (\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(nextText);
  if (!next) throw new SourceError(src.file, nextLine, 'the next meeting has no "<place> d.m.yyyy"');
  const time = clockTime(nextText.slice(next[0].length), src.file, nextLine);
  events.push({
    kind: 'meeting',
    title: next[1]!,
    start: `${next[5]}-${pad(next[4]!)}-${pad(next[3]!)}`,
    end: null,
    place: next[2]!,
    ...(time ? { time } : {}),
    line: nextLine,
  });

  const roundsLine = requireLine(src, /hakukierroksista/, 'the application rounds ("hakukierroksista")');
  const rounds =
    /Vuoden (\d{4}) hakukierroksista ensimmäinen päättyy (\p{Ll}+) lopussa ja jälkimmäinen (vuoden) lopussa/u.exec(
      squash(lineAt(src, roundsLine)),
    );
  if (!rounds || !MONTHS[rounds[2]!])
    throw new SourceError(src.file, roundsLine, 'cannot read when the application rounds end');
  events.push(
    {
      kind: 'application-round',
      title: `Vuoden ${rounds[1]} hakukierroksista ensimmäinen päättyy ${rounds[2]} lopussa`,
      start: `${rounds[1]}-${MONTHS[rounds[2]!]}`,
      end: null,
      place: null,
      line: roundsLine,
    },
    {
      kind: 'application-round',
      title: `Vuoden ${rounds[1]} hakukierroksista jälkimmäinen päättyy vuoden lopussa`,
      start: `${rounds[1]}-12`,
      end: null,
      place: null,
      line: roundsLine,
    },
  );

  const withdrawals: MinutesStatement[] = [];
  for (let n = findLine(src, /vetäytymässä/); n !== null; n = findLine(src, /vetäytymässä/, n + 1)) {
    const m = /(\p{Lu}[\p{L}-]* -hanke) on vetäytymässä ns\. (\p{Lu}\p{L}+) -hankkeen [^;.]+/u.exec(
      squash(lineAt(src, n)),
    );
    if (!m) throw new SourceError(src.file, n, 'a withdrawal whose project names cannot be read');
    withdrawals.push({ subject: m[1]!, object: m[2]!, text: m[0], line: n });
  }
  // §5 states one withdrawal; losing its sentence would silently drop what qualifies a table row.
  if (withdrawals.length === 0)
    throw notFound(src, 'the withdrawal statement ("<project> -hanke on vetäytymässä ns. <project> -hankkeen …")');
  return { events, withdrawals };
}
