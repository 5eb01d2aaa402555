import { resolve } from 'node:path';
import { buildDataset } from './normalise/index.ts';
import { renderDataset, writeAtomically, ValidationError } from './write.ts';
import { SourceError } from './lib/errors.ts';
import { describeFsError } from './lib/document.ts';
import { LANGS, loadStrings } from '../src/i18n/core.ts';

/** `npm run data`: source documents → validated JSON in public/data (SEEDS_DIR, GEO_DIR, OUT_DIR override). */
async function main() {
  // The CSV files' column names are the app's own strings, in every language.
  await Promise.all(LANGS.map(loadStrings));
  const seedsDir = resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
  const geoDir = resolve(process.env.GEO_DIR ?? '../shared/geo');
  const outDir = resolve(process.env.OUT_DIR ?? 'public/data');
  const dataset = (() => {
    try {
      return buildDataset({ seedsDir, geoDir });
    } catch (error) {
      if (error instanceof SourceError) fail(error.message);
      throw error;
    }
  })();
  try {
    writeAtomically(outDir, renderDataset(dataset));
  } catch (error) {
    if (error instanceof ValidationError) fail(error.message);
    // A write that fails (no space, no permission, a file where the folder should be) is one line, not a stack.
    const path = (error as NodeJS.ErrnoException).path ?? outDir;
    fail(
      `${path}: output not written, ${describeFsError(error).replace(/^cannot be read/, 'cannot be written')}; ${outDir} is unchanged`,
    );
  }
  const y = (year: number) => dataset.projects.filter((p) => p.planYear === year).length;
  console.log(
    `data: ${dataset.projects.length} projects (2008: ${y(2008)}, 2009: ${y(2009)}), ${dataset.funding.costs.length} costs, ` +
      `${dataset.themes.length} themes, ${dataset.regions.municipalities.length} municipalities, ` +
      `${dataset.regions.organisations.length} organisations, ${dataset.quality.length} data-quality notes → ${outDir}`,
  );
}

function fail(message: string): never {
  console.error(`data build failed: ${message}`);
  process.exit(1);
}

await main();
