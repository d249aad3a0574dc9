// The security headers, in one place, for every way the app is served: the Vite dev server and `vite preview`
// (scripts/vite-plugin-security-headers.ts), `npm run serve` (scripts/serve.mjs) and static hosts (dist/_headers).
// Computed from the config.json being served, so changing the config needs no rebuild. Plain JavaScript with no
// imports, so Node runs it as it is.

/** The placeholder Vite writes into index.html (html.cspNonce); a server replaces it with a fresh nonce. */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** The origin of a URL-ish string, or undefined for anything that is not an http(s) origin. */
export function originOf(value) {
  if (typeof value !== 'string' || value === '' || value === 'null') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Exact origins from a comma-separated list (EMBED_ALLOWED_ORIGINS); anything that is not one is dropped. */
export function parseOriginList(list) {
  return (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '' && originOf(item) === item.replace(/\/$/, ''))
    .map((item) => originOf(item));
}

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text) {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const exactOrigins = (list) =>
  Array.isArray(list) ? list.filter((item) => typeof item === 'string').flatMap(parseOriginList) : [];

/**
 * What the headers need from a config.json text: the origins allowed to embed the editor, the providers' API
 * origins (what the app connects to), the https origins Markdown images may come from, and the mode. A missing or
 * malformed file gives empty lists (the app itself then shows what is wrong with it).
 */
export function policyInputsOf(configText) {
  const config = parseJson(configText);
  if (!isRecord(config)) return { frameAncestors: [], connect: [], images: [], mode: undefined };
  const providers = isRecord(config.providers) ? Object.values(config.providers) : [];
  const connect = providers
    .map((settings) => (isRecord(settings) ? originOf(settings.baseUrl) : undefined))
    .filter((origin) => origin !== undefined);
  const images = exactOrigins(isRecord(config.markdown) ? config.markdown.imageOrigins : undefined).filter(
    (origin) => origin.startsWith('https:'),
  );
  return {
    frameAncestors: exactOrigins(isRecord(config.embed) ? config.embed.allowedOrigins : undefined),
    connect,
    images,
    mode: config.mode === 'live' || config.mode === 'sandbox' ? config.mode : undefined,
  };
}

const unique = (list) => [...new Set(list)];

/**
 * The Content-Security-Policy. `nonce`: the per-response nonce of index.html, for the styles the app inserts
 * (emotion); without one (static hosts) inline styles need 'unsafe-inline' — scripts never do. `dev` adds what
 * Vite's dev server needs (its inline React-refresh preamble carries the nonce; HMR talks over a WebSocket).
 */
export function contentSecurityPolicy({
  frameAncestors = [],
  connect = [],
  images = [],
  nonce,
  dev = false,
}) {
  const nonceSource = nonce ? [`'nonce-${nonce}'`] : [];
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(dev ? nonceSource : [])],
    ['style-src', "'self'", ...(nonce ? nonceSource : ["'unsafe-inline'"])],
    ['img-src', "'self'", 'data:', ...unique(images)],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...unique(connect), ...(dev ? ['ws:', 'wss:'] : [])],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'self'", ...unique(frameAncestors)],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Every security header for a response, from the served config.json text (plus extra embedding origins). */
export function securityHeaders({ configText, extraFrameAncestors = [], nonce, dev = false }) {
  const inputs = policyInputsOf(configText);
  return {
    'Content-Security-Policy': contentSecurityPolicy({
      ...inputs,
      frameAncestors: [...inputs.frameAncestors, ...extraFrameAncestors],
      nonce,
      dev,
    }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/** A Netlify / Cloudflare Pages `_headers` file: the same headers for every page (no per-response nonce there). */
export function headersFile(configText) {
  const lines = Object.entries(securityHeaders({ configText })).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** The config.json text with extra embedding origins added (local demos and tests only), or undefined. */
export function withExtraAllowedOrigins(configText, extra) {
  if (extra.length === 0) return undefined;
  const config = parseJson(configText);
  if (!isRecord(config)) return undefined;
  const embed = isRecord(config.embed) ? config.embed : {};
  const listed = Array.isArray(embed.allowedOrigins) ? embed.allowedOrigins : [];
  return JSON.stringify(
    { ...config, embed: { ...embed, allowedOrigins: unique([...listed, ...extra]) } },
    null,
    2,
  );
}

/** index.html with the nonce placeholder replaced by this response's nonce. */
export const withNonce = (html, nonce) => html.split(NONCE_PLACEHOLDER).join(nonce);
