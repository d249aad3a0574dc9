// Vite plugin: MSW's own modules get our cookie store (src/sandbox/msw-cookie-store.ts) instead of theirs, so the
// sandbox does not ship tough-cookie and the public-suffix list (tldts). Vitest keeps MSW's real one.
import path from 'node:path';
import type { Plugin } from 'vite';

export const MSW_COOKIE_STORE_STUB = path.resolve(import.meta.dirname, '../src/sandbox/msw-cookie-store.ts');

/** Whether an import is MSW's cookie store, as MSW's own modules import it. */
export function isMswCookieStore(source: string, importer: string | undefined): boolean {
  return (
    importer !== undefined &&
    /[\\/]node_modules[\\/]msw[\\/]lib[\\/]/.test(importer) &&
    /(^|\/)cookieStore\.m?js$/.test(source)
  );
}

export function mswCookieStorePlugin(): Plugin {
  return {
    name: 'msw-cookie-store',
    enforce: 'pre',
    apply: () => process.env.VITEST === undefined,
    resolveId(source, importer) {
      return isMswCookieStore(source, importer) ? MSW_COOKIE_STORE_STUB : null;
    },
  };
}
