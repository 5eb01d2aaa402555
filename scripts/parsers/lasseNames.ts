import type { MunicipalityRef } from './geoCsv.ts';
import { type NameSpec, type ReadName, basicFormAt, joinHyphen, readNames } from './namedList.ts';
import { headEnd } from '../lib/basicForm.ts';
import { type SourceText, lineAt, requireLine } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import { squash } from '../lib/text.ts';

/** Where the LasSe plan names organisations in a role, each found by the words around it. */
export const LASSE_NAMES: NameSpec[] = [
  {
    role: 'programme',
    pattern: /koskee erityisesti (?<context>toimenpide \d+): .*?(?<names>\p{Lu}\p{L}+-\s?osaohjelman)/u,
  },
  {
    role: 'funding',
    pattern:
      /(?<names>Sosiaali- ja terveysministeriön) mukaan Kaste-alueille myönnetään rahoitusta .*? on ns\. (?<context>pieni hanke)/u,
  },
  {
    role: 'support',
    pattern: /(?<context>THL:n tuki valtionavustushankkeille): .*?(?<names>\p{Lu}\p{Ll}+ oppimisverkosto)/u,
  },
  { role: 'authority', pattern: /(?<names>\p{Lu}[\p{L}-]+ aluehallintovirastoon)/u },
  { role: 'support', pattern: /(?<names>THL:n \p{Lu}\p{Ll}+ tiimi) mukana -> (?<context>väliarviointi)/u },
  {
    role: 'support',
    pattern: /(?<names>THL:n \p{Lu}\p{Ll}+ oppimisverkoston) (?<contextGen>aloitusseminaariin)/u,
  },
  {
    role: 'organiser',
    pattern: /(?<context>\p{Lu}[\p{L} ]*? koulutus): [\p{L} -]+? (?<names>THL:n [\p{Lu}-]+yksikkö), \p{Lu}/u,
  },
  {
    role: 'partner',
    pattern:
      /(?<context>maakunnallisia verkostorakenteita), jotka ovat toiminnassa (?<names>\p{Lu}[\p{L} ]+ -hankkeessa)/u,
  },
  { role: 'partner', pattern: /(?<names>\p{Lu}\p{Ll}+n ja \p{Lu}\p{Ll}+n) (?<head>praksis-verkosto)t/u },
  {
    role: 'organiser',
    pattern:
      /(?<names>\p{Lu}\p{L}+ksen) suunnittelija .*?käynnistivät .*?sähköisenä (?<contextGen>\p{Lu}\p{L}+ -kyselyn)/u,
  },
];

/**
 * The steering group the administrator's mayor confirmed: each member's organisation follows the post after a comma
 * ("…, sosiaalijohtaja, Ilmajoki"), a chair or vice-chair marked "(pj)", "(vpj)" after it; persons are not read.
 */
export function readSteeringGroup(src: SourceText): ReadName[] {
  const line = requireLine(src, /ohjausryhmään seuraavat jäsenet:/, 'the steering group ("… seuraavat jäsenet:")');
  const text = squash(lineAt(src, line));
  const head =
    /(\p{Lu}\p{L}+ -?\s?hankkeen ohjausryhmä)än seuraavat jäsenet: (.+?) \p{Lu}\p{Ll}+ järjestäytymiskokous/u.exec(
      text,
    );
  if (!head)
    throw new SourceError(
      src.file,
      line,
      'the member list ("… ohjausryhmään seuraavat jäsenet: … järjestäytymiskokous")',
    );
  const context = joinHyphen(head[1]!).replace(/ -(?=hankkeen)/, '-');
  const out: ReadName[] = [];
  const member = /, (\p{Lu}[\p{L}-]*(?: (?:\p{Ll}+|\p{Lu}{2,}))?)(?: \((pj|vpj|esittelijä)\))?(?= \p{Lu}|$)/gu;
  for (const m of head[2]!.matchAll(member)) {
    const name = m[1]!;
    if (!out.some((o) => o.name === name && o.role === 'member')) out.push({ name, role: 'member', context, line });
    if (m[2] === 'pj' || m[2] === 'vpj')
      out.push({ name, role: m[2] === 'pj' ? 'chair' : 'vice-chair', context, line });
  }
  if (out.length === 0) throw new SourceError(src.file, line, 'no member organisation (", <post>, <organisation>")');
  return out;
}

/**
 * Who has promised to take part in the reports ("… kutsuttu ja lupautunut: Tampereen yliopiston sosiaalityön
 * professori …, … sekä …"): each item's organisation is its words up to the first head word in the genitive; the
 * project's own staff is left out.
 */
export function readResearchPartners(src: SourceText, refs: MunicipalityRef[], project: string): ReadName[] {
  const line = requireLine(src, /kutsuttu ja lupautunut:/, 'the research partners ("… kutsuttu ja lupautunut: …")');
  const list = /kutsuttu ja lupautunut: (.+?)\. /.exec(squash(lineAt(src, line)))?.[1];
  if (!list) throw new SourceError(src.file, line, "the research partners' list ends with no full stop");
  const out: ReadName[] = [];
  for (const item of list.split(/, (?=\p{Lu}\p{Ll}+(?:n|-\p{L}+) )| sekä /u)) {
    const words = item.split(' ');
    const end = headEnd(words);
    if (end < 0) throw new SourceError(src.file, line, `no organisation in the genitive at the start of "${item}"`);
    const name = basicFormAt(src, line, words.slice(0, end + 1).join(' '), refs, {});
    if (name.startsWith(project)) continue;
    out.push({ name, role: 'research-partner', context: null, line });
  }
  return out;
}

/** The organisations the LasSe plan names in a role: LASSE_NAMES, the steering group, the research partners. */
export function readLasseNames(src: SourceText, refs: MunicipalityRef[], irregular: Record<string, string>) {
  return [
    ...readNames(src, LASSE_NAMES, refs, irregular),
    ...readSteeringGroup(src),
    ...readResearchPartners(src, refs, 'LasSe'),
  ];
}
