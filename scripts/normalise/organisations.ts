import type { Organisation } from '../../src/data/schema.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import { resolveMunicipality } from '../lib/municipalityNames.ts';
import { SourceError } from '../lib/errors.ts';
import { slugify } from '../lib/text.ts';
import { ORGANISATIONS, MUNICIPALITY_ALIASES, TOWNS } from '../curation.ts';
import { municipalityNames } from './regions.ts';

export interface AdministratorCell {
  status: 'stated' | 'uncertain' | 'unknown' | 'blank';
  names: Array<{ name: string; certainty: 'stated' | 'uncertain' }>;
}

/**
 * Reads an administrator cell: "" is blank, "?" unknown, "Kauhajoki ?" or "Seinäjoki tai Vaasa?"
 * uncertain, "Tampere ja Vaasa" / "Hämeenlinna, Forssa, Riihimäki" several stated administrators. A name
 * with a parenthesised qualifier ("Tampere (Stakes alueyksikkö)") stays one name.
 */
export function parseAdministratorCell(raw: string): AdministratorCell {
  const text = raw.trim();
  if (text === '') return { status: 'blank', names: [] };
  if (/^\?+$/.test(text)) return { status: 'unknown', names: [] };
  const uncertain = text.includes('?') || /\stai\s/.test(text);
  const cleaned = text.replace(/\s*\?\s*/g, ' ').trim();
  const parts = cleaned.includes('(') ? [cleaned] : cleaned.split(/,\s*|\s+ja\s+|\s+tai\s+/);
  const certainty = uncertain ? 'uncertain' : 'stated';
  return {
    status: certainty,
    names: parts
      .map((p) => p.trim())
      .filter(Boolean)
      .map((name) => ({ name, certainty })),
  };
}

/** Collects every organisation the documents name and resolves written names to them. */
export class OrganisationRegistry {
  private readonly byId = new Map<string, Organisation>();

  constructor(private readonly refs: MunicipalityRef[]) {}

  resolve(written: string, file: string, line: number): Organisation {
    const curated = ORGANISATIONS.find((o) => o.aliases.includes(written));
    if (curated) {
      const home = this.refs.find((r) => r.nameFi === curated.municipality);
      if (!home)
        throw new SourceError(
          'scripts/curation.ts',
          null,
          `organisation ${curated.id}: unknown home municipality ${curated.municipality}`,
        );
      return this.add(
        {
          id: curated.id,
          name: curated.aliases[0]!,
          names: curated.names,
          fullName: curated.fullName,
          type: curated.type,
          municipalityCode: home.code,
          aliases: [],
        },
        written,
      );
    }
    const alias = MUNICIPALITY_ALIASES[written];
    const hit = resolveMunicipality(alias?.municipality ?? written, this.refs, {});
    if (!hit) {
      throw new SourceError(
        file,
        line,
        `administrator "${written}" is neither a municipality nor an organisation listed in scripts/curation.ts`,
      );
    }
    const { ref } = hit;
    const { fi, sv, en = fi } = municipalityNames(ref);
    return this.add(
      {
        id: slugify(ref.nameFi),
        name: ref.nameFi,
        names: { fi, sv, en },
        fullName: { fi, sv, en },
        type: 'municipality',
        municipalityCode: ref.code,
        aliases: [],
      },
      written,
    );
  }

  private add(candidate: Organisation, written: string): Organisation {
    const org = this.byId.get(candidate.id) ?? candidate;
    this.byId.set(org.id, org);
    if (written !== org.name && !org.aliases.includes(written)) org.aliases.push(written);
    const { sv, en } = MUNICIPALITY_ALIASES[written] ?? {};
    if (sv && en) org.aliasTranslations = { ...org.aliasTranslations, [written]: { sv, en } };
    return org;
  }

  all(): Organisation[] {
    return [...this.byId.values()]
      .map((o) => ({ ...o, aliases: [...o.aliases].sort() }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}

/** The municipal administrators that are towns (TOWNS) marked so; a town no document names as one is not looked for. */
export function withTowns(organisations: Organisation[]): Organisation[] {
  return organisations.map((o) =>
    o.type === 'municipality' && TOWNS.names.includes(o.name) ? { ...o, town: true } : o,
  );
}
