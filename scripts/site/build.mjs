#!/usr/bin/env node
// npm run build — the site as GitHub Pages serves it: Vite's client build, then every page prerendered with the
// data (Vite SSR build of src/entry-server.tsx), 404.html, the offline pages, sitemap.xml, robots.txt and the
// service worker (sw.js, Workbox) that keeps the pages and data of the release for offline use. Its settings (BASE_PATH,
// SITE_URL, …) are scripts/config.mjs's; BUILD_LOG_LEVEL sets Vite's log level.
// Fails with `file: message` and a non-zero exit, and leaves no half-written dist/ behind.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { generateSW } from 'workbox-build';
import { siteConfig } from '../config.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
// In the tree, not in node_modules: a clone whose node_modules is a link to another's builds without meeting its builds.
const ssrOut = join(root, '.tmp/ssr');
const logLevel = process.env.BUILD_LOG_LEVEL ?? 'warn';

function fail(message) {
  rmSync(dist, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

let config;
try {
  // The published site's addresses: SITE_URL is required here (or derived in GitHub Actions).
  config = siteConfig(process.env, { production: true });
} catch (e) {
  fail(e.message);
}
const { base, siteUrl } = config;

await build({ root, logLevel, base, build: { manifest: true } });
await build({ root, logLevel, base, build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true } });
const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);

const dataDir = join(root, 'public/data');
const files = {};
for (const file of server.DATA_FILE_NAMES) {
  try {
    files[file] = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  } catch (e) {
    fail(`public/data/${file}: ${e.message}`);
  }
}
let dataset;
try {
  dataset = server.readDataset(files);
} catch (e) {
  fail(e.message);
}

const template = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
if (!manifest['src/main.tsx'])
  fail('dist/.vite/manifest.json: no chunk for src/main.tsx, whose stylesheets every page links');

/**
 * The stylesheets of the app's shell (src/main.tsx: header, page tools, footer) and of the lazily loaded view of the
 * page, so the prerendered markup is styled at once and nothing moves when the code arrives (the entry's own are in
 * the template). A page drawn by the shell alone (sources, accessibility) has no view chunk of its own.
 */
function pageStylesheets(source) {
  const css = new Set();
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || seen.has(key)) return;
    seen.add(key);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit('src/main.tsx');
  if (source) visit(source);
  return [...css].map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}">`);
}

/**
 * Every module the page's hydration needs: the app's start (src/main.tsx), the page's view and what they import,
 * and the strings of the page's language (src/i18n/strings/<lang>.ts). The entry script asks for them all at once
 * after the first paint (src/boot.ts), instead of finding each level of imports only when the one above it has arrived.
 */
function pageModules(source, lang) {
  const files = new Set();
  const seen = new Set();
  const strings = `src/i18n/strings/${lang}.ts`;
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
    for (const d of chunk.dynamicImports ?? []) if (d === strings) visit(d);
  };
  visit('src/main.tsx');
  if (source) visit(source);
  return `<meta name="page-modules" content="${[...files].map((f) => `${base}${f}`).join(' ')}" />`;
}

const replaceOnce = (html, pattern, replacement, what) => {
  if (!pattern.test(html)) fail(`index.html: ${what} not found in the built template`);
  return html.replace(pattern, () => replacement);
};

function page({ lang, head, body, extra = [], status = '' }) {
  let html = replaceOnce(template, /<html lang="[^"]*">/, `<html lang="${lang}">`, '<html lang>');
  html = replaceOnce(html, /\s*<title>[^<]*<\/title>/, '', '<title>');
  html = replaceOnce(html, /\s*<meta\s+name="description"[^>]*>/, '', 'meta description');
  html = replaceOnce(html, /<\/head>/, `  ${[head, ...extra].join('\n    ')}\n  </head>`, '</head>');
  return replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${body}</div>${status}`, '<div id="root">');
}

let publication, history;
try {
  publication = readFileSync(join(dist, 'data/datapackage.json'), 'utf8');
} catch (e) {
  fail(`public/data/datapackage.json: ${e.message}`);
}
try {
  history = readFileSync(join(dist, 'data/releases.json'), 'utf8');
} catch (e) {
  fail(`public/data/releases.json: ${e.message}`);
}
let pages;
try {
  pages = await server.prerenderPages(dataset, base, siteUrl, publication, history);
} catch (e) {
  fail(e.message);
}
const write = (path, text) => {
  const file = join(dist, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
/** The release the pages were built and validated with: a page checks data of another (src/boot.ts). */
const dataRelease = `<meta name="data-release" content="${JSON.parse(publication).version}" />`;
for (const p of pages)
  write(
    p.path,
    page({
      lang: p.route.lang,
      head: p.head,
      body: p.body,
      extra: [...pageStylesheets(p.source), pageModules(p.source, p.route.lang), dataRelease],
      status: server.loadingStatus(p.route.lang),
    }),
  );

// 404.html: no entry script (there is no page to hydrate), only the shell's styles, the site header and links on
// in three languages. GitHub Pages answers every missing address with this one file, so it holds the Swedish and
// English pages as templates and a small classic script (not-found.js: the policy allows no inline script) puts the
// address's language in place, so a mistyped /sv/… address gets the Swedish header and navigation; without script
// the page stays Finnish, with the message in all three.
const [fiNotFound, ...otherNotFound] = server.notFoundPages(base);
const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const notFoundTemplates = otherNotFound
  .map((p) => `<template id="not-found-page-${p.lang}" data-title="${escapeAttribute(p.title)}">${p.body}</template>`)
  .join('');
writeFileSync(
  join(dist, 'not-found.js'),
  `(function(){var m=location.pathname.slice(${JSON.stringify(base)}.length).match(/^(sv|en)(\\/|$)/);var t=m&&document.getElementById('not-found-page-'+m[1]);if(!t)return;document.documentElement.lang=m[1];document.title=t.getAttribute('data-title');document.getElementById('root').innerHTML=t.innerHTML;})();\n`,
);
const notFoundSwitch = `<script src="${base}not-found.js"></script>`;
let notFound = page({
  lang: 'fi',
  head: `<title>${fiNotFound.title}</title>\n    <meta name="description" content="Sivua ei löytynyt. Sidan hittades inte. Page not found." />\n    <meta name="robots" content="noindex" />`,
  body: fiNotFound.body,
  extra: pageStylesheets(),
});
notFound = notFound
  .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
  .replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
  .replace(/<\/body>/, () => `${notFoundTemplates}${notFoundSwitch}\n  </body>`);
writeFileSync(join(dist, '404.html'), notFound);
// The offline pages: what the service worker answers, in the address's language, for a page it has not stored when
// there is no network. No script either, only the shell's styles.
for (const p of server.offlinePages(base))
  write(
    p.path,
    page({ lang: p.lang, head: p.head, body: p.body, extra: pageStylesheets() })
      .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
      .replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, ''),
  );
writeFileSync(
  join(dist, 'sitemap.xml'),
  server.sitemap(server.allRoutes(dataset.projects.map((p) => p.id)), base, siteUrl),
);
writeFileSync(join(dist, 'robots.txt'), server.robotsTxt(base, siteUrl));
rmSync(join(dist, '.vite'), { recursive: true, force: true });

/** The largest file the service worker may keep: the real municipal borders, when built, are the largest data file. */
const PRECACHE_FILE_LIMIT = 8 * 1024 * 1024;
/**
 * The service worker (docs/decisions/offline.md): every page of every language, the assets and the current data
 * files are precached by their revision, so once the site has been opened it reads offline; an address with a query
 * is the same page (filters are the page's own work). The archive of earlier releases is kept as it is used. A page
 * that is not stored answers, offline, with the offline page of its language. A new release waits until the reader
 * reloads (the page offers it, src/serviceWorker.ts), so a page never mixes two releases' files.
 */
let precached;
try {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.html', 'assets/**/*', 'data/*.json', '*.{svg,css}'],
    globIgnores: ['404.html', 'data/releases/**'],
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: PRECACHE_FILE_LIMIT,
    // Vite's assets carry their content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /^assets\//,
    ignoreURLParametersMatching: [/.*/],
    // These run in the service worker (Workbox writes their source into sw.js): they read the scope, not the build.
    runtimeCaching: [
      {
        // A release's files are named by their SHA-256 and its manifest is written once: never changed.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && url.pathname.startsWith(new URL('data/releases/', globalThis.registration.scope).pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'kaste-releases' },
      },
      {
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' &&
          url.pathname.startsWith(new URL('sv/', globalThis.registration.scope).pathname),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'sv/offline/index.html' } },
      },
      {
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' &&
          url.pathname.startsWith(new URL('en/', globalThis.registration.scope).pathname),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'en/offline/index.html' } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'offline/index.html' } },
      },
    ],
  });
  if (warnings.length) fail(`dist/sw.js: ${warnings.join('; ')}`);
  precached = `${count} files, ${(size / 1e6).toFixed(1)} MB`;
} catch (e) {
  fail(`dist/sw.js: ${e.message}`);
}
console.log(
  `prerendered ${pages.length} pages, 404.html, the offline pages, sitemap.xml, robots.txt and sw.js (precaching ${precached}) into dist/ (base ${base}, site ${siteUrl})`,
);
