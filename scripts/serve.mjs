// `npm run serve`: a tiny production server for dist/ — static files, the single-page app's fallback to
// index.html, and the security headers (scripts/security-headers.mjs) computed from the config.json it serves on
// every request (so changing dist/config.json needs no rebuild), with a fresh CSP nonce in every index.html.
// Port: --port N or PORT (default 8080); host: HOST (default 127.0.0.1); DIST (default dist).
// EMBED_ALLOWED_ORIGINS=https://a,https://b adds embedding origins (local demos and tests only).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import {
  parseOriginList,
  policyInputsOf,
  securityHeaders,
  withExtraAllowedOrigins,
  withNonce,
} from './security-headers.mjs';

const argPort = process.argv.indexOf('--port');
const port = Number(argPort > 0 ? process.argv[argPort + 1] : (process.env.PORT ?? 8080));
const host = process.env.HOST ?? '127.0.0.1';
const root = path.resolve(process.env.DIST ?? 'dist');
const extraOrigins = parseOriginList(process.env.EMBED_ALLOWED_ORIGINS);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const read = (file) => readFile(file).catch(() => undefined);

/** The file for a URL path inside dist/, or undefined for anything that would leave it. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const configText = (await read(path.join(root, 'config.json')))?.toString('utf8');
  const servedConfig = withExtraAllowedOrigins(configText, extraOrigins) ?? configText;
  const send = (status, body, type, { nonce, cache = 'no-store' } = {}) => {
    response.writeHead(status, {
      ...securityHeaders({ configText: servedConfig, nonce }),
      'Content-Type': type,
      'Cache-Control': cache,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(405, 'Method not allowed', TYPES['.txt']);
  if (url.pathname === '/config.json') {
    return servedConfig === undefined
      ? send(404, 'config.json is missing', TYPES['.txt'])
      : send(200, servedConfig, TYPES['.json']);
  }
  // Live mode loads no sandbox code, not even a stale worker's update.
  if (url.pathname === '/mockServiceWorker.js' && policyInputsOf(servedConfig).mode === 'live') {
    return send(404, 'Not found', TYPES['.txt']);
  }
  const file = url.pathname === '/' ? undefined : fileFor(url.pathname);
  const extension = path.extname(url.pathname);
  const body = file && extension !== '.html' ? await read(file) : undefined;
  if (body) {
    const immutable = url.pathname.startsWith('/assets/');
    return send(200, body, TYPES[extension] ?? 'application/octet-stream', {
      cache: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  if (extension !== '' && extension !== '.html') return send(404, 'Not found', TYPES['.txt']);
  // Every page of the single-page app is index.html, with this response's nonce.
  const html = await read(path.join(root, 'index.html'));
  if (!html) return send(503, 'dist/index.html is missing: run npm run build.', TYPES['.txt']);
  const nonce = randomBytes(16).toString('base64');
  return send(200, withNonce(html.toString('utf8'), nonce), TYPES['.html'], { nonce });
}

createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
}).listen(port, host, () => console.info(`Profile editor (dist/) on http://${host}:${port}/`));
