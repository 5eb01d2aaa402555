import type { MunicipalityRef } from '../parsers/geoCsv.ts';

export interface NameResolution {
  ref: MunicipalityRef;
  /** How the written form was read: as the name itself, a curated variant, or a genitive form. */
  via: 'exact' | 'variant' | 'genitive';
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Finds the municipality a written name means. Exact Finnish or Swedish names first, then the curated
 * variants (typos and irregular forms), then — when `genitive` is set — a Finnish genitive such as
 * "Oriveden" or "Kristiinankaupungin": the name sharing the longest prefix, allowing for the
 * consonant gradation of the last syllables. Returns null rather than guessing between two candidates.
 */
export function resolveMunicipality(
  written: string,
  refs: MunicipalityRef[],
  variants: Record<string, string>,
  genitive = false,
): NameResolution | null {
  const name = written.trim();
  const exact = refs.find((r) => r.nameFi === name || r.nameSv === name);
  if (exact) return { ref: exact, via: 'exact' };
  const curated = variants[name];
  if (curated) {
    const ref = refs.find((r) => r.nameFi === curated);
    return ref ? { ref, via: 'variant' } : null;
  }
  if (!genitive || !/n$/.test(name)) return null;
  const scored = refs
    .map((ref) => ({ ref, prefix: commonPrefix(ref.nameFi, name) }))
    .filter(
      ({ ref, prefix }) =>
        prefix >= Math.max(3, ref.nameFi.length - 3) &&
        name.length >= ref.nameFi.length - 1 &&
        name.length <= ref.nameFi.length + 3,
    )
    .sort((a, b) => b.prefix - a.prefix);
  const [best, second] = scored;
  if (!best || (second && second.prefix === best.prefix)) return null;
  return { ref: best.ref, via: 'genitive' };
}
