// Vite plugin: MSW's own modules get our cookie store (src/sandbox/msw-cookie-store.ts) instead of theirs, so the
// sandbox does not ship tough-cookie and the public-suffix list (tldts), and our request-cookie stand-in
// (src/sandbox/msw-request-cookies.ts) instead of their parsing, so it does not ship the `cookie` package: no
// provider sandbox sets or reads cookies. Vitest keeps MSW's real ones.
import path from 'node:path';
import type { Plugin } from 'vite';

export const MSW_COOKIE_STORE_STUB = path.resolve(import.meta.dirname, '../src/sandbox/msw-cookie-store.ts');
export const MSW_REQUEST_COOKIES_STUB = path.resolve(
  import.meta.dirname,
  '../src/sandbox/msw-request-cookies.ts',
);

const fromMsw = (importer: string | undefined): importer is string =>
  importer !== undefined && /[\\/]node_modules[\\/]msw[\\/]lib[\\/]/.test(importer);

/** Whether an import is MSW's cookie store, as MSW's own modules import it. */
export function isMswCookieStore(source: string, importer: string | undefined): boolean {
  return fromMsw(importer) && /(^|\/)cookieStore\.m?js$/.test(source);
}

/** Whether an import is MSW's request-cookie parsing, as MSW's own modules import it. */
export function isMswRequestCookies(source: string, importer: string | undefined): boolean {
  return fromMsw(importer) && /(^|\/)getRequestCookies\.m?js$/.test(source);
}

export function mswCookieStorePlugin(): Plugin {
  return {
    name: 'msw-cookie-store',
    enforce: 'pre',
    apply: () => process.env.VITEST === undefined,
    resolveId(source, importer) {
      if (isMswCookieStore(source, importer)) return MSW_COOKIE_STORE_STUB;
      return isMswRequestCookies(source, importer) ? MSW_REQUEST_COOKIES_STUB : null;
    },
  };
}
