// Vite plugin: the security headers (scripts/security-headers.mjs) on the dev server and `vite preview`, a fresh
// CSP nonce in every index.html `vite preview` serves (Vite's html.cspNonce placeholder, set here), dist/_headers for static hosts, and EMBED_ALLOWED_ORIGINS
// added to the served config.json for local demos and tests (dev and preview servers only).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import {
  headersFile,
  NONCE_PLACEHOLDER,
  parseOriginList,
  policyInputsOf,
  securityHeaders,
  withExtraAllowedOrigins,
  withNonce,
} from './security-headers.mjs';

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const newNonce = () => randomBytes(16).toString('base64');

/** A page the single-page app answers (no file extension), or index.html itself. */
const isPage = (url: string) => url === '/index.html' || !path.posix.basename(url).includes('.');

function middleware(options: {
  configFile: () => string;
  indexFile?: () => string;
  devNonce?: string;
}): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '/').split('?')[0] ?? '/';
    const configText = readText(options.configFile());
    const extra = parseOriginList(process.env.EMBED_ALLOWED_ORIGINS);
    const served = withExtraAllowedOrigins(configText, extra) ?? configText;
    const send = (body: string, type: string, nonce?: string) => {
      const headers = securityHeaders({ configText: served, nonce, dev: options.devNonce !== undefined });
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    };
    if (url === '/config.json' && served !== undefined && served !== configText) {
      return send(served, 'application/json');
    }
    if (url === '/mockServiceWorker.js' && policyInputsOf(served).mode === 'live') {
      // Live mode loads no sandbox code, not even a stale worker's update.
      res.statusCode = 404;
      return res.end();
    }
    const html =
      options.indexFile && req.method === 'GET' && isPage(url) ? readText(options.indexFile()) : undefined;
    if (html !== undefined) {
      const nonce = newNonce();
      return send(withNonce(html, nonce), 'text/html; charset=utf-8', nonce);
    }
    const headers = securityHeaders({
      configText: served,
      nonce: options.devNonce,
      dev: options.devNonce !== undefined,
    });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

export function securityHeadersPlugin(): Plugin {
  let publicConfig = 'public/config.json';
  let outDir = 'dist';
  // The dev server's index.html is transformed by Vite per request: one nonce for the server's life (dev only).
  const devNonce = newNonce();
  return {
    name: 'security-headers',
    // Vite marks its script and style tags (and a csp-nonce meta tag) with this value: in a build the placeholder
    // each server replaces per response; on the dev server (whose index.html Vite transforms) the server's nonce.
    config: (_config, env) => ({
      html: { cspNonce: env.command === 'serve' && !env.isPreview ? devNonce : NONCE_PLACEHOLDER },
    }),
    configResolved(config) {
      publicConfig = path.join(config.publicDir, 'config.json');
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(middleware({ configFile: () => publicConfig, devNonce }));
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        middleware({
          configFile: () => path.join(outDir, 'config.json'),
          indexFile: () => path.join(outDir, 'index.html'),
        }),
      );
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(readText(publicConfig)) });
    },
  };
}
