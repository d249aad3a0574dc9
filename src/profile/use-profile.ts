// Loading a profile: a TanStack query around the provider's load, keyed by provider and route parameters.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import type { ProfileProvider, ProviderContext } from '../providers/types';
import { profileKeys } from './profile-keys';
import { loadRetryDelay } from './retry-after';

/** Retry what may pass by itself (network, timeouts, 5xx, 429), never what will not (4xx). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && (error.status >= 500 || error.status === 429);
}

export function profileQueryOptions(provider: ProfileProvider, ctx: ProviderContext) {
  // The http client and locale follow from the config and the browser; the params identify the profile.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: profileKeys.detail(ctx.sessionKey, provider.id, ctx.params),
    queryFn: ({ signal }) => provider.load({ ...ctx, signal }),
    retry: shouldRetry,
    retryDelay: loadRetryDelay,
    staleTime: 30_000,
    refetchOnWindowFocus: false,
  });
}

export function useProfile(provider: ProfileProvider, ctx: ProviderContext) {
  return useQuery(profileQueryOptions(provider, ctx));
}
