import { SourceError } from '../lib/errors.ts';
import { type SourceText, requireLine, lineAt, findLine } from '../lib/document.ts';
import { squash } from '../lib/text.ts';
import { parseFinnishDate } from '../lib/dates.ts';

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
  const nameLine = requireLine(src, /^.+?\s+[–-]\s+projektin tavoitteena/, 'the project name ("<name> – projektin tavoitteena")');
  const name = squash(/^(.+?)\s+[–-]\s+projektin/.exec(lineAt(src, nameLine))?.[1] ?? '');
  const heading = requireLine(src, /^Aikataulu\s*$/, 'the "Aikataulu" (timeline) heading');
  const periodLine = findLine(src, /\d{1,2}\.\d{1,2}\.\d{4}\s*[–-]\s*\d{1,2}\.\d{1,2}\.\d{4}/, heading);
  if (periodLine === null) throw new SourceError(src.file, heading, 'no "d.m.yyyy – d.m.yyyy" period after "Aikataulu"');
  const [startRaw, endRaw] = lineAt(src, periodLine).split(/[–-]/).map((s) => s.trim());
  const administratorLine = requireLine(src, /^\S.*?(?:virasto|kaupunki|kunta),\s.*[Hh]anke/, 'the administering office in the contacts');
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
