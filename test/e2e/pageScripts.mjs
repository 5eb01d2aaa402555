// What a page costs in script, shared by the e2e budget check (pages.spec.ts) and bench:bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The most script (gzip) a page may load before the app has taken it over (`html[data-ready]`). 150 kB until
 * 2026-12-07, when the pages' own number and date formats (src/i18n/format.ts, 0.6 kB more a page) replaced the
 * locale data Intl loaded in a 30–100 ms task (docs/decisions/own-number-formats.md).
 */
export const PAGE_JS_BUDGET = 151 * 1024;

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
