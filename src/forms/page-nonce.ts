// The nonce of this page load (the `csp-nonce` meta tag Vite writes and the server fills in), if any: every style
// the app inserts at run time carries it, so the Content-Security-Policy allows them without 'unsafe-inline'.
export function pageNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  // Browsers hide a nonce attribute's value once the page has a CSP; the property keeps it.
  return meta?.nonce || undefined;
}
