// Origin checks for the embed bridge: exact matches against config.embed.allowedOrigins, nothing looser.

/** The origin of a URL-ish string, or undefined for anything that is not an http(s) origin. */
export function originOf(value: string | undefined | null): string | undefined {
  if (!value || value === 'null') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** True only when `origin` is exactly one of the allowed origins (scheme, host and port). */
export function isAllowedOrigin(origin: string, allowedOrigins: readonly string[]): boolean {
  const normalised = originOf(origin);
  // A message's origin has no path; "https://a.com/x" or a wildcard is never an origin.
  if (!normalised || normalised !== origin) return false;
  return allowedOrigins.some((allowed) => originOf(allowed) === normalised);
}

/**
 * The parent page's origin as the browser reports it before any message arrives (ancestorOrigins in Chromium
 * and Safari, else the referrer), if it is allowed; undefined when unknown or not allowed.
 */
export function detectParentOrigin(
  allowedOrigins: readonly string[],
  location: { ancestorOrigins?: DOMStringList } | undefined,
  referrer: string,
): string | undefined {
  const candidate = originOf(location?.ancestorOrigins?.[0]) ?? originOf(referrer);
  return candidate && isAllowedOrigin(candidate, allowedOrigins) ? candidate : undefined;
}
