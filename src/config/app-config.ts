// The runtime configuration (public/config.json): its shape, parsed with valibot into typed values at the edge,
// and an error that names the bad field.
import * as v from 'valibot';

export type AppMode = 'sandbox' | 'live';

export interface ProviderSettings {
  baseUrl: string;
}

export interface AppConfig {
  mode: AppMode;
  providers: Record<string, ProviderSettings>;
  embed: { allowedOrigins: string[] };
  /** https origins the Markdown preview may show images from (none: images are shown as links). */
  markdown?: { imageOrigins: string[] } | undefined;
}

export class ConfigError extends Error {
  /** The JSON path of the offending field, e.g. `providers.wise.baseUrl`; empty for the whole file. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'ConfigError';
    this.field = field;
  }
}

const parsedUrl = (value: string) => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

const UrlText = v.pipe(
  v.string('must be a URL string such as "https://api.example.com".'),
  v.nonEmpty('must be a URL string such as "https://api.example.com".'),
  v.check(
    (value) => parsedUrl(value) !== undefined,
    (issue) => `"${String(issue.input)}" is not a valid URL.`,
  ),
);

const HttpUrl = v.pipe(
  UrlText,
  v.check(
    (value) => ['https:', 'http:'].includes(parsedUrl(value)?.protocol ?? ''),
    (issue) => `"${String(issue.input)}" must start with https:// (or http:// for local development).`,
  ),
);

const BaseUrl = v.pipe(
  HttpUrl,
  v.transform((value) => value.replace(/\/+$/, '')),
);

const Origin = v.pipe(
  HttpUrl,
  v.check(
    (value) => parsedUrl(value)?.origin === value.replace(/\/$/, ''),
    (issue) => `"${String(issue.input)}" must be an origin only (scheme, host and port, no path).`,
  ),
  v.transform((value) => parsedUrl(value)?.origin ?? value),
);

const HttpsOrigin = v.pipe(
  Origin,
  v.check(
    (value) => value.startsWith('https:'),
    (issue) => `"${String(issue.input)}" must be an https origin.`,
  ),
);

const originList = <T extends typeof Origin | typeof HttpsOrigin>(item: T) =>
  v.optional(v.array(item, 'must be a list of origins.'), []);

export const AppConfigSchema = v.object(
  {
    mode: v.picklist(['sandbox', 'live'], (issue) => {
      const found = issue.input === undefined ? 'nothing' : JSON.stringify(issue.input);
      return `must be "sandbox" or "live" (found ${found}).`;
    }),
    providers: v.pipe(
      v.custom<Record<string, unknown>>(
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
        'must be an object of provider id → { baseUrl }.',
      ),
      v.record(v.string(), v.object({ baseUrl: BaseUrl }, 'must be an object with a "baseUrl".')),
    ),
    embed: v.optional(
      v.object({ allowedOrigins: originList(Origin) }, 'must be an object with "allowedOrigins".'),
      { allowedOrigins: [] },
    ),
    markdown: v.optional(
      v.object({ imageOrigins: originList(HttpsOrigin) }, 'must be an object with "imageOrigins".'),
      { imageOrigins: [] },
    ),
  },
  'config.json must hold a JSON object.',
);

/** `providers.wise.baseUrl`, `embed.allowedOrigins[0]`: where an issue is, as a person reads a JSON path. */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((field, item) => {
    const key = item.key;
    if (typeof key === 'number') return `${field}[${key}]`;
    return field ? `${field}.${String(key)}` : String(key);
  }, '');
}

/** Checks an unknown value (the parsed config.json) and returns a typed config, or throws ConfigError. */
export function validateConfig(raw: unknown): AppConfig {
  const result = v.safeParse(AppConfigSchema, raw);
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ConfigError(issue ? fieldOf(issue) : '', issue?.message ?? 'config.json could not be read.');
}
