// What a page costs in script, shared by the e2e budget check (pages.spec.ts) and bench:bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most script (gzip) a page may load before the app has taken it over (`html[data-ready]`). */
export const PAGE_JS_BUDGET = 150 * 1024;

/** A file's size as the server would send it compressed. */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Records the scripts `page` requests, as files of `dist`: `take()` gives those since the last call. Attach before
 * the page is opened.
 */
export function recordScripts(page, dist) {
  let scripts = new Set();
  page.on('request', (r) => {
    if (r.resourceType() === 'script')
      scripts.add(join(dist, new URL(r.url()).pathname.replace(/^.*\/assets\//, 'assets/')));
  });
  return {
    take() {
      const taken = [...scripts];
      scripts = new Set();
      return taken;
    },
  };
}
