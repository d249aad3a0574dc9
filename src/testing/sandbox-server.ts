// A provider's sandbox served by MSW in Node at the configured base URL (the handlers the browser sandbox uses),
// with contexts as the app builds them. No test runner needed: the provider tests' harness and the README's names
// table generator both start from here.
import { setupServer } from 'msw/node';
import defaultConfig from '../../public/config.json';
import { createHttpClient } from '../api/http';
import { validateConfig } from '../config/app-config';
import { findProvider } from '../providers';
import type { ProfileProvider, ProviderContext, ProviderSandbox } from '../providers/types';
import { scenarioHandler } from '../sandbox/scenarios';

export interface ContextOptions {
  params?: Record<string, string>;
  /** The credential sent through the provider's own Authorization scheme; null sends none. */
  token?: string | null;
  locale?: string;
  sessionKey?: string;
}

export interface SandboxServer {
  baseUrl: string;
  server: ReturnType<typeof setupServer>;
  provider: ProfileProvider;
  sandbox: ProviderSandbox;
  /** A context as the app builds it: an http client on the base URL with the provider's Authorization. */
  context(options?: ContextOptions): ProviderContext;
}

const config = validateConfig(defaultConfig);

/** Loads the provider and its sandbox and prepares (does not start) a server for its base URL. */
export async function createSandboxServer(id: string, defaults: ContextOptions = {}): Promise<SandboxServer> {
  const entry = findProvider(id);
  const baseUrl = config.providers[id]?.baseUrl;
  if (!entry || !baseUrl) throw new Error(`No provider "${id}" with a baseUrl in public/config.json.`);
  const [provider, sandbox] = await Promise.all([entry.load(), entry.loadSandbox()]);
  const server = setupServer(scenarioHandler(id, baseUrl), ...sandbox.handlers(baseUrl));
  return {
    baseUrl,
    server,
    provider,
    sandbox,
    context(options = {}) {
      const { params, token, locale, sessionKey } = { ...defaults, ...options };
      const credential = token === undefined ? 'sandbox-token' : token;
      return {
        http: createHttpClient({
          baseUrl,
          authorization: () =>
            credential === null
              ? undefined
              : (provider.authorization?.(credential) ?? `Bearer ${credential}`),
        }),
        params: params ?? {},
        locale: locale ?? 'en-GB',
        sessionKey: sessionKey ?? 'test-user',
      };
    },
  };
}
