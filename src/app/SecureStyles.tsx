// The styles the app inserts at run time (emotion, under MUI) carry the nonce the server put into index.html, so
// the Content-Security-Policy allows them by that nonce instead of allowing every inline style.
import type { ReactNode } from 'react';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { pageNonce } from '../forms/page-nonce';

const styleCache = createCache({ key: 'css', nonce: pageNonce() });

export function SecureStyles({ children }: { children: ReactNode }) {
  return <CacheProvider value={styleCache}>{children}</CacheProvider>;
}
