/**
 * The layers (README, "Code map"). Shared layers of src/: data/, i18n/, state/, ui/, each with what it may import
 * below. app/, main.tsx, boot.ts and entry-server.tsx compose the views. Every other folder under src/ is a view,
 * including any folder added later. scripts/ (the data build, the site build, benchmarks) may use src/data/ and
 * the pure translation core, and must not reach React, zustand or anything of the UI, not even indirectly.
 */
const SHARED = 'ui|state|data|i18n';
const UI_PACKAGES = '^node_modules/(react|react-dom|zustand|recharts|@tanstack)/';

/** A folder of src/ that imports only the listed folders of src/ (and itself). */
const layer = (name, folder, allowed, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: `^src/${folder}/` },
  to: { path: '^src/', pathNot: `^src/(${[folder, ...allowed].join('|')})/` },
});

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
    layer(
      'ui-imports-shared-layers',
      'ui',
      ['state', 'data', 'i18n'],
      'ui/ sits under every view: it imports state/, data/ and i18n/, no view, not app/ or the entry modules. Pass what it needs in as props.',
    ),
    layer(
      'state-imports-data-and-i18n',
      'state',
      ['data', 'i18n'],
      'state/ (store, URL, selectors) imports data/ and i18n/ only; components belong in ui/ or a view.',
    ),
    layer(
      'data-imports-i18n',
      'data',
      ['i18n'],
      'data/ (schemas, loading, rows, labels, exports) imports i18n/ only; the data build runs it outside the browser.',
    ),
    {
      name: 'i18n-core-is-pure',
      severity: 'error',
      comment:
        'The translation core (everything in i18n/ but hooks.ts and index.ts) reaches no React, no zustand, no state/ or ui/: ' +
        'data/ and scripts/ import it. Hooks go in i18n/hooks.ts; the active language comes in as a parameter.',
      from: { path: '^src/i18n/', pathNot: '^src/i18n/(hooks|index)\\.ts$' },
      to: { path: [UI_PACKAGES, `^src/(state|ui|app)/`, '^src/[^/]+\\.tsx?$'], reachable: true },
    },
    {
      name: 'data-core-imports-i18n-core',
      severity: 'error',
      comment: 'data/ uses the pure translation core (i18n/core.ts or its modules), not i18n/index.ts with the hooks.',
      from: { path: '^src/data/' },
      to: { path: '^src/i18n/(hooks|index)\\.ts$' },
    },
    {
      name: 'scripts-reach-no-ui',
      severity: 'error',
      comment:
        'scripts/ may import src/data/ and the pure translation core (src/i18n/core.ts), never React, zustand, state/, ui/, app/ or a view, ' +
        'not even through another module: the data build must run without the UI. Move the logic down into src/data/ or src/i18n/.',
      from: { path: '^scripts/' },
      to: {
        path: [UI_PACKAGES, '^src/'],
        pathNot: ['^src/data/(?!DataContext\\.tsx$)', '^src/i18n/(?!hooks\\.ts$|index\\.ts$)'],
        reachable: true,
      },
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
    exclude: { path: '^dist/' },
    includeOnly: `^(src|scripts)/|${UI_PACKAGES}`,
  },
};
