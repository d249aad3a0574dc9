// What the app's page frame needs to know about the profile the editor shows — whether loading it failed (for the
// page title) and whose it is (the owner line) — read from the query cache without fetching anything itself: the
// editor (or a provider's page) owns the reads.
import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { profileKeys } from '../profile/profile-keys';
import { profileQueryOptions } from '../profile/use-profile';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import type { PageState } from './page-title';

export interface ProfilePageState {
  state: PageState;
  owner: ProfileForm['owner'];
}

/**
 * `scope: 'profile'`: the profile the editor loads for `ctx.params`; `'provider'`: any read of this provider's
 * page that is on screen (a landing page such as Uphold's overview, whose reads share the provider's key prefix).
 */
export function useProfilePageState(
  provider: ProfileProvider,
  ctx: ProviderContext,
  scope: 'profile' | 'provider',
): ProfilePageState {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const detailKey = profileQueryOptions(provider, ctx).queryKey;
  const prefix = profileKeys.provider(ctx.sessionKey, provider.id);
  const detail = useSyncExternalStore(subscribe, () => queryClient.getQueryState(detailKey));
  const failure = useSyncExternalStore(subscribe, () =>
    scope === 'profile'
      ? detail?.error
      : cache.find({ queryKey: prefix, type: 'active', predicate: (query) => query.state.status === 'error' })
          ?.state.error,
  );
  const state: PageState =
    failure === undefined || failure === null
      ? 'ready'
      : provider.describeError(failure, 'load').kind === 'not-found'
        ? 'not-found'
        : 'error';
  return { state, owner: scope === 'profile' ? detail?.data?.owner : undefined };
}
