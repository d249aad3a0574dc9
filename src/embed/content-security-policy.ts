// The Content-Security-Policy the served app sends: frame-ancestors from the same allowlist the bridge checks.
// Pure functions with no imports, shared by the Vite plugin (dev and preview servers, dist/_headers), the bridge
// and the tests.

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

/** `frame-ancestors 'self' <origins>`: only the app itself and the allowed portals may frame it. */
export function contentSecurityPolicy(allowedOrigins: readonly string[]): string {
  const origins = [...new Set(allowedOrigins.map(originOf).filter((o): o is string => o !== undefined))];
  return ["frame-ancestors 'self'", ...origins].join(' ');
}

/**
 * The allowed origins of a config.json text (entries that are exact origins); none, so only 'self', when the
 * file is missing or not JSON. The app itself refuses a config.json with a bad entry.
 */
export function allowedOriginsOf(configText: string | undefined): string[] {
  if (configText === undefined) return [];
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    return [];
  }
  const embed = (config as { embed?: { allowedOrigins?: unknown } } | null)?.embed;
  const listed = Array.isArray(embed?.allowedOrigins) ? (embed.allowedOrigins as unknown[]) : [];
  return listed.filter((item): item is string => typeof item === 'string').flatMap(parseOriginList);
}

/** Extra origins from a comma-separated list (EMBED_ALLOWED_ORIGINS); anything that is not an origin is dropped. */
export function parseOriginList(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '' && originOf(item) === item.replace(/\/$/, ''))
    .map((item) => originOf(item) as string);
}

/** A Netlify / Cloudflare Pages `_headers` file sending the policy with every page. */
export function headersFile(allowedOrigins: readonly string[]): string {
  return `/*\n  Content-Security-Policy: ${contentSecurityPolicy(allowedOrigins)}\n`;
}
