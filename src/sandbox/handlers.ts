// Collects the providers' sandbox handlers for the base URLs in the config. In the browser a provider's sandbox
// loads only when its API is first called (the current route's right away, beside the worker's start), so a page
// downloads the one sandbox it uses; Node (Vitest) loads them all.
import { getResponse, http, type RequestHandler } from 'msw';
import { providerRegistry } from '../providers';
import type { ProviderSandbox } from '../providers/types';
import { scenarioHandler } from './scenarios';

export async function loadSandboxes(): Promise<Map<string, ProviderSandbox>> {
  const entries = await Promise.all(
    providerRegistry.map(async (entry) => [entry.id, await entry.loadSandbox()] as const),
  );
  return new Map(entries);
}

export function sandboxHandlers(
  sandboxes: Map<string, ProviderSandbox>,
  baseUrls: Record<string, { baseUrl: string } | undefined>,
): RequestHandler[] {
  const handlers: RequestHandler[] = [];
  for (const [id, sandbox] of sandboxes) {
    const baseUrl = baseUrls[id]?.baseUrl;
    if (!baseUrl) continue;
    handlers.push(scenarioHandler(id, baseUrl), ...sandbox.handlers(baseUrl));
  }
  return handlers;
}

const loading = new Map<string, Promise<ProviderSandbox>>();

/** One provider's sandbox module, loaded once (a failed load is tried again on the next call). */
export function loadSandbox(id: string): Promise<ProviderSandbox> {
  const entry = providerRegistry.find((candidate) => candidate.id === id);
  if (!entry) return Promise.reject(new Error(`No provider "${id}" in the registry.`));
  let promise = loading.get(id);
  if (!promise) {
    promise = entry.loadSandbox();
    loading.set(id, promise);
    promise.catch(() => loading.delete(id));
  }
  return promise;
}

/**
 * One handler per configured provider, at its real base URL: on a request it loads that provider's sandbox (once)
 * and answers with its handlers, after the QA scenarios' latency and forced failures.
 */
export function lazySandboxHandlers(
  baseUrls: Record<string, { baseUrl: string } | undefined>,
): RequestHandler[] {
  return providerRegistry.flatMap((entry) => {
    const baseUrl = baseUrls[entry.id]?.baseUrl;
    if (!baseUrl) return [];
    let handlers: Promise<RequestHandler[]> | undefined;
    const handlersOf = () =>
      (handlers ??= loadSandbox(entry.id).then(
        (sandbox) => [scenarioHandler(entry.id, baseUrl), ...sandbox.handlers(baseUrl)],
        (error: unknown) => {
          handlers = undefined;
          throw error;
        },
      ));
    return [http.all(`${baseUrl}/*`, async ({ request }) => getResponse(await handlersOf(), request))];
  });
}
