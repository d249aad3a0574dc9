// Collects every provider's sandbox handlers for the base URLs in the config.
import type { RequestHandler } from 'msw';
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
