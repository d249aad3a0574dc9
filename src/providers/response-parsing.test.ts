// Every provider's answers are parsed at the edge: a malformed body is a clear error naming the provider and the
// field (through the provider's own describeError), never a crash or a silently wrong form.
import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../api/http';
import { camundaProvider } from './camunda/provider';
import { navixyProvider } from './navixy/provider';
import { nexudusProvider } from './nexudus/provider';
import type { ProfileProvider, ProviderContext } from './types';
import { wiseProvider } from './wise/provider';

/** A context whose http answers each path (by its end) with the given JSON body. */
function contextAnswering(bodies: Record<string, unknown>, params = {}): ProviderContext {
  const http = createHttpClient({
    baseUrl: 'https://api.example',
    fetchImpl: (input) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const match = Object.entries(bodies).find(([end]) => url.pathname.endsWith(end));
      return Promise.resolve(
        new Response(JSON.stringify(match?.[1] ?? {}), { headers: { 'Content-Type': 'application/json' } }),
      );
    },
  });
  return { http, params, locale: 'en-GB', sessionKey: 'test' };
}

async function loadFailure(provider: ProfileProvider, ctx: ProviderContext) {
  const error = await provider.load(ctx).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the load must fail').toBeDefined();
  return provider.describeError(error);
}

describe('malformed provider answers', () => {
  it('Camunda: a profile whose firstName is a number', async () => {
    const ctx = contextAnswering(
      { '/profile': { id: 'demo', firstName: 42, lastName: null, email: null }, '/user/demo': { links: [] } },
      { userId: 'demo' },
    );
    const failure = await loadFailure(camundaProvider, ctx);
    expect(failure.kind).toBe('server');
    expect(failure.message).toMatch(/^Camunda sent a profile the editor cannot read: the field "firstName"/);
  });

  it('Camunda: a profile without its id', async () => {
    const ctx = contextAnswering({ '/profile': { firstName: 'A' } }, { userId: 'demo' });
    expect((await loadFailure(camundaProvider, ctx)).message).toContain('the field "id"');
  });

  it('Wise: an address that is a string, and a profile id that is text', async () => {
    const profile = { id: 14575282, type: 'personal', firstName: 'Oliver', address: 'London' };
    const ctx = contextAnswering({ '/v2/profiles/14575282': profile }, { profileId: '14575282' });
    expect((await loadFailure(wiseProvider, ctx)).message).toMatch(
      /^Wise sent a profile the editor cannot read: the field "address"/,
    );
    const textId = contextAnswering({ '/v2/profiles/1': { id: '1', type: 'personal' } }, { profileId: '1' });
    expect((await loadFailure(wiseProvider, textId)).message).toContain('the field "id"');
  });

  it('Navixy: user info whose first name is a number, and an answer without success', async () => {
    const ctx = contextAnswering({
      '/user/get_info': { success: true, user_info: { first_name: 7 } },
      '/plugin/list': { success: true, list: [{ id: 45 }] },
    });
    expect((await loadFailure(navixyProvider, ctx)).message).toMatch(
      /^Navixy sent user info the editor cannot read: the field "user_info.first_name"/,
    );
    const bare = contextAnswering({ '/user/get_info': { user_info: {} }, '/plugin/list': {} });
    expect((await loadFailure(navixyProvider, bare)).message).toContain('the field "success"');
  });

  it('Nexudus: a profile without Coworker, and a Coworker whose CountryId is text', async () => {
    const countries = {
      Countries: [{ Id: 1, Name: 'United Kingdom', TwoDigitsCode: 'GB', Culture: 'en-GB' }],
    };
    const missing = contextAnswering({ '/en/profile': { Customer: {} }, '/api/public/countries': countries });
    expect((await loadFailure(nexudusProvider, missing)).message).toMatch(
      /^Nexudus sent a profile the editor cannot read: the field "Coworker"/,
    );
    const wrong = contextAnswering({
      '/en/profile': { Coworker: { Id: 1, FullName: 'Jane', CountryId: 'GB' } },
      '/api/public/countries': countries,
    });
    expect((await loadFailure(nexudusProvider, wrong)).message).toContain('the field "Coworker.CountryId"');
  });

  it('accepts well-formed answers (nulls where the contract allows them)', async () => {
    const ctx = contextAnswering(
      {
        '/profile': { id: 'demo', firstName: 'Demo', lastName: null, email: null },
        '/user/demo': { links: [{ method: 'PUT', href: 'x', rel: 'update' }] },
      },
      { userId: 'demo' },
    );
    await expect(camundaProvider.load(ctx)).resolves.toMatchObject({ data: { firstName: 'Demo' } });
  });
});
