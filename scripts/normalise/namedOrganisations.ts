import type { NamedOrganisation, Organisation, SourceDocument } from '../../src/data/schema.ts';
import { type DocumentId, IRREGULAR_NAME_FORMS, NAMED_ORGANISATION_IDS, NAMED_TRANSLATIONS } from '../curation.ts';
import { resolveMunicipality } from '../lib/municipalityNames.ts';
import type { SourceText } from '../lib/document.ts';
import { SourceError } from '../lib/errors.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { readLasseNames } from '../parsers/lasseNames.ts';
import type { ReadName } from '../parsers/namedList.ts';
import { readReportNames } from '../parsers/reportNames.ts';
import { municipalityNames } from './regions.ts';

type Kind = SourceDocument['kind'];

/** The documents' readers of the organisations they name in a role, by document family. */
const NAME_READERS: Partial<
  Record<Kind, (src: SourceText, refs: MunicipalityRef[], irregular: Record<string, string>) => ReadName[]>
> = {
  'activity-report': readReportNames,
  'action-plan': readLasseNames,
};

/** A municipality's Swedish and English names (the English is the Finnish where English has no other). */
function municipalityRendering(name: string, refs: MunicipalityRef[]) {
  const ref = refs.find((r) => r.nameFi === name);
  if (!ref) return undefined;
  const { fi, sv, en = fi } = municipalityNames(ref);
  return { sv, en };
}

/**
 * The regions.json organisation a name is: its name, an alias, or its short or full Finnish name; a town's name
 * ("Vaasan kaupunki") is its municipality's organisation; a curated other name (NAMED_ORGANISATION_IDS) its entry's.
 */
function organisationOf(name: string, organisations: Organisation[], refs: MunicipalityRef[]): string | null {
  const town = /^(\S+n) kaupunki$/.exec(name);
  const municipality = town ? resolveMunicipality(town[1]!, refs, {}, true)?.ref.nameFi : undefined;
  const curated = NAMED_ORGANISATION_IDS[name]?.id;
  const hit = organisations.find(
    (o) =>
      o.id === curated ||
      o.name === name ||
      o.aliases.includes(name) ||
      o.names.fi === name ||
      o.fullName.fi === name ||
      (municipality !== undefined && o.type === 'municipality' && o.names.fi === municipality),
  );
  if (curated !== undefined && hit?.id !== curated)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `NAMED_ORGANISATION_IDS["${name}"] names ${curated}, which regions.json does not hold: update or remove the entry`,
    );
  return hit?.id ?? null;
}

/**
 * Each document's named organisations (NAME_READERS) with their source line, regions.json id and the curated
 * Swedish and English of the name and its context (NAMED_TRANSLATIONS); a curated entry no name or context uses any
 * more stops the build, as a reworded name would otherwise lose its rendering without a word.
 */
export function withNamedOrganisations(
  sources: SourceDocument[],
  doc: (id: DocumentId) => SourceText,
  refs: MunicipalityRef[],
  organisations: Organisation[],
): SourceDocument[] {
  const out = sources.map((d) => {
    const read = NAME_READERS[d.kind];
    if (!read) return d;
    const src = doc(d.id as DocumentId);
    const named: NamedOrganisation[] = read(src, refs, IRREGULAR_NAME_FORMS).map((n) => {
      const translation = NAMED_TRANSLATIONS[n.name] ?? municipalityRendering(n.name, refs);
      const contextTranslation = n.context === null ? undefined : NAMED_TRANSLATIONS[n.context];
      const untranslated = !translation ? n.name : n.context !== null && !contextTranslation ? n.context : null;
      if (untranslated !== null)
        throw new SourceError(
          src.file,
          n.line,
          `"${untranslated}" has no Swedish and English in NAMED_TRANSLATIONS (scripts/curation.ts): add them there`,
        );
      const written = NAMED_TRANSLATIONS[n.name]?.written;
      return {
        name: n.name,
        ...(written && { language: written }),
        ...(translation && { translation: { sv: translation.sv, en: translation.en } }),
        role: n.role,
        context: n.context,
        ...(contextTranslation && { contextTranslation: { sv: contextTranslation.sv, en: contextTranslation.en } }),
        ...(n.start && { start: n.start }),
        ...(n.end && { end: n.end }),
        organisationId: organisationOf(n.name, organisations, refs),
        source: { document: d.id, lineStart: n.line, lineEnd: n.line },
      };
    });
    return { ...d, organisations: named };
  });
  const used = new Set(out.flatMap((d) => (d.organisations ?? []).flatMap((o) => [o.name, o.context])));
  const unused = Object.keys(NAMED_ORGANISATION_IDS).find((fi) => !used.has(fi));
  if (unused !== undefined)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `NAMED_ORGANISATION_IDS["${unused}"] matches no organisation the documents name now: update the entry to the document's new wording, or remove it`,
    );
  const stale = Object.keys(NAMED_TRANSLATIONS).find((fi) => !used.has(fi));
  if (stale !== undefined)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `NAMED_TRANSLATIONS["${stale}"] matches no organisation or context the documents name now: update the entry to the document's new wording, or remove it`,
    );
  return out;
}
