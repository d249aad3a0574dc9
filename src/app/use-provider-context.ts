// Builds what an adapter needs from the config and the route: an http client on the provider's base URL that
// sends the in-memory credential (and refuses to once another person's session has started), the route
// parameters, the locale shown and the session key.
import { useMemo, useSyncExternalStore } from 'react';
import { credentials } from '../api/credentials';
import { createHttpClient } from '../api/http';
import type { ProviderSettings } from '../config/app-config';
import { useLocale } from '../i18n';
import type { ProfileProvider, ProviderContext } from '../providers/types';

export function useProviderContext(
  provider: ProfileProvider,
  settings: ProviderSettings,
  params: Record<string, string | undefined>,
): ProviderContext {
  // Re-render when the credential changes, so a refreshed token is used by the next request.
  useSyncExternalStore(credentials.subscribe, () => credentials.token);
  const sessionKey = useSyncExternalStore(credentials.subscribe, () => credentials.sessionKey);
  // The locale shown (src/i18n): a change makes a new context, so the profile is read again in that language.
  const locale = useLocale();
  const paramsKey = JSON.stringify(params);
  // A new params object with the same values (every render of the route) must not make a new context.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const routeParams = useMemo(() => params, [paramsKey]);
  return useMemo(
    () => providerContextOf(provider, settings, routeParams, sessionKey, locale),
    [provider, settings, routeParams, sessionKey, locale],
  );
}

/** The context for one session, route and locale (the boot builds the same one to start the first read early). */
export function providerContextOf(
  provider: ProfileProvider,
  settings: ProviderSettings,
  params: Record<string, string | undefined>,
  sessionKey: string,
  locale: string,
): ProviderContext {
  const http = createHttpClient({
    baseUrl: settings.baseUrl,
    authorization: () => {
      const token = credentials.token;
      if (!token) return undefined;
      return provider.authorization ? provider.authorization(token) : `Bearer ${token}`;
    },
    session: { key: sessionKey, current: () => credentials.sessionKey },
  });
  return { http, params, locale, sessionKey };
}
