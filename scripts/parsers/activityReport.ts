import type { ParseNote } from '../lib/notes.ts';
import { isPageBreakLine } from './flatTable.ts';
import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

export interface ReportPriority {
  order: number;
  name: string;
  line: number;
}

/**
 * The activity report describes its priority areas one by one after "…painopistealueiden mukaiseen
 * toiminnan kuvaukseen." until "Alueellinen ja ylimaakunnallinen toiminta". Each area starts with a short
 * heading line: a few words, no full stop.
 */
export function parseReportPriorities(src: SourceText, notes: ParseNote[]): ReportPriority[] {
  const start = requireLine(src, /painopistealueiden mukaiseen toiminnan kuvaukseen/, 'the priority-area introduction');
  const end = requireLine(src, /^Alueellinen ja ylimaakunnallinen toiminta/, 'the end of the priority-area chapters', start);
  const out: ReportPriority[] = [];
  for (let n = start + 1; n < end; n++) {
    const text = squash(lineAt(src, n));
    if (isPageBreakLine(lineAt(src, n)) && text !== '') {
      notes.push({ kind: 'page-break-line', line: n, values: { written: text } });
      continue;
    }
    if (text === '' || /[.:!?]$/.test(text) || text.split(' ').length > 6) continue;
    out.push({ order: out.length + 1, name: text, line: n });
  }
  if (out.length === 0) throw new SourceError(src.file, start, 'no priority-area headings found');
  return out;
}
