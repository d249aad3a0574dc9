// URL building in one place: the editor's routes and the demo portal's page. The kit never assembles a URL elsewhere.

/** Sandbox scenarios given by URL (see the README's "Modes"): e.g. { scenario: 'camunda:read-only' }. */
export type ScenarioQuery = Partial<Record<'scenario' | 'fail' | 'latency' | 'lang', string>>;

const search = (query: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  return params.size > 0 ? `?${params.toString()}` : '';
};

/**
 * The editor for one profile: /<provider>/<param values in order>, e.g. /camunda/demo or /navixy.
 * `params` keeps the provider's parameter order ({ userId: 'demo' }).
 */
export function profilePath(
  provider: string,
  params: Record<string, string> = {},
  query: ScenarioQuery = {},
) {
  const segments = [provider, ...Object.values(params).map(encodeURIComponent)];
  return `/${segments.join('/')}${search(query)}`;
}

/** The demo portal (src/embed/demo-host) embedding the editor for `provider` and its profile. */
export function portalPath(
  provider?: string,
  params: Record<string, string> = {},
  query: ScenarioQuery = {},
) {
  return `/${search({ provider, ...params, ...query })}`;
}

/** The editor's iframe page. */
export const EMBED_PATH = '/embed';
