import { SourceError } from './errors.ts';
import { FINNISH_MONTH_STEMS } from '../../src/i18n/finnishMonths.ts';

/** "1.9.2007" → "2007-09-01"; anything else is an error naming file and line. */
export function parseFinnishDate(raw: string, file: string, line: number): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw.trim());
  if (!m?.[1] || !m[2] || !m[3]) throw new SourceError(file, line, `unreadable date "${raw}" (expected d.m.yyyy)`);
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    throw new SourceError(file, line, `no such date "${raw}"`);
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date a document writes without its year, in ISO 8601's form without one: "12.3." → "--03-12", "helmikuu" (or
 * "helmikuussa", or the stem before a dash: "huhti-") → "--02"; "helmikuu 2009" → "2009-02". A date with its year is read as parseFinnishDate
 * reads it. Anything else, or a day no month has ("31.4."), is an error naming file and line.
 */
export function parseDayOrMonth(raw: string, file: string, line: number): string {
  const written = raw.trim();
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(written)) return parseFinnishDate(written, file, line);
  const day = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(written);
  if (day) {
    const [d, mo] = [Number(day[1]), Number(day[2])];
    // A leap year admits 29.2., which some year has.
    const date = new Date(Date.UTC(2000, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
      throw new SourceError(file, line, `no such date "${raw}"`);
    return `--${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  const [name, year] = written.split(/\s(?=\d{4}$)/);
  const month = FINNISH_MONTH_STEMS.findIndex((s) => new RegExp(`^${s}(?:kuu(?:ssa|n|ta)?)?$`, 'iu').test(name!));
  if (month >= 0 && year) return `${year}-${String(month + 1).padStart(2, '0')}`;
  if (month < 0) throw new SourceError(file, line, `unreadable date "${raw}" (expected d.m., d.m.yyyy or a month)`);
  return `--${String(month + 1).padStart(2, '0')}`;
}
