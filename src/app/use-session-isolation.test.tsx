import { afterEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { credentials } from '../api/credentials';
import { loadDraft, saveDraft } from '../profile/drafts';
import { profileKeys } from '../profile/profile-keys';
import { useSessionIsolation } from './use-session-isolation';

afterEach(() => credentials.clear());

describe('useSessionIsolation', () => {
  it("drops the previous person's profiles, country lists and saves, and keeps the provider code", async () => {
    const client = new QueryClient();
    renderHook(() => useSessionIsolation(client));
    credentials.signIn('ALICE', 'alice');
    const alice = credentials.sessionKey;
    client.setQueryData(profileKeys.detail(alice, 'navixy', {}, 'en'), { data: { first_name: 'Alice' } });
    client.setQueryData(['country-options', 'nexudus', 'en'], ['GB']);
    client.setQueryData(['provider-module', 'navixy'], 'code');
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.resolve('saved') })
      .execute({ first_name: 'Alice' });
    expect(client.getMutationCache().getAll()).toHaveLength(1);

    credentials.signIn('ALICE-2', 'alice');
    expect(client.getQueryData(profileKeys.detail(alice, 'navixy', {}, 'en'))).toBeDefined();

    credentials.signIn('BOB', 'bob');
    expect(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([['provider-module', 'navixy']]);
    expect(client.getMutationCache().getAll()).toEqual([]);
  });

  it("forgets the previous person's drafts and queued saves on this device, and keeps the same person's", async () => {
    const client = new QueryClient();
    renderHook(() => useSessionIsolation(client));
    credentials.signIn('ALICE', 'alice');
    const alice = { sessionKey: credentials.sessionKey, providerId: 'navixy', params: {} };
    await saveDraft(alice, { base: {}, draft: { first_name: 'Alice' }, pending: {} });

    credentials.signIn('ALICE-2', 'alice');
    expect((await loadDraft(alice))?.draft).toEqual({ first_name: 'Alice' });

    credentials.signIn('BOB', 'bob');
    await waitFor(async () => expect(await loadDraft(alice)).toBeUndefined());
  });
});
