// Query keys for profiles, from one factory so the query and the mutation always agree.

export const profileKeys = {
  all: ['profile'] as const,
  provider: (providerId: string) => [...profileKeys.all, providerId] as const,
  detail: (providerId: string, params: Readonly<Record<string, string | undefined>>) =>
    [...profileKeys.provider(providerId), params] as const,
};
