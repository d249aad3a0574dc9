// Saving a profile: a mutation with an optimistic cache update (snapshot → write → rollback on failure).
// The cache is the only place server state lives; the user's draft stays in the editor whatever happens.
import { useCallback, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { withoutSecrets } from './form-data';
import { profileKeys } from './profile-keys';
import { separateSecrets, withSecrets, type HeldSecrets } from './secrets';

export interface SaveVariables {
  draft: FormData;
  base: ProfileForm;
  part?: string | undefined;
  /** Runs a provider action (e.g. "details still correct") instead of a save. */
  actionId?: string | undefined;
}

export function useSaveProfile(provider: ProfileProvider, ctx: ProviderContext) {
  const queryClient = useQueryClient();
  const queryKey = profileKeys.detail(ctx.sessionKey, provider.id, ctx.params);
  const secrets = provider.secretPaths ?? [];
  // Secrets never enter the mutation cache either: its variables hold the draft without them, and the values
  // wait here (keyed by that draft) until the provider's save takes them.
  const held = useRef(new WeakMap<FormData, HeldSecrets>());
  const mutation = useMutation({
    mutationKey: [...queryKey, 'save'],
    mutationFn: async ({ draft, base, part, actionId }: SaveVariables) => {
      if (actionId) {
        const action = provider.actions?.find((a) => a.id === actionId);
        if (!action) throw new Error(`Unknown action ${actionId}.`);
        return action.run(ctx, base);
      }
      const secretValues = held.current.get(draft) ?? [];
      held.current.delete(draft);
      return provider.save(ctx, { draft: withSecrets(draft, secretValues), base, part });
    },
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
