import { SourceError } from './errors.ts';

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
