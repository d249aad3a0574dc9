// Fetches config.json at boot and turns every failure into a ConfigError the error page can show.
import { ConfigError, validateConfig, type AppConfig } from './app-config';

export async function loadConfig(url = '/config.json', fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch {
    throw new ConfigError('', { key: 'problem.fetch', values: { url } });
  }
  if (!response.ok) {
    throw new ConfigError('', { key: 'problem.missing', values: { url, status: String(response.status) } });
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    throw new ConfigError('', { key: 'problem.json', values: { detail } });
  }
  return validateConfig(raw);
}
