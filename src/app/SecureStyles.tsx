// The styles the app inserts at run time (emotion, under MUI) carry the nonce the server put into index.html, so
// the Content-Security-Policy allows them by that nonce instead of allowing every inline style.
import type { ReactNode } from 'react';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';

/** The nonce of this page load (the `csp-nonce` meta tag Vite writes and the server fills in), if any. */
function pageNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  // Browsers hide a nonce attribute's value once the page has a CSP; the property keeps it.
  return meta?.nonce || undefined;
}

const styleCache = createCache({ key: 'css', nonce: pageNonce() });

export function SecureStyles({ children }: { children: ReactNode }) {
  return <CacheProvider value={styleCache}>{children}</CacheProvider>;
}
