import { resolve } from 'node:path';
import { buildDataset } from './normalise/index.ts';
import { renderDataset, writeAtomically, ValidationError } from './write.ts';
import { SourceError } from './lib/errors.ts';

/** `npm run data`: source documents → validated JSON in public/data (SEEDS_DIR, GEO_DIR, OUT_DIR override). */
function main() {
  const seedsDir = resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
  const geoDir = resolve(process.env.GEO_DIR ?? '../shared/geo');
  const outDir = resolve(process.env.OUT_DIR ?? 'public/data');
  try {
    const dataset = buildDataset({ seedsDir, geoDir });
    const files = renderDataset(dataset);
    writeAtomically(outDir, files);
    const y = (year: number) => dataset.projects.filter((p) => p.planYear === year).length;
    console.log(
      `data: ${dataset.projects.length} projects (2008: ${y(2008)}, 2009: ${y(2009)}), ${dataset.funding.costs.length} costs, ` +
        `${dataset.themes.length} themes, ${dataset.regions.municipalities.length} municipalities, ` +
        `${dataset.regions.organisations.length} organisations, ${dataset.quality.length} data-quality notes → ${outDir}`,
    );
  } catch (error) {
    if (error instanceof SourceError || error instanceof ValidationError) {
      console.error(`data build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main();
