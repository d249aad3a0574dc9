// Loading a profile: a TanStack query around the provider's load, keyed by provider and route parameters.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileProvider, ProviderContext } from '../providers/types';
import { profileKeys } from './profile-keys';
import { retryDelay, shouldRetryRead } from './retry-policy';

export function profileQueryOptions(provider: ProfileProvider, ctx: ProviderContext) {
  // The http client and locale follow from the config and the browser; the params identify the profile.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: profileKeys.detail(ctx.sessionKey, provider.id, ctx.params),
    queryFn: ({ signal }) => provider.load({ ...ctx, signal }),
    retry: shouldRetryRead,
    retryDelay,
    staleTime: 30_000,
    refetchOnWindowFocus: false,
  });
}

export function useProfile(provider: ProfileProvider, ctx: ProviderContext) {
  return useQuery(profileQueryOptions(provider, ctx));
}
