/**
 * The layers of src/ (README, "Code map"). Shared layers: ui/, state/, data/, i18n/. app/, main.tsx and boot.ts
 * compose the views. Every other folder under src/ is a feature view, including any folder added later.
 */
const SHARED = 'ui|state|data|i18n';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'feature-imports-only-shared-layers',
      severity: 'error',
      comment:
        'A feature view (overview/, projects/, compare/, map/, any new folder) imports only ui/, state/, data/, i18n/ and its own files. ' +
        'Move what two views share down into ui/ (components) or data/ / state/ (pure logic), or compose the views in app/.',
      from: { path: '^src/([^/]+)/', pathNot: `^src/(${SHARED}|app)/` },
      to: { path: '^src/', pathNot: [`^src/(${SHARED})/`, '^src/$1/'] },
    },
    {
      name: 'shared-layer-imports-no-feature',
      severity: 'error',
      comment:
        'ui/, state/, data/ and i18n/ sit under every view: they import each other but no feature folder, not app/, main.tsx or boot.ts. ' +
        'Pass what the shared code needs in as props or parameters, or move the code into the feature that uses it.',
      from: { path: `^src/(${SHARED})/` },
      to: { path: '^src/', pathNot: `^src/(${SHARED})/` },
    },
  ],
  options: {
    // TypeScript 7's package has no compiler API for dependency-cruiser to call, and dependency-cruiser's swc parser
    // rejects JSX in .tsx; so Babel strips the types and acorn reads the rest. Babel drops `import type` statements,
    // so a crossing made only of `import type` goes unseen; mixed imports (`import { a, type B }`) are checked.
    // The npm script passes the files as a glob: a directory scan would skip extensions no TypeScript compiler reads.
    babelConfig: { fileName: '.dependency-cruiser.babel.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    includeOnly: '^src/',
  },
};
