// Render as you fetch: on a provider's editor page the boot starts reading the profile as soon as the provider's
// code is there, while the app's code is evaluated and its first render runs, instead of after that render. The
// read goes into the query client the app then uses, under the key the editor reads, through the same adapter
// edge (safeProvider) and the same session-bound http client, so the editor finds it done or on its way.
import type { QueryClient } from '@tanstack/react-query';
import { credentials } from '../api/credentials';
import type { AppConfig } from '../config/app-config';
import { currentLocale } from '../i18n';
import { startDraftLookup } from '../profile/early-draft-lookup';
import { profileQueryOptions } from '../profile/use-profile';
import { providerRouteOf } from './provider-route';
import { safeProvider } from './safe-provider';
import { providerContextOf } from './use-provider-context';

// The boot takes the query client from here too (one import for both).
export { createAppQueryClient } from './query-client';

/**
 * Resolves once the read has started (the provider's code is loaded, so the page renders the editor in its first
 * render), or once it is clear there is none to start. Never rejects.
 */
export async function startRoute(
  queryClient: QueryClient,
  config: AppConfig,
  pathname: string,
): Promise<void> {
  const route = providerRouteOf(pathname);
  if (route.kind !== 'editor') return;
  const { entry, params, page } = route;
  const settings = config.providers[entry.id];
  // Without a credential the read can only be refused: the editor asks for one first.
  if (!settings || !credentials.token) return;
  let provider;
  try {
    provider = safeProvider(await entry.load());
  } catch {
    return; // The page says the editor could not load, and offers to try again.
  }
  // A landing page (Uphold's overview) reads what it lists itself; a page by another name is redirected first.
  if (provider.pages && (page === undefined || provider.pages.resolve(page) !== page)) return;
  const ctx = providerContextOf(provider, settings, params, credentials.sessionKey, currentLocale());
  void queryClient.prefetchQuery(profileQueryOptions(provider, ctx));
  // And the unsaved changes this device keeps of it, which the editor shows with it.
  startDraftLookup({ sessionKey: ctx.sessionKey, providerId: provider.id, params: ctx.params });
}
