// Saving a profile: a mutation with an optimistic cache update (snapshot → write → rollback on failure).
// The cache is the only place server state lives; the user's draft stays in the editor whatever happens.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormData, ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { withoutSecrets } from './form-data';
import { profileKeys } from './profile-keys';

export interface SaveVariables {
  draft: FormData;
  base: ProfileForm;
  part?: string | undefined;
  /** Runs a provider action (e.g. "details still correct") instead of a save. */
  actionId?: string | undefined;
}

export function useSaveProfile(provider: ProfileProvider, ctx: ProviderContext) {
  const queryClient = useQueryClient();
  const queryKey = profileKeys.detail(provider.id, ctx.params);
  const secrets = provider.secretPaths ?? [];
  return useMutation({
    mutationKey: [...queryKey, 'save'],
    mutationFn: async ({ draft, base, part, actionId }: SaveVariables) => {
      if (actionId) {
        const action = provider.actions?.find((a) => a.id === actionId);
        if (!action) throw new Error(`Unknown action ${actionId}.`);
        return action.run(ctx, base);
      }
      return provider.save(ctx, { draft, base, part });
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
}
