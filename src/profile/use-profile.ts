// Loading a profile: a TanStack query around the provider's load, keyed by provider and route parameters.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileProvider, ProviderContext } from '../providers/types';
import { profileKeys } from './profile-keys';
import { retryDelay, shouldRetryRead } from './retry-policy';

export function profileQueryOptions(provider: ProfileProvider, ctx: ProviderContext) {
  // The http client follows from the config; the params identify the profile, the locale its language.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: profileKeys.detail(ctx.sessionKey, provider.id, ctx.params, ctx.locale),
    queryFn: ({ signal }) => provider.load({ ...ctx, signal }),
    retry: shouldRetryRead,
    retryDelay,
    staleTime: 30_000,
    refetchOnWindowFocus: false,
  });
}

export function useProfile(provider: ProfileProvider, ctx: ProviderContext) {
  // Another language: the form in the previous one stays (with everything typed) until the new one arrives.
  return useQuery({ ...profileQueryOptions(provider, ctx), placeholderData: keepPreviousData });
}
