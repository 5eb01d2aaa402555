#!/usr/bin/env node
// npm run bench:bundle — builds the site and prints the JavaScript the first screen loads and the total, raw and gzip.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const BUDGET = { initialGzip: 150 * 1024, totalGzip: 350 * 1024 };

execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const assets = walk(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const sizeOf = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

// The first screen loads what index.html references (entry script, module preloads, stylesheets) and,
// transitively, the static imports of the entry chunk.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1])));
const queue = [...initial].filter((f) => f.endsWith('.js'));
while (queue.length) {
  const file = queue.pop();
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    const dep = join(dirname(file), m[1]);
    if (!initial.has(dep)) {
      initial.add(dep);
      queue.push(dep);
    }
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = assets.map((f) => ({ file: f.slice(dist.length + 1), initial: initial.has(f), ...sizeOf(f) })).sort((a, b) => b.gzip - a.gzip);
console.log('\nchunk                                              initial      raw     gzip');
for (const r of rows) console.log(`${r.file.padEnd(50)} ${r.initial ? 'yes' : '   '}     ${kb(r.raw).padStart(9)} ${kb(r.gzip).padStart(9)}`);
const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
const init = rows.filter((r) => r.initial);
const initGz = sum(init, 'gzip');
const totalGz = sum(rows, 'gzip');
console.log(`\ninitial (first screen): ${kb(sum(init, 'raw'))} raw, ${kb(initGz)} gzip — budget ${kb(BUDGET.initialGzip)} gzip: ${initGz <= BUDGET.initialGzip ? 'within' : 'OVER'}`);
console.log(`total:                  ${kb(sum(rows, 'raw'))} raw, ${kb(totalGz)} gzip — budget ${kb(BUDGET.totalGzip)} gzip: ${totalGz <= BUDGET.totalGzip ? 'within' : 'OVER'}`);
