// config.json's problems in English (the fallback, and the words of ConfigError.message for logs and tests).
export const en = {
  problem: {
    fetch: 'config.json could not be fetched from {url} (network error).',
    missing: 'config.json is missing: {url} answered HTTP {status}.',
    json: 'config.json is not valid JSON ({detail}).',
    unreadable: 'config.json could not be read.',
    root: 'config.json must hold a JSON object.',
    url: 'must be a URL string such as "https://api.example.com".',
    invalidUrl: '"{input}" is not a valid URL.',
    httpUrl: '"{input}" must start with https:// (or http:// for local development).',
    originOnly: '"{input}" must be an origin only (scheme, host and port, no path).',
    httpsOrigin: '"{input}" must be an https origin.',
    originList: 'must be a list of origins.',
    mode: 'must be "sandbox" or "live" (found {found}).',
    modeMissing: 'must be "sandbox" or "live" (found nothing).',
    providers: "must be an object of provider id → '{ baseUrl }'.",
    provider: 'must be an object with a "baseUrl".',
    embed: 'must be an object with "allowedOrigins".',
    markdown: 'must be an object with "imageOrigins".',
  },
} as const;
