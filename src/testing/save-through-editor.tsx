// Runs a save through the editor's own mutation (useSaveProfile) with a fresh query cache holding `base`, and
// returns what both caches hold afterwards: for provider tests that check what the editor keeps (secrets).
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { profileKeys } from '../profile/profile-keys';
import { useSaveProfile } from '../profile/use-save-profile';
import type { ProfileProvider, ProviderContext, SaveRequest } from '../providers/types';

export interface SavedThroughEditor {
  succeeded: boolean;
  /** The query cache's states, as JSON. */
  queries: string;
  /** The mutation cache's states, as JSON. */
  mutations: string;
}

export async function saveThroughEditor(
  provider: ProfileProvider,
  ctx: ProviderContext,
  request: SaveRequest,
): Promise<SavedThroughEditor> {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  client.setQueryData(profileKeys.detail(ctx.sessionKey, provider.id, ctx.params, ctx.locale), request.base);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSaveProfile(provider, ctx), { wrapper });
  act(() => result.current.mutate(request));
  await waitFor(() => {
    if (result.current.isPending) throw new Error('the save is still running');
  });
  const states = (items: Array<{ state: unknown }>) => JSON.stringify(items.map((item) => item.state));
  return {
    succeeded: result.current.isSuccess,
    queries: states(client.getQueryCache().getAll()),
    mutations: states(client.getMutationCache().getAll()),
  };
}
