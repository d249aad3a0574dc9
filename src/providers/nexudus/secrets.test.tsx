import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHttpClient } from '../../api/http';
import { profileKeys } from '../../profile/profile-keys';
import { useSaveProfile } from '../../profile/use-save-profile';
import { createNodeSandbox, sandboxConfig } from '../../sandbox/node';
import type { ProfileForm, ProviderContext } from '../types';
import { nexudusProvider } from './provider';

const { server, resetState } = await createNodeSandbox();
const ctx: ProviderContext = {
  http: createHttpClient({
    baseUrl: sandboxConfig.providers.nexudus?.baseUrl ?? '',
    authorization: () => 'Bearer t',
  }),
  params: {},
  locale: 'en-GB',
  sessionKey: 'test-user',
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetState());
afterAll(() => server.close());

const PASSWORD = 'Sup3rSecretNew';

async function changePassword(old: string) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const key = profileKeys.detail(ctx.sessionKey, 'nexudus', ctx.params);
  const base = await nexudusProvider.load(ctx);
  client.setQueryData<ProfileForm>(key, base);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSaveProfile(nexudusProvider, ctx), { wrapper });
  act(() =>
    result.current.mutate({
      base,
      draft: { ...base.data, OldPassword: old, NewPassword: PASSWORD, RepeatNewPassword: PASSWORD },
      part: '5',
    }),
  );
  await waitFor(() => expect(result.current.isPending).toBe(false));
  const queries = JSON.stringify(
    client
      .getQueryCache()
      .getAll()
      .map((q) => q.state),
  );
  const mutations = JSON.stringify(
    client
      .getMutationCache()
      .getAll()
      .map((m) => m.state),
  );
  return { result, queries, mutations };
}

describe('Nexudus passwords stay out of the query and mutation caches (secretPaths)', () => {
  it('after a successful change', async () => {
    const { result, queries, mutations } = await changePassword('coworking1');
    // Success: the sandbox checked the current password, so the save did receive the secrets.
    expect(result.current.isSuccess).toBe(true);
    expect(mutations).toContain('Jane Doe');
    expect(mutations).not.toContain(PASSWORD);
    expect(mutations).not.toContain('coworking1');
    expect(queries).toContain('Jane Doe');
    expect(queries).not.toContain(PASSWORD);
    expect(queries).not.toContain('coworking1');
  });

  it('after a refused change (the cache is rolled back)', async () => {
    const { result, queries, mutations } = await changePassword('wrong-password');
    expect(result.current.isError).toBe(true);
    expect(mutations).not.toContain('wrong-password');
    expect(queries).not.toContain(PASSWORD);
    expect(queries).not.toContain('wrong-password');
  });
});
