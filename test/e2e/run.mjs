#!/usr/bin/env node
// End-to-end suite: builds the site as GitHub Pages serves it (under a sub-path), serves dist/ on 127.0.0.1 and
// runs test/e2e/*.spec.ts in Debian's Chromium through playwright-core. Arguments pick specs by name
// (`node test/e2e/run.mjs pages app` runs pages.spec.ts and app.spec.ts).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = '/kaste-dashboard/';

/**
 * Debian's Chromium drives the browsers, poppler-utils (pdftotext, pdftoppm) reads the printed PDFs: installed with
 * apt-get when missing and the runner is root, as .ci/run does, so `npm test` works on a fresh machine.
 */
function ensureBrowserTools() {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...(onPath('pdftotext') && onPath('pdftoppm') ? [] : ['poppler-utils']),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() === 0) {
    console.log(`e2e: installing Debian ${missing.join(' and ')} (apt-get)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  console.error(
    `e2e: ${missing.join(' and ')} not found. Install Debian's packages (sudo apt-get install -y ${missing.join(' ')}); CHROMIUM_PATH names another Chromium.`,
  );
  process.exit(1);
}

function onPath(command) {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensureBoundaries() {
  const geojson = resolve(root, '../shared/geo/municipalities-2013.geojson');
  const script = join(root, 'scripts/geo/build-boundaries.ts');
  if (!existsSync(script) || !existsSync(geojson)) return;
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), script, '--from', geojson], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** The published origin the test build is made for; the test server's port differs. */
const SITE_URL = 'http://127.0.0.1:4173';

function build() {
  execFileSync(process.execPath, [join(root, 'scripts/site/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    // A feedback channel as a Pages build gets one, so the accessibility statement's links can be checked.
    env: {
      VITE_REPOSITORY_URL: 'https://github.com/example/kaste-dashboard',
      VITE_FEEDBACK_EMAIL: 'palaute@example.org',
      VITE_SERVICE_OWNER: 'Exempelorganisationen',
      ...process.env,
      BASE_PATH: BASE,
      // Explicit: the site build refuses to run without it (scripts/config.mjs, siteOrigin).
      SITE_URL,
    },
  });
}

ensureBrowserTools();
ensureBoundaries();
build();
const server = await startStaticServer({ root: join(root, 'dist'), base: BASE });
const specs = readdirSync(join(root, 'test/e2e'))
  .filter(
    (f) =>
      f.endsWith('.spec.ts') &&
      (process.argv.length <= 2 || process.argv.slice(2).includes(f.replace(/\.spec\.ts$/, ''))),
  )
  .sort()
  .map((f) => join('test/e2e', f));
// spawn, not spawnSync: the static server lives in this process and must keep answering while the specs run.
// Two spec files at a time, one per core: their tests wait for states, not for time, so sharing the machine changes
// how long they take, not what they see (13.3 → 10.4 min on a 2-core machine).
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...specs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_URL: server.url, E2E_SITE_URL: SITE_URL, CHROMIUM_PATH: CHROMIUM },
});
const status = await new Promise((done) => child.on('exit', (code, signal) => done(signal ? 1 : (code ?? 1))));
await server.close();
process.exit(status);
