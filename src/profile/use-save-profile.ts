// Saving a profile: a mutation with an optimistic cache update (snapshot → write → rollback on failure), repeated
// only where the retry policy says repeating is harmless. The cache is the only place server state lives; the
// user's draft stays in the editor whatever happens.
import { useCallback, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { withoutSecrets } from '../forms/data/form-data';
import { profileKeys } from './profile-keys';
import { retryDelay, shouldRetryWrite } from './retry-policy';
import { separateSecrets, withSecrets, type HeldSecrets } from './secrets';

export interface SaveVariables {
  draft: FormData;
  base: ProfileForm;
  part?: string | undefined;
  /** Runs a provider action (e.g. "details still correct") instead of a save. */
  actionId?: string | undefined;
  /** Cancels the save (the user's Cancel, or the editor's deadline). */
  signal?: AbortSignal | undefined;
}

export function useSaveProfile(provider: ProfileProvider, ctx: ProviderContext) {
  const queryClient = useQueryClient();
  const queryKey = profileKeys.detail(ctx.sessionKey, provider.id, ctx.params, ctx.locale);
  const secrets = provider.secretPaths ?? [];
  // Secrets never enter the mutation cache either: its variables hold the draft without them, and the values
  // wait here (keyed by that draft) until the provider's save takes them.
  const held = useRef(new WeakMap<FormData, HeldSecrets>());
  const idempotent = provider.conflicts?.idempotentWrite === true;
  const mutation = useMutation({
    mutationKey: [...queryKey, 'save'],
    mutationFn: async ({ draft, base, part, actionId, signal }: SaveVariables) => {
      const context = { ...ctx, signal };
      if (actionId) {
        const action = provider.actions?.find((a) => a.id === actionId);
        if (!action) throw new Error(`Unknown action ${actionId}.`);
        return action.run(context, base);
      }
      // Read, not taken: a retry of the same write needs them again.
      const secretValues = held.current.get(draft) ?? [];
      return provider.save(context, { draft: withSecrets(draft, secretValues), base, part });
    },
    retry: (failureCount, error) => shouldRetryWrite(failureCount, error, idempotent),
    retryDelay,
    onMutate: async ({ draft, actionId }) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<ProfileForm>(queryKey);
      if (previous && !actionId) {
        queryClient.setQueryData<ProfileForm>(queryKey, {
          ...previous,
          data: withoutSecrets(draft, secrets),
        });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: (_data, _error, variables) => {
      held.current.delete(variables.draft);
    },
    onSuccess: (form) => {
      queryClient.setQueryData<ProfileForm>(queryKey, { ...form, data: withoutSecrets(form.data, secrets) });
    },
  });
  const { mutate: run, mutateAsync: runAsync } = mutation;
  const secretKey = secrets.join('\u0000');
  const stripped = useCallback(
    (variables: SaveVariables): SaveVariables => {
      if (secretKey === '') return variables;
      const [draft, values] = separateSecrets(variables.draft, secretKey.split('\u0000'));
      held.current.set(draft, values);
      return { ...variables, draft };
    },
    [secretKey],
  );
  const mutate = useCallback(
    (variables: SaveVariables, options?: Parameters<typeof run>[1]) => run(stripped(variables), options),
    [run, stripped],
  );
  const mutateAsync = useCallback(
    (variables: SaveVariables, options?: Parameters<typeof runAsync>[1]) =>
      runAsync(stripped(variables), options),
    [runAsync, stripped],
  );
  return { ...mutation, mutate, mutateAsync };
}
