import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/normalise/index.ts';
import { type Mutation, build, geoDir, seedsDir } from './seedMutations.ts';
import { withSources } from './sources.ts';
import { SourceError } from '../../scripts/lib/errors.ts';
import { renderDataset } from '../../scripts/write.ts';
import type { Dataset, QualityIssue } from '../../src/data/schema.ts';
import { qualityNames, qualityText } from '../../src/i18n/qualityText.ts';

/**
 * The fault-injection runner shared by the suites per document: the real documents, changed the way transcripts
 * go wrong, built in-process. Every case ends in exactly one of (a) the right data, (b) `file:line: message`
 * naming the seed file and no data, or (c) data plus a quality note naming the line.
 */

/** The data without line numbers, excerpts and the files' digests: what a change that moves lines must leave as it was. */
export function facts(d: Dataset): unknown {
  return JSON.parse(
    JSON.stringify(d, (k, v) =>
      k === 'lineStart' ||
      k === 'lineEnd' ||
      k === 'excerpt' ||
      k === 'lineCount' ||
      k === 'titleLines' ||
      k === 'bytes' ||
      k === 'sha256'
        ? undefined
        : v,
    ),
  );
}

export const withoutDigests = (d: Dataset): Dataset => ({
  ...d,
  sources: d.sources.map((s) => ({ ...s, bytes: undefined, sha256: undefined })),
});

export type Outcome =
  | { outcome: 'a'; exact?: boolean; adjust?: (baseline: Dataset) => void }
  | { outcome: 'b'; message: RegExp }
  | {
      outcome: 'c';
      note: { kind: QualityIssue['kind']; document: string; line: number };
      adjust?: (baseline: Dataset) => void;
    };

export interface Case {
  name: string;
  mutation?: Mutation;
  failures?: Record<string, NodeJS.ErrnoException | 'folder'>;
  expected: Outcome;
}

export const err = (code: string) => Object.assign(new Error(code), { code });

/** Runs `cases` as one describe block and logs its tally (the closing report quotes these figures). */
export function runFaultCases(title: string, cases: Case[], minimum: number, extra = 0) {
  let baseline: Dataset;
  let names: ReturnType<typeof qualityNames>;
  const tally = { a: 0, b: 0, c: 0 };
  beforeAll(() => {
    baseline = buildDataset({ seedsDir, geoDir });
    names = qualityNames(baseline);
  });
  afterAll(() => {
    console.info(`${title}: ${cases.length + extra} mutations — (a) ${tally.a}, (b) ${tally.b}, (c) ${tally.c}`);
  });
  withSources(title, () => {
    it(`tries at least ${minimum} mutations`, () => expect(cases.length).toBeGreaterThanOrEqual(minimum));
    it.each(cases)('$name → ($expected.outcome)', ({ mutation = {}, failures, expected }) => {
      let result: Dataset | SourceError;
      try {
        result = build(mutation, failures);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        result = error;
      }
      tally[expected.outcome]++;
      if (expected.outcome === 'b') {
        expect(result, 'expected the build to stop').toBeInstanceOf(SourceError);
        const message = (result as SourceError).message;
        expect(message).toMatch(expected.message);
        expect(message).not.toMatch(/\n|minutes-2008|lasse-plan|\bat .*\.ts:\d+/);
        return;
      }
      expect(result, result instanceof SourceError ? result.message : '').not.toBeInstanceOf(SourceError);
      const data = result as Dataset;
      const want = structuredClone(baseline);
      expected.adjust?.(want);
      if (expected.outcome === 'a') {
        // The digests of the files the build read change with any byte; every published fact must not.
        if (expected.exact) expect(renderDataset(withoutDigests(data))).toEqual(renderDataset(withoutDigests(want)));
        else expect(facts(data)).toEqual(facts(want));
        return;
      }
      const { kind, document, line } = expected.note;
      const added = data.quality.filter((q) => !want.quality.some((w) => w.id === q.id));
      expect(added.map((q) => [q.kind, q.sources[0]?.document, q.sources[0]?.lineStart])).toEqual([
        [kind, document, line],
      ]);
      for (const lang of ['fi', 'sv', 'en'] as const) expect(qualityText(added[0]!, lang, names)).not.toMatch(/[{}?]/);
      expect(facts({ ...data, quality: data.quality.filter((q) => q !== added[0]) })).toEqual(facts(want));
    });
  });
  return { tally, baseline: () => baseline };
}

/**
 * The baseline with one preview's title written otherwise: its rendering goes (only a title written as the curated
 * entry has one), and what else the new title gives (`fields`).
 */
export const previewRetitled =
  (document: string, from: string, to: string, fields: Record<string, unknown> = {}) =>
  (d: Dataset) => {
    const p = d.sources.find((x) => x.id === document)!.previews!.find((x) => x.title.includes(from))!;
    p.title = p.title.replace(from, to);
    delete p.titleTranslation;
    Object.assign(p, fields);
  };
