import { formatKilobytes, type Lang } from '../i18n';

/** A file size in kilobytes with one decimal, as the locale writes it ("12,3 kt", "12,3 kB"); never "0". */
export function fileSize(lang: Lang, bytes: number): string {
  const kb = Math.max(0.1, Math.round(bytes / 102.4) / 10);
  // ICU puts a plain space before the unit; a no-break space keeps "12,3 kt" on one line in a narrow column.
  return formatKilobytes(lang, kb).replace(' ', '\u00a0');
}
