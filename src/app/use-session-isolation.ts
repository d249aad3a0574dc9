// When another person's session starts, everything the previous one left in the query client goes: its cached
// profiles and country lists, its mutations (saves, with their drafts), and its requests in flight are cancelled.
// Its drafts and queued saves on this device go too. The provider modules (code, not data) stay.
import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { credentials } from '../api/credentials';
import { clearDrafts } from '../profile/drafts';

const isCode = (queryKey: readonly unknown[]) => queryKey[0] === 'provider-module';

/** Drops every per-user entry of the query client (all but the provider modules). */
export function dropUserData(queryClient: QueryClient): void {
  const predicate = ({ queryKey }: { queryKey: readonly unknown[] }) => !isCode(queryKey);
  void queryClient.cancelQueries({ predicate });
  queryClient.removeQueries({ predicate });
  queryClient.getMutationCache().clear();
}

export function useSessionIsolation(queryClient: QueryClient): void {
  useEffect(
    () =>
      credentials.onSessionChange(({ next }) => {
        dropUserData(queryClient);
        void clearDrafts({ exceptSessionKey: next });
      }),
    [queryClient],
  );
}
