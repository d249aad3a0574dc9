// The runtime configuration (public/config.json): its shape and a validator that names the bad field.

export type AppMode = 'sandbox' | 'live';

export interface ProviderSettings {
  baseUrl: string;
}

export interface AppConfig {
  mode: AppMode;
  providers: Record<string, ProviderSettings>;
  embed: { allowedOrigins: string[] };
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseHttpUrl(value: unknown, field: string, { originOnly = false } = {}): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(field, 'must be a URL string such as "https://api.example.com".');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(field, `"${value}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(field, `"${value}" must start with https:// (or http:// for local development).`);
  }
  if (originOnly && url.origin !== value.replace(/\/$/, '')) {
    throw new ConfigError(field, `"${value}" must be an origin only (scheme, host and port, no path).`);
  }
  return originOnly ? url.origin : value.replace(/\/+$/, '');
}

/** Checks an unknown value (the parsed config.json) and returns a typed config, or throws ConfigError. */
export function validateConfig(raw: unknown): AppConfig {
  if (!isRecord(raw)) throw new ConfigError('', 'config.json must hold a JSON object.');
  const { mode, providers, embed } = raw;
  if (mode !== 'sandbox' && mode !== 'live') {
    throw new ConfigError(
      'mode',
      `must be "sandbox" or "live" (found ${JSON.stringify(mode) ?? 'nothing'}).`,
    );
  }
  if (!isRecord(providers))
    throw new ConfigError('providers', 'must be an object of provider id → { baseUrl }.');
  const parsedProviders: Record<string, ProviderSettings> = {};
  for (const [id, settings] of Object.entries(providers)) {
    if (!isRecord(settings)) throw new ConfigError(`providers.${id}`, 'must be an object with a "baseUrl".');
    parsedProviders[id] = { baseUrl: parseHttpUrl(settings.baseUrl, `providers.${id}.baseUrl`) };
  }
  let allowedOrigins: string[] = [];
  if (embed !== undefined) {
    if (!isRecord(embed)) throw new ConfigError('embed', 'must be an object with "allowedOrigins".');
    const origins = embed.allowedOrigins ?? [];
    if (!Array.isArray(origins)) throw new ConfigError('embed.allowedOrigins', 'must be a list of origins.');
    allowedOrigins = origins.map((origin, index) =>
      parseHttpUrl(origin, `embed.allowedOrigins[${index}]`, { originOnly: true }),
    );
  }
  return { mode, providers: parsedProviders, embed: { allowedOrigins } };
}
