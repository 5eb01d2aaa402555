import type { CooperationArea, LasseModuleChoice, Municipality, Province, SourceRef } from '../../src/data/schema.ts';
import type { MunicipalityRef } from '../parsers/geoCsv.ts';
import type { LasseData } from '../parsers/lasse.ts';
import { layoutTiles } from '../../src/data/tileLayout.ts';
import { fileOf } from './documents.ts';
import { SourceError } from '../lib/errors.ts';
import { slugify, squash } from '../lib/text.ts';
import type { SourceText } from '../lib/document.ts';
import {
  COOPERATION_AREA_NAMES,
  COOPERATION_AREA_TRANSLATIONS,
  type DocumentId,
  MUNICIPALITY_NAMES,
  PREVIEW_PLACE_NAMES,
  PROVINCES,
} from '../curation.ts';
import { resolveMunicipality } from '../lib/municipalityNames.ts';
import type { MunicipalityLookup } from '../parsers/previewStated.ts';

export function provinceIdOf(provinceFi: string): string {
  const p = PROVINCES[provinceFi];
  if (!p) throw new SourceError('scripts/curation.ts', null, `province "${provinceFi}" has no entry in PROVINCES`);
  return p.id;
}

/**
 * The competence centre of each province as the LasSe plan names it; the curated one only where the plan names none.
 * A curated centre for a province the plan now covers is stale judgement, so the build stops at the plan's line.
 */
function competenceCentres(
  lasse: LasseData,
  documentId: string,
  doc: (id: DocumentId) => SourceText,
): Map<string, { name: string | null; source: SourceRef | null }> {
  const centres = new Map<string, { name: string | null; source: SourceRef | null }>();
  for (const [fi, p] of Object.entries(PROVINCES)) {
    const stated = lasse.competenceCentres.find((c) => c.provinces.includes(fi));
    if (stated && p.competenceCentre !== undefined)
      throw new SourceError(
        fileOf(documentId),
        stated.line,
        `the plan now names the competence centre of ${fi} ("${stated.excerpt}"); remove competenceCentre from PROVINCES["${fi}"] in scripts/curation.ts`,
      );
    centres.set(
      fi,
      stated
        ? {
            name: stated.centre,
            source: { document: documentId, lineStart: stated.line, lineEnd: stated.line, excerpt: stated.excerpt },
          }
        : { name: p.competenceCentre ?? null, source: curatedCentreSource(fi, p.competenceCentreLines, doc) },
    );
  }
  return centres;
}

/** The lines a curated competence centre rests on (PROVINCES[…].competenceCentreLines), each found as a whole line. */
function curatedCentreSource(
  province: string,
  given: { document: DocumentId; lines: string[] } | undefined,
  doc: (id: DocumentId) => SourceText,
): SourceRef | null {
  if (!given) return null;
  const src = doc(given.document);
  const found = given.lines.map((text) => {
    const n = src.lines.findIndex((l) => squash(l) === text) + 1;
    if (n === 0)
      throw new SourceError(
        src.file,
        null,
        `no line reads "${text}", which PROVINCES["${province}"].competenceCentreLines in scripts/curation.ts cites for its competence centre`,
      );
    return n;
  });
  const [lineStart, lineEnd] = [Math.min(...found), Math.max(...found)];
  return { document: given.document, lineStart, lineEnd, excerpt: given.lines.join(' … ') };
}

export function buildProvinces(lasse: LasseData, documentId: string, doc: (id: DocumentId) => SourceText): Province[] {
  const centres = competenceCentres(lasse, documentId, doc);
  return Object.entries(PROVINCES).map(([fi, p]) => ({
    id: p.id,
    code: p.code,
    name: { fi, sv: p.sv, en: p.en },
    competenceCentre: centres.get(fi)!.name,
    competenceCentreSource: centres.get(fi)!.source,
    core: p.core,
    lasseModules: lasse.moduleChoices.find((c) => c.province === fi)?.modules ?? [],
  }));
}

/** The module matrix rows; a municipality row belongs to the municipality's province. */
export function buildLasseModuleChoices(
  lasse: LasseData,
  refs: MunicipalityRef[],
  documentId: string,
): LasseModuleChoice[] {
  return lasse.moduleChoices.map((c) => {
    const provinceFi = c.province ?? refs.find((r) => r.code === c.municipalityCode)?.provinceFi;
    if (!provinceFi)
      throw new SourceError(fileOf(documentId), c.line, `no province for the module matrix row "${c.written}"`);
    return {
      written: c.written,
      provinceId: provinceIdOf(provinceFi),
      municipalityCode: c.municipalityCode,
      modules: c.modules,
      source: { document: documentId, lineStart: c.line, lineEnd: c.line, excerpt: c.written },
    };
  });
}

/**
 * LasSe participation: the matrix lists each participant under a province (Iitti, Myrskylä and Pukkila
 * under Päijät-Häme) and marks later joiners in parentheses; the prose list marks them "(alkaen)". A
 * participant only the list names gets its own province when the list's group includes it.
 */
export function lasseParticipation(lasse: LasseData, refs: MunicipalityRef[], documentId: string) {
  const year = lasse.laterArea?.year ?? null;
  const out = new Map<string, NonNullable<Municipality['lasse']>>();
  const [mStart, mEnd] = lasse.matrixLines;
  for (const p of lasse.matrix) {
    const provinceId = provinceIdOf(p.province);
    const add = (code: string, later: boolean) => {
      if (later && year === null)
        throw new SourceError(
          fileOf(documentId),
          mStart,
          'a later joiner is marked but no "Tammikuusta YYYY alkaen" statement gives the year',
        );
      const joined = later ? year! : Number(lasse.project.start.slice(0, 4));
      if (joined !== 2013 && joined !== 2014)
        throw new SourceError(fileOf(documentId), mStart, `unexpected LasSe joining year ${joined}`);
      out.set(code, { joined, provinceId, source: { document: documentId, lineStart: mStart, lineEnd: mEnd } });
    };
    for (const a of p.areas) a.members.forEach((c) => add(c, false));
    p.independent.forEach((c) => add(c, false));
    p.later.forEach((c) => add(c, true));
  }
  for (const l of lasse.listed) {
    const existing = out.get(l.code);
    if (existing) {
      if (l.joinedLater && year !== null && (year === 2013 || year === 2014)) existing.joined = year;
      continue;
    }
    const ref = refs.find((r) => r.code === l.code)!;
    const province = l.groupProvinces.includes(ref.provinceFi) ? ref.provinceFi : l.groupProvinces[0]!;
    const joined = l.joinedLater && year !== null ? year : 2013;
    if (joined !== 2013 && joined !== 2014)
      throw new SourceError(fileOf(documentId), l.line, `unexpected LasSe joining year ${joined}`);
    out.set(l.code, {
      joined,
      provinceId: provinceIdOf(province),
      source: { document: documentId, lineStart: l.line, lineEnd: l.line },
    });
  }
  return out;
}

/** The CSV's names with the curated ones it lacks; a curated Swedish name where the CSV has its own is stale. */
export function municipalityNames(r: MunicipalityRef): Municipality['name'] {
  const curated = MUNICIPALITY_NAMES[r.nameFi];
  if (curated?.sv !== undefined && r.nameSv !== r.nameFi)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `MUNICIPALITY_NAMES["${r.nameFi}"].sv is "${curated.sv}", but the reference CSV now gives "${r.nameSv}": remove the entry's sv`,
    );
  const name = { fi: r.nameFi, sv: curated?.sv ?? r.nameSv };
  return curated?.en ? { ...name, en: curated.en } : name;
}

/**
 * A municipality by a written name: the reference register's (its Swedish and English names as the regions'), else a
 * place outside the region curated in PREVIEW_PLACE_NAMES; a genitive only before "kunta"/"kaupunki".
 */
export function municipalityLookup(refs: MunicipalityRef[]): MunicipalityLookup {
  return (written, genitive) => {
    const found = resolveMunicipality(written, refs, {}, genitive);
    if (found && found.via === (genitive ? 'genitive' : 'exact')) {
      const name = municipalityNames(found.ref);
      return { fi: name.fi, names: { sv: name.sv, en: name.en ?? name.fi } };
    }
    const curated = Object.entries(PREVIEW_PLACE_NAMES).find(([fi, e]) =>
      genitive ? e.genitive === written : fi === written,
    );
    return curated ? { fi: curated[0], names: { sv: curated[1].sv, en: curated[1].en } } : null;
  };
}

export function buildMunicipalities(
  refs: MunicipalityRef[],
  lasse: Map<string, NonNullable<Municipality['lasse']>>,
): Municipality[] {
  const municipalities = refs
    .filter((r) => PROVINCES[r.provinceFi]?.core || lasse.has(r.code))
    .map((r) => ({
      code: r.code,
      name: municipalityNames(r),
      provinceId: provinceIdOf(r.provinceFi),
      lon: r.lon,
      lat: r.lat,
      lasse: lasse.get(r.code) ?? null,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const stale = Object.keys(MUNICIPALITY_NAMES).find((fi) => !municipalities.some((m) => m.name.fi === fi));
  if (stale !== undefined)
    throw new SourceError(
      'scripts/curation.ts',
      null,
      `MUNICIPALITY_NAMES["${stale}"] names no municipality of the data: update it to the reference CSV's name, or remove it`,
    );
  // The tile map's layout takes 40–80 ms: done once here, the browser only draws the published cells.
  const tiles = new Map(layoutTiles(municipalities).map((t) => [t.code, { q: t.q, r: t.r }]));
  return municipalities.map((m) => ({ ...m, tile: tiles.get(m.code)! }));
}

/** A cooperation area's names: the Finnish as written, the Swedish from the curation file, which must know every area. */
function areaNames(name: string, documentId: string, line: number) {
  const curated = COOPERATION_AREA_NAMES[name];
  if (!curated)
    throw new SourceError(
      fileOf(documentId),
      line,
      `cooperation area "${name}" has no Swedish name: a renamed or new area, add COOPERATION_AREA_NAMES["${name}"] (its Swedish name, with the reason) to scripts/curation.ts`,
    );
  const translated = COOPERATION_AREA_TRANSLATIONS[name];
  return { fi: name, sv: translated?.sv ?? curated.sv, en: translated?.en ?? name };
}

export function buildCooperationAreas(lasse: LasseData, documentId: string): CooperationArea[] {
  const startYear = Number(lasse.project.start.slice(0, 4));
  const [mStart, mEnd] = lasse.matrixLines;
  const areas: CooperationArea[] = lasse.matrix.flatMap((p) =>
    p.areas.map((a) => ({
      id: slugify(a.name),
      name: a.name,
      names: areaNames(a.name, documentId, mStart),
      provinceId: provinceIdOf(p.province),
      members: [...a.members].sort(),
      validFrom: startYear,
      source: { document: documentId, lineStart: mStart, lineEnd: mEnd },
    })),
  );
  const later = lasse.laterArea;
  if (later) {
    const province = lasse.matrix.find((p) =>
      later.members.some((c) => p.independent.includes(c) || p.later.includes(c)),
    );
    if (!province)
      throw new SourceError(
        fileOf(documentId),
        later.line,
        `no province of the matrix holds the members of ${later.name}`,
      );
    areas.push({
      id: slugify(later.name),
      name: later.name,
      names: areaNames(later.name, documentId, later.line),
      provinceId: provinceIdOf(province.province),
      members: [...later.members].sort(),
      validFrom: later.year,
      source: { document: documentId, lineStart: later.line, lineEnd: later.line, excerpt: later.excerpt },
    });
  }
  return areas;
}
