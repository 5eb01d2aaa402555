import type { NamedRole } from '../../src/data/schema.ts';
import type { MunicipalityRef } from './geoCsv.ts';
import { basicForm } from '../lib/basicForm.ts';
import { SourceError } from '../lib/errors.ts';
import { type SourceText, notFound } from '../lib/document.ts';
import { squash } from '../lib/text.ts';

/** An organisation a document names in a role, read from one line, before translations and ids are added. */
export interface ReadName {
  name: string;
  role: NamedRole;
  context: string | null;
  start?: string;
  end?: string;
  line: number;
}

/**
 * Where a document names organisations: the role, and a pattern whose named groups are `names` (one name or a list
 * joined by ", ", "ja" or "sekä" before a capital, each put in its basic form), optional `head` (a head word the list
 * shares: "Keski-Pohjanmaan ja Etelä-Pohjanmaan ammattikorkeakouluista"), `context` (what they are named in, in the
 * nominative as written) or `contextGen` (the same in another case, put in its basic form), and `start`, `end`
 * (years). `keep` drops list items that name no organisation (a post, "järjestöt").
 */
export interface NameSpec {
  role: NamedRole;
  pattern: RegExp;
  keep?: (item: string) => boolean;
}

/** A list of names: split at commas and at "ja" / "sekä" before a capitalised name ("lasten ja nuorten" stays). */
export const splitNames = (list: string) =>
  list
    .split(/,\s*|\s+(?:ja|sekä)\s+(?=\p{Lu})/u)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * A word the transcript split at its hyphen ("LastenKaste- osaohjelma", "Webropol -kysely") joined again; a space
 * before the dash after a numeral stays, as Finnish writes it ("Kasperi II -hanke").
 */
export const joinHyphen = (text: string) =>
  text
    .replace(/(\p{L})- (?!(?:ja|tai|sekä) )(?=\p{L})/gu, '$1-')
    .replace(/(?<=(?:^|\s)\p{Lu}\p{Ll}+) -(?=\p{Ll})/gu, '-');

/** A name or context in its basic form, or the build stops at its line. */
export function basicFormAt(
  src: SourceText,
  line: number,
  phrase: string,
  refs: MunicipalityRef[],
  irregular: Record<string, string>,
): string {
  const form = basicForm(joinHyphen(phrase), refs, irregular);
  if (form === null)
    throw new SourceError(src.file, line, `cannot read the basic form of "${phrase}" (a name in a case not read here)`);
  return form;
}

/**
 * Every spec's names, at the first line that matches it: each spec must match (a reworded phrase names its pattern),
 * each name is given once per role and context.
 */
export function readNames(
  src: SourceText,
  specs: NameSpec[],
  refs: MunicipalityRef[],
  irregular: Record<string, string> = {},
): ReadName[] {
  const out: ReadName[] = [];
  for (const spec of specs) {
    const hit = src.lines
      .map((text, i) => ({ line: i + 1, m: spec.pattern.exec(squash(text)) }))
      .find((x) => x.m !== null);
    if (!hit) throw notFound(src, `the organisations named so (${spec.pattern})`);
    const { line, m } = hit;
    const g = m!.groups!;
    const context = g.contextGen
      ? basicFormAt(src, line, g.contextGen, refs, irregular)
      : g.context
        ? joinHyphen(g.context)
        : null;
    for (const item of splitNames(g.names!).filter(spec.keep ?? (() => true))) {
      const name = g.head ? `${item} ${g.head}` : basicFormAt(src, line, item, refs, irregular);
      if (out.some((o) => o.name === name && o.role === spec.role && o.context === context)) continue;
      out.push({
        name,
        role: spec.role,
        context,
        ...(g.start && { start: g.start }),
        ...(g.end && { end: g.end.length === 2 ? `${g.start!.slice(0, 2)}${g.end}` : g.end }),
        line,
      });
    }
  }
  return out;
}
