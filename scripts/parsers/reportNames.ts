import type { MunicipalityRef } from './geoCsv.ts';
import { type NameSpec, type ReadName, readNames } from './namedList.ts';
import { type SourceText, lineAt, notFound } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import { squash } from '../lib/text.ts';

// The elderly-care developer group, named before each list of its members on the same line.
const ELDERLY_GROUP = String.raw`(?<context>\p{Lu}\p{Ll}+ kehittäjäryhmä)ssä on edustettuna .*?`;

/** Where the activity report names organisations, each found by the words around it. */
export const REPORT_NAMES: NameSpec[] = [
  { role: 'programme', pattern: /korostui (?<names>\p{Lu}[\p{L} ]+?) toteuttaminen/u },
  { role: 'partner', pattern: /valtakunnallisen toimijan \(esim\. (?<names>[^)]+)\)/ },
  { role: 'partner', pattern: /(?<names>\p{Lu}{2,}\p{Ll}*) pohjoismaisen yhteistyön/u },
  {
    role: 'partner',
    pattern: /yhteistyökumppanina (?<context>sosiaalialan kehittämisyhteistyö)ssä on (?<names>\p{Lu}\p{Ll}+)/u,
  },
  { role: 'partner', pattern: /(?<contextGen>rakenteiden kehittämisessä) erityisesti (?<names>\p{Lu}[\p{L} ]+?)\./u },
  { role: 'funding', pattern: /mennessä (?<names>\p{Lu}.+?) turvin/u },
  {
    role: 'partner',
    pattern:
      /(?<contextGen>\p{Lu}\p{Ll}+ kehittämisessä) on myös syntynyt hyvä yhteistyö (?<names>\p{Lu}[\p{L} ]+?) kanssa/u,
  },
  {
    role: 'co-organiser',
    pattern:
      /Vuoden (?<start>\d{4}) alussa \p{Lu}\p{Ll}+lla järjestettiin (?<names>.+?) yhteistyönä (?<context>kaksikielinen lastensuojelun työkokous)/u,
  },
  {
    role: 'co-organiser',
    pattern:
      /järjestettiin \p{Lu}\p{Ll}+ssa (?<context>työkokous ylimaakunnallisen konsultaation toteuttamisesta) .*?yhteistyössä (?<names>\p{Lu}[\p{L} ]+?) kanssa/u,
  },
  {
    role: 'co-organiser',
    pattern:
      /Keväällä (?<start>\d{4}) toteutettiin \p{Lu}\p{Ll}+ssa (?<context>maahanmuuttajien integraation hyviä käytäntöjä koskeva pohjoismainen työseminaari) yhteistyössä (?<names>.+?) kanssa/u,
  },
  {
    role: 'member',
    pattern: /vuonna (?<start>\d{4}) perustetussa (?<context>aluetyöryhmä)ssä, jossa on edustettuina (?<names>.+?)\./u,
    // The list's posts ("Hyve-hankkeen kehittämissuunnittelija") and kinds ("järjestöt") name no organisation.
    keep: (item) => /^\p{Lu}/u.test(item) && !/suunnittelija$/.test(item),
  },
  {
    role: 'organiser',
    pattern:
      /(?<names>\p{Lu}[\p{L}-]+ \(\p{Lu}+\))\s*syksyllä (?<start>\d{4}) käynnistämä (?<context>sosiaalityön arvosanaopetus)/u,
  },
  {
    role: 'organiser',
    pattern:
      /(?<context>ruotsinkielinen opetus) alkoi \p{Lu}\p{Ll}+ssa syksyllä (?<start>\d{4}) avoimena yliopisto-opetuksena \((?<names>\p{Lu}+)\)/u,
  },
  { role: 'partner', pattern: /yhteistyötä (?<names>\p{Lu}[\p{L} ]+? ja \p{Lu}[\p{L} ]+?) kanssa/u },
  {
    role: 'organiser',
    pattern:
      /(?<contextGen>perhepäivähoidon osaamiskartoituksiin), jotka on toteutettu [\p{L} ]*?(?<names>\p{Lu}{2,}\p{Ll}*) toimesta/u,
  },
  {
    role: 'member',
    pattern: new RegExp(`^.*?${ELDERLY_GROUP}suurimpien kaupunkien (?<names>.+?) edustajat`, 'u'),
  },
  {
    role: 'member',
    pattern: new RegExp(`${ELDERLY_GROUP}edustaneet (?<names>\\p{Lu}\\p{Ll}+n ja \\p{Lu}\\p{Ll}+n) \\p{Ll}+`, 'u'),
  },
  {
    role: 'member',
    pattern: new RegExp(`${ELDERLY_GROUP}johtajat sekä (?<names>\\p{Lu}\\p{Ll}+n) hoitotyön johtaja`, 'u'),
  },
  {
    role: 'member',
    pattern: new RegExp(
      `${ELDERLY_GROUP}edustajia (?<names>\\p{Lu}[\\p{L}-]+ ja \\p{Lu}[\\p{L}-]+) (?<head>ammattikorkeakoulu)ista`,
      'u',
    ),
  },
  {
    role: 'member',
    pattern: new RegExp(`${ELDERLY_GROUP}ja (?<names>\\p{Lu}\\p{Ll}+ ammattiopisto)sta`, 'u'),
  },
  {
    role: 'member',
    pattern: new RegExp(`${ELDERLY_GROUP}tutkimuksen edustajina (?<names>.+?) edustajat`, 'u'),
  },
  {
    role: 'member',
    pattern: new RegExp(
      `${ELDERLY_GROUP}(?<names>\\p{Lu}[\\p{L}-]+ \\p{Lu}\\p{Ll}+n) edustaja on myös osallistunut ryhmän toimintaan vuosina (?<start>\\d{4})[–-](?<end>\\d{2,4})`,
      'u',
    ),
  },
  // The ministry's representative is a person: the ministry is read, not the name.
  {
    role: 'visitor',
    pattern:
      /(?<names>Sosiaali- ja terveysministeriön) edustajan, .*? vieraillessa \p{Ll}+llä (?<start>\d{4}) (?<context>\p{Ll}+ \p{Ll}+ järjestämässä tilaisuudessa)/u,
  },
  { role: 'programme', pattern: /(?<names>Hyvät käytännöt [–-] ohjelman) edetessä/u },
  {
    role: 'partner',
    pattern:
      /(?<context>\p{Lu}\p{Ll}+ kehittämisyksikkö) rakentuu .*?Yksikkö suunniteltiin yhteistyössä (?<names>.+?) kesken/u,
  },
];

/**
 * The hosts at the report's end: a run of province names, one a line, then as many lines with the organisation
 * that hosts the centre's office in each (the lines after them are contact details, not read).
 */
export function readReportHosts(src: SourceText, refs: MunicipalityRef[]): ReadName[] {
  const provinces = new Set(refs.map((r) => r.provinceFi));
  const isProvince = (n: number) => n <= src.lines.length && provinces.has(squash(lineAt(src, n)));
  const first = src.lines.findIndex((l) => provinces.has(squash(l))) + 1;
  if (first === 0) throw notFound(src, 'the host organisations per province (a province name alone on its line)');
  let count = 0;
  while (isProvince(first + count)) count++;
  return Array.from({ length: count }, (_, i) => {
    const line = first + count + i;
    const name = line <= src.lines.length ? squash(lineAt(src, line)) : '';
    if (!/^\p{Lu}[\p{L} -]+$/u.test(name))
      throw new SourceError(
        src.file,
        Math.min(line, src.lines.length),
        `"${name}" is no organisation's name for the province on line ${first + i} (${count} provinces, then as many hosts)`,
      );
    return { name, role: 'host' as const, context: squash(lineAt(src, first + i)), line };
  });
}

/** The organisations the activity report names in a role (REPORT_NAMES), then its hosts per province. */
export function readReportNames(src: SourceText, refs: MunicipalityRef[], irregular: Record<string, string>) {
  return [...readNames(src, REPORT_NAMES, refs, irregular), ...readReportHosts(src, refs)];
}
