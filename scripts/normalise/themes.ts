import type { Project, Theme, ThemeScheme, SourceRef } from '../../src/data/schema.ts';
import { SourceError } from '../lib/errors.ts';
import { fileOf } from './documents.ts';
import { THEMES } from '../curation.ts';
import { reasonText } from './translations.ts';

export interface ThemeInput {
  scheme: ThemeScheme;
  order: number;
  name: string;
  source: SourceRef;
  /**
   * Read from a numbered list, whose numbers show it complete: a theme the curation knows but the list lacks was
   * removed, and the build follows. An unnumbered list (the report's headings) cannot tell a removed item from a
   * mangled heading, so there a known theme that is missing stops the build.
   */
  numbered: boolean;
}

export const themeId = (scheme: ThemeScheme, order: number) => `${scheme}-${order}`;

/** Reasons that claim a theme is worded like the one it maps to ("Same wording as national theme 2", "Same name …"). */
const SAME_WORDING = {
  nationalReason: /\b(?:same wording as|identical to) national\b/i,
  predecessorReason: /\bsame name\b/i,
};
const planYearOf = (scheme: ThemeScheme) => (/^plan-(\d{4})$/.exec(scheme) ? Number(scheme.slice(5)) : null);

/** Themes with their curated translations and mappings; a theme the curation does not know is an error. */
export function buildThemes(inputs: ThemeInput[]): Theme[] {
  const byName = (scheme: ThemeScheme, name: string) => inputs.find((t) => t.scheme === scheme && t.name === name);
  const where = (input: ThemeInput) => [fileOf(input.source.document), input.source.lineStart] as const;
  const planYears = [...new Set(inputs.map((t) => planYearOf(t.scheme)).filter((y): y is number => y !== null))].sort();
  for (const input of inputs) {
    if (!THEMES[input.scheme]?.[input.name]) {
      const known = Object.keys(THEMES[input.scheme] ?? {});
      throw new SourceError(
        ...where(input),
        `theme "${input.name}" is none of the ${input.scheme} themes scripts/curation.ts knows (${known.length ? known.join('; ') : 'none: a new list'}); a misspelling to correct in the document, or a renamed or new theme: add THEMES["${input.scheme}"]["${input.name}"] with its Swedish and English names and its national mapping${planYearOf(input.scheme) !== null ? ' (and its predecessors in the previous plan)' : ''}`,
      );
    }
  }
  for (const [scheme, curated] of Object.entries(THEMES) as Array<[ThemeScheme, Record<string, unknown>]>) {
    const read = inputs.filter((t) => t.scheme === scheme);
    const first = read[0];
    if (!first || first.numbered) continue;
    for (const name of Object.keys(curated)) {
      if (!byName(scheme, name)) {
        throw new SourceError(
          ...where(first),
          `the ${scheme} themes read from here (${read.map((t) => t.name).join('; ')}) lack "${name}": a heading lost or mangled in the document, or, if the document dropped it, remove THEMES["${scheme}"]["${name}"] from scripts/curation.ts`,
        );
      }
    }
    // A theme's id is its place in the list: headings in another order would quietly give the ids to other themes.
    const curatedOrder = Object.keys(curated);
    const moved = read.find((t, i) => curatedOrder[i] !== t.name);
    if (moved)
      throw new SourceError(
        ...where(moved),
        `the ${scheme} themes come here in another order (${read.map((t) => t.name).join('; ')}) than THEMES["${scheme}"] in scripts/curation.ts, whose order gives their ids (${curatedOrder.join('; ')}): restore the order, or, if the document reordered them, reorder the entries there`,
      );
  }
  return inputs.map((input) => {
    const curated = THEMES[input.scheme]![input.name]!;
    const refer = (scheme: ThemeScheme, names: string[] | undefined, field: string) =>
      (names ?? []).map((name) => {
        const target = byName(scheme, name);
        if (!target)
          throw new SourceError(
            ...where(input),
            `theme "${input.name}" (${input.scheme}) maps to ${scheme} theme "${name}", which the documents no longer list: update THEMES["${input.scheme}"]["${input.name}"].${field} in scripts/curation.ts`,
          );
        return themeId(scheme, target.order);
      });
    const year = planYearOf(input.scheme);
    // A reason that calls the names the same must be about names that are the same: the documents decide, not the reason.
    for (const [field, reason, targets] of [
      ['nationalReason', curated.nationalReason, curated.national],
      ['predecessorReason', curated.predecessorReason, curated.predecessors],
    ] as const) {
      if (!reason || !SAME_WORDING[field].test(reason)) continue;
      const other = (targets ?? []).find((name) => name !== input.name);
      if (other !== undefined || !targets?.length)
        throw new SourceError(
          ...where(input),
          `THEMES["${input.scheme}"]["${input.name}"].${field} in scripts/curation.ts says the names are the same ("${reason}"), but ${other === undefined ? 'it names no theme' : `the theme it maps to is worded "${other}"`}: reword the reason`,
        );
    }
    const previousYear = year === null ? undefined : planYears.filter((y) => y < year).pop();
    const predecessorScheme: ThemeScheme | null = previousYear === undefined ? null : `plan-${previousYear}`;
    return {
      id: themeId(input.scheme, input.order),
      scheme: input.scheme,
      order: input.order,
      name: { fi: input.name, sv: curated.sv, en: curated.en },
      nationalThemeIds: input.scheme === 'national' ? [] : refer('national', curated.national, 'national'),
      nationalMappingReason: curated.nationalReason ?? null,
      ...(curated.nationalReason && { nationalMappingReasonText: reasonText(curated.nationalReason, input.name) }),
      predecessorIds: predecessorScheme ? refer(predecessorScheme, curated.predecessors, 'predecessors') : [],
      predecessorReason: curated.predecessorReason ?? null,
      ...(curated.predecessorReason && { predecessorReasonText: reasonText(curated.predecessorReason, input.name) }),
      source: input.source,
    };
  });
}

/**
 * National themes that only some of a theme's projects work in (THEMES[…].nationalOnlyFor: those whose name
 * contains a word stem), recorded by project id on the theme. A stem that no project of the theme has any more stops
 * the build: the national count would otherwise quietly drop to nothing.
 */
export function restrictNationalThemes(themes: Theme[], projects: Project[]): void {
  for (const theme of themes) {
    const onlyFor = THEMES[theme.scheme]?.[theme.name.fi]?.nationalOnlyFor;
    if (!onlyFor) continue;
    const where = [fileOf(theme.source.document), theme.source.lineStart] as const;
    const fix = `THEMES["${theme.scheme}"]["${theme.name.fi}"].nationalOnlyFor in scripts/curation.ts`;
    theme.nationalProjectIds = Object.fromEntries(
      Object.entries(onlyFor).map(([nationalName, stem]) => {
        const national = themes.find((t) => t.scheme === 'national' && t.name.fi === nationalName);
        if (!national || !theme.nationalThemeIds.includes(national.id))
          throw new SourceError(
            ...where,
            `"${nationalName}" is not a national theme this theme maps to: update ${fix}`,
          );
        const ids = projects
          .filter((p) => p.themeId === theme.id && p.name.toLowerCase().includes(stem))
          .map((p) => p.id);
        if (ids.length === 0)
          throw new SourceError(
            ...where,
            `no project under the theme "${theme.name.fi}" (${theme.scheme}) has "${stem}" in its name, which ${fix} takes for "${nationalName}": the plan renamed or dropped them`,
          );
        return [national.id, ids];
      }),
    );
  }
}
