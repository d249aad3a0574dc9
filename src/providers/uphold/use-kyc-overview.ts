// The KYC overview (the cheap `GET /core/kyc`) as a query: read again after every accepted save (statuses move)
// and every few seconds while Uphold is checking something.
import { useEffect } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProviderContext } from '../types';
import { getKycOverview, kycChanges } from './uphold-api';
import type { KycOverview } from './uphold-types';

const CHECKING_POLL_MS = 3_000;

const checking = (overview: KycOverview | undefined) =>
  Object.values(overview?.processes ?? {}).some((p) => p.status === 'processing' || p.status === 'running');

export function kycOverviewQuery(ctx: ProviderContext, prefix: readonly unknown[]) {
  // The prefix holds the session; the http client follows from the config.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: [...prefix, 'kyc-overview', ctx.locale],
    queryFn: ({ signal }) => getKycOverview(ctx.http, ctx.locale, signal),
    refetchInterval: (query) => (checking(query.state.data) ? CHECKING_POLL_MS : false),
    refetchOnWindowFocus: true,
    retry: 1,
  });
}

export function useKycOverview(ctx: ProviderContext, prefix: readonly unknown[]) {
  const queryClient = useQueryClient();
  const options = kycOverviewQuery(ctx, prefix);
  const { queryKey } = options;
  const keyText = JSON.stringify(queryKey);
  useEffect(
    () => kycChanges.subscribe(() => void queryClient.invalidateQueries({ queryKey })),
    // The key's content, not its identity (a new array every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryClient, keyText],
  );
  return useQuery(options);
}
