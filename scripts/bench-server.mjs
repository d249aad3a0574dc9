// A tiny static server for the benchmark scripts: serves a production build (dist/) on 127.0.0.1 with the SPA
// fallback every route needs, no caching (each cold load fetches everything) and no compression (the scripts
// compute gzip sizes themselves, like shared/bench does).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The file of `root` that answers a request for `pathname`: the file itself, or index.html for a route of the
 * single-page app; null for an asset that is not there (a real 404).
 */
export function distFileOf(root, pathname) {
  let file;
  try {
    file = path.join(root, decodeURIComponent(pathname));
  } catch {
    file = root;
  }
  const missing =
    !file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory();
  if (!missing) return file;
  return /\.(js|css|json|svg|png|ico|woff2|map)$/.test(file) ? null : path.join(root, 'index.html');
}

/**
 * Serves `dir` on `port` (0: any free port); resolves to { url, close }. Options: `answer(req, res, url)` may
 * answer a request first (it returns true when it did); `lateBy()` is how many ms each file is served late (0).
 */
export function serveDist(dir, port = 0, { answer = undefined, lateBy = () => 0 } = {}) {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: build the app first (npx vite build)`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (answer?.(req, res, url)) return;
    const file = distFileOf(root, url.pathname);
    const respond = () => {
      if (file === null) {
        res.writeHead(404, { 'cache-control': 'no-store' });
        res.end();
        return;
      }
      const body = fs.readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const late = lateBy();
    if (late > 0) setTimeout(respond, late);
    else respond();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
