import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';

/** The source documents and the reference municipality data, beside the repository (README, "Quick start"). */
export const seedsDir = resolve(__dirname, '../../../shared/seeds');
export const geoDir = resolve(__dirname, '../../../shared/geo');
export const HAS_SOURCES = existsSync(seedsDir);

/**
 * A suite that reads the source documents: a fork or CI checkout without them skips it, named in the run as
 * skipped, and tests the committed data as it is.
 */
export const withSources = describe.skipIf(!HAS_SOURCES);

/** A document's text; empty without the documents, whose suites are skipped then. */
export const sourceText = (file: string) => (HAS_SOURCES ? readFileSync(join(seedsDir, file), 'utf8') : '');
