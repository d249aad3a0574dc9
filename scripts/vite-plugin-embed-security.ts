// Vite plugin: sends `Content-Security-Policy: frame-ancestors …` (from config.json's embed.allowedOrigins) from
// the dev and preview servers, writes dist/_headers for static hosts, and lets EMBED_ALLOWED_ORIGINS add origins
// to the served config.json for local demos and tests (dev and preview servers only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import {
  allowedOriginsOf,
  contentSecurityPolicy,
  headersFile,
  parseOriginList,
} from '../src/embed/content-security-policy.ts';

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

function middleware(configFile: () => string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const text = readText(configFile());
    const extra = parseOriginList(process.env.EMBED_ALLOWED_ORIGINS);
    const origins = [...allowedOriginsOf(text), ...extra];
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(origins));
    if (extra.length > 0 && text !== undefined && req.url?.split('?')[0] === '/config.json') {
      try {
        const config = JSON.parse(text) as { embed?: { allowedOrigins?: unknown } };
        const listed: unknown[] = Array.isArray(config.embed?.allowedOrigins)
          ? config.embed.allowedOrigins
          : [];
        const merged = {
          ...config,
          embed: { ...config.embed, allowedOrigins: [...new Set([...listed, ...extra])] },
        };
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(merged, null, 2));
        return;
      } catch {
        // A malformed config.json is served as it is; the app shows what is wrong with it.
      }
    }
    next();
  };
}

export function embedSecurityPlugin(): Plugin {
  let publicConfig = 'public/config.json';
  let builtConfig = 'dist/config.json';
  return {
    name: 'embed-security',
    configResolved(config) {
      publicConfig = path.join(config.publicDir, 'config.json');
      builtConfig = path.resolve(config.root, config.build.outDir, 'config.json');
    },
    configureServer(server) {
      server.middlewares.use(middleware(() => publicConfig));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(() => builtConfig));
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile(allowedOriginsOf(readText(publicConfig))),
      });
    },
  };
}
