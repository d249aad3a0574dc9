import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createHttpClient } from '../api/http';
import type { ProfileForm, ProfileProvider, ProviderContext } from '../providers/types';
import { profileKeys } from './profile-keys';
import { useSaveProfile } from './use-save-profile';

const base: ProfileForm = {
  schema: {},
  uischema: { type: 'VerticalLayout' },
  data: { name: 'Ann', password: undefined },
};
const ctx: ProviderContext = {
  http: createHttpClient({ baseUrl: 'https://x.example' }),
  params: { id: '1' },
  locale: 'en',
  sessionKey: 'test-user',
};

function setup(save: ProfileProvider['save']) {
  const provider: ProfileProvider = {
    id: 'camunda',
    load: () => Promise.resolve(base),
    save,
    describeError: () => ({ kind: 'server', message: 'x', fieldErrors: [] }),
    secretPaths: ['/password'],
  };
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const key = profileKeys.detail(ctx.sessionKey, 'camunda', ctx.params, ctx.locale);
  client.setQueryData(key, base);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useSaveProfile(provider, ctx), { wrapper });
  return { result, cached: () => client.getQueryData<ProfileForm>(key) };
}

describe('useSaveProfile', () => {
  it('shows the new values in the cache at once, then the server answer, never the password', async () => {
    let finish: (form: ProfileForm) => void = () => undefined;
    const { result, cached } = setup(() => new Promise((resolve) => (finish = resolve)));
    act(() => result.current.mutate({ base, draft: { name: 'Bea', password: 'hunter2' } }));
    await waitFor(() => expect(cached()?.data).toEqual({ name: 'Bea' }));
    act(() => finish({ ...base, data: { name: 'BEA', password: 'hunter2' } }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(cached()?.data).toEqual({ name: 'BEA' });
  });

  it('rolls the cache back when the save fails', async () => {
    let fail: (error: Error) => void = () => undefined;
    const { result, cached } = setup(() => new Promise((_resolve, reject) => (fail = reject)));
    act(() => result.current.mutate({ base, draft: { name: 'Bea' } }));
    await waitFor(() => expect(cached()?.data).toEqual({ name: 'Bea' }));
    act(() => fail(new Error('boom')));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(cached()).toEqual(base);
  });
});
