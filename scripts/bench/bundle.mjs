#!/usr/bin/env node
// npm run bench:bundle — builds the site and prints every chunk, and per page type what its first screen loads.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { benchPages } from './pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const BUDGET = { initialGzip: 100 * 1024, totalGzip: 350 * 1024 };

execFileSync(process.execPath, [join(root, 'scripts/site/build.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, BUILD_LOG_LEVEL: 'error' } });

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const assets = walk(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const sizes = new Map(assets.map((f) => {
  const buf = readFileSync(f);
  return [f, { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length }];
}));

/**
 * What a page loads before anything else happens: the scripts and stylesheets its HTML references (entry, module
 * preloads of its view, stylesheets) and, transitively, the static imports of those scripts.
 */
function firstScreen(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1])));
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = join(dirname(file), m[1]);
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...files];
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sum = (files, key, ext) => files.filter((f) => f.endsWith(ext)).reduce((s, f) => s + (sizes.get(f)?.[key] ?? 0), 0);
const html = (path) => join(dist, path, 'index.html');

console.log('\nchunk                                              raw     gzip');
for (const [f, size] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`${f.slice(dist.length + 1).padEnd(46)} ${kb(size.raw).padStart(9)} ${kb(size.gzip).padStart(9)}`);

console.log(`\nfirst screen per page (budget: JS ≤ ${kb(BUDGET.initialGzip)} gzip)`);
console.log('page            JS raw   JS gzip  CSS gzip   HTML gzip');
let over = 0;
for (const [name, path] of benchPages(root)) {
  const files = firstScreen(html(path));
  const jsGz = sum(files, 'gzip', '.js');
  if (jsGz > BUDGET.initialGzip) over++;
  const page = gzipSync(readFileSync(html(path)), { level: 9 }).length;
  console.log(`${name.padEnd(14)} ${kb(sum(files, 'raw', '.js')).padStart(9)} ${kb(jsGz).padStart(9)} ${kb(sum(files, 'gzip', '.css')).padStart(9)} ${kb(page).padStart(10)}${jsGz > BUDGET.initialGzip ? '  OVER' : ''}`);
}
const totalGz = [...sizes.values()].reduce((s, v) => s + v.gzip, 0);
console.log(`\nall code: ${kb(totalGz)} gzip — budget ${kb(BUDGET.totalGzip)}: ${totalGz <= BUDGET.totalGzip ? 'within' : 'OVER'}; pages over the first-screen budget: ${over}`);
