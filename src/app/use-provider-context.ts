// Builds what an adapter needs from the config and the route: an http client on the provider's base URL that
// sends the in-memory credential, the route parameters and the user's locale.
import { useMemo, useSyncExternalStore } from 'react';
import { credentials } from '../api/credentials';
import { createHttpClient } from '../api/http';
import type { ProviderSettings } from '../config/app-config';
import type { ProfileProvider, ProviderContext } from '../providers/types';

export const userLocale = () => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';

export function useProviderContext(
  provider: ProfileProvider,
  settings: ProviderSettings,
  params: Record<string, string | undefined>,
): ProviderContext {
  // Re-render when the credential changes, so a refreshed token is used by the next request.
  useSyncExternalStore(credentials.subscribe, () => credentials.token);
  const sessionKey = useSyncExternalStore(credentials.subscribe, () => credentials.sessionKey);
  const paramsKey = JSON.stringify(params);
  return useMemo(() => {
    const http = createHttpClient({
      baseUrl: settings.baseUrl,
      authorization: () => {
        const token = credentials.token;
        if (!token) return undefined;
        return provider.authorization ? provider.authorization(token) : `Bearer ${token}`;
      },
    });
    return {
      http,
      params: JSON.parse(paramsKey) as Record<string, string>,
      locale: userLocale(),
      sessionKey,
    };
  }, [provider, settings.baseUrl, paramsKey, sessionKey]);
}
