// Fetches config.json at boot and turns every failure into a ConfigError the error page can show.
import { ConfigError, validateConfig, type AppConfig } from './app-config';

export async function loadConfig(url = '/config.json', fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch {
    throw new ConfigError('', `config.json could not be fetched from ${url} (network error).`);
  }
  if (!response.ok) {
    throw new ConfigError('', `config.json is missing: ${url} answered HTTP ${response.status}.`);
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      '',
      `config.json is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  return validateConfig(raw);
}
