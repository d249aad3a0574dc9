// Query keys for profiles, from one factory so the query and the mutation always agree. The session is part of
// every key: one user's cached profile is never shown to, or saved for, another.

export const profileKeys = {
  all: ['profile'] as const,
  session: (sessionKey: string) => [...profileKeys.all, sessionKey] as const,
  provider: (sessionKey: string, providerId: string) =>
    [...profileKeys.session(sessionKey), providerId] as const,
  /** The locale is part of the key: a provider's form is made (and Uphold's hint sent) in the language shown. */
  detail: (
    sessionKey: string,
    providerId: string,
    params: Readonly<Record<string, string | undefined>>,
    locale: string,
  ) => [...profileKeys.provider(sessionKey, providerId), params, locale] as const,
};
