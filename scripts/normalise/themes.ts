import type { Theme, ThemeScheme, SourceRef } from '../../src/data/schema.ts';
import { SourceError } from '../lib/errors.ts';
import { fileOf } from './documents.ts';
import { THEMES } from '../curation.ts';
import { reasonText } from './translations.ts';

export interface ThemeInput {
  scheme: ThemeScheme;
  order: number;
  name: string;
  source: SourceRef;
}

export const themeId = (scheme: ThemeScheme, order: number) => `${scheme}-${order}`;

/** Themes with their curated translations and mappings; a theme the curation does not know is an error. */
export function buildThemes(inputs: ThemeInput[]): Theme[] {
  const byName = (scheme: ThemeScheme, name: string) => inputs.find((t) => t.scheme === scheme && t.name === name);
  for (const input of inputs) {
    if (!THEMES[input.scheme]?.[input.name]) {
      throw new SourceError(
        fileOf(input.source.document),
        input.source.lineStart,
        `theme "${input.name}" is none of the ${input.scheme} themes scripts/curation.ts knows (${Object.keys(THEMES[input.scheme] ?? {}).join('; ')}); a renamed or misspelt theme, or a new one to add to THEMES`,
      );
    }
  }
  // A list that lost an item (cut off, or a line merged into another) must not pass as a shorter list.
  for (const [scheme, curated] of Object.entries(THEMES) as Array<[ThemeScheme, Record<string, unknown>]>) {
    const read = inputs.filter((t) => t.scheme === scheme);
    const first = read[0];
    if (!first) continue;
    for (const name of Object.keys(curated)) {
      if (!byName(scheme, name)) {
        throw new SourceError(
          fileOf(first.source.document),
          first.source.lineStart,
          `the ${scheme} themes read from here (${read.map((t) => t.name).join('; ')}) lack "${name}"`,
        );
      }
    }
  }
  return inputs.map((input) => {
    const curated = THEMES[input.scheme]![input.name]!;
    const refer = (scheme: ThemeScheme, names: string[] | undefined) =>
      (names ?? []).map((name) => {
        const target = byName(scheme, name);
        if (!target)
          throw new SourceError(
            'scripts/curation.ts',
            null,
            `theme "${input.name}" refers to unknown ${scheme} theme "${name}"`,
          );
        return themeId(scheme, target.order);
      });
    const predecessorScheme: ThemeScheme | null = input.scheme === 'plan-2009' ? 'plan-2008' : null;
    return {
      id: themeId(input.scheme, input.order),
      scheme: input.scheme,
      order: input.order,
      name: { fi: input.name, sv: curated.sv, en: curated.en },
      nationalThemeIds: input.scheme === 'national' ? [] : refer('national', curated.national),
      nationalMappingReason: curated.nationalReason ?? null,
      ...(curated.nationalReason && { nationalMappingReasonText: reasonText(curated.nationalReason, input.name) }),
      predecessorIds: predecessorScheme ? refer(predecessorScheme, curated.predecessors) : [],
      predecessorReason: curated.predecessorReason ?? null,
      ...(curated.predecessorReason && { predecessorReasonText: reasonText(curated.predecessorReason, input.name) }),
      source: input.source,
    };
  });
}
