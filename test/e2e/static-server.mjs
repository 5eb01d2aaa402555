import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * A plain static server like GitHub Pages: files under `base`, index.html for directories, otherwise status 404
 * with the site's 404.html (no rewrites, so deep links must work by query string alone). Listens on 127.0.0.1 only.
 * `cacheControl`: the header every file gets; GitHub Pages sends `max-age=600`, the tests no caching.
 */
/**
 * A file's gzip, made once per version of the file: the suite loads each page and script hundreds of times, and
 * compressing them anew each time was processor time the browsers under test waited for.
 */
const compressed = new Map();
function gzipped(path) {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}\0${mtimeMs}\0${size}`;
  let body = compressed.get(key);
  if (!body) {
    body = gzipSync(readFileSync(path));
    compressed.set(key, body);
  }
  return body;
}

export function startStaticServer({ root, base = '/', port = 0, cacheControl = 'no-cache' }) {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(base.length))));
    if (!path.startsWith(dir)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      const notFound = join(dir, '404.html');
      if (existsSync(notFound)) res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(notFound));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Compressed like GitHub Pages does, so size and speed figures match the published site.
    const gzip =
      /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': cacheControl,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (gzip) res.end(gzipped(path));
    else createReadStream(path).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      ok({ url: `http://127.0.0.1:${actual}${base}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
