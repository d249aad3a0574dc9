import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { forgetSecretsForTests, rememberAuthorization } from '../api/redaction';
import type { ProfileProvider } from '../providers/types';
import { safeProvider } from './safe-provider';

afterEach(forgetSecretsForTests);

const basic = `Basic ${btoa('demo:correct-horse')}`;
const refusal = () =>
  new ApiError({
    kind: 'http',
    status: 401,
    message: 'The server answered 401.',
    body: { message: `proxy: bad credential ${basic}`, secretDetail: 'internal stack trace' },
    requestId: 'req-1',
    headers: new Headers({ 'Retry-After': '5', 'Set-Cookie': 'session=abc' }),
  });

const provider: ProfileProvider = {
  id: 'camunda',
  load: () => Promise.reject(refusal()),
  save: () => Promise.reject(new Error('Nexudus refused')),
  describeError: (error) => ({
    kind: 'auth',
    message:
      error instanceof ApiError && typeof error.body === 'object' && error.body && 'message' in error.body
        ? String(error.body.message)
        : String(error),
    fieldErrors: [{ path: '/email', message: `echo ${basic}` }],
    requestId: error instanceof ApiError ? error.requestId : undefined,
  }),
};

describe('safeProvider', () => {
  it('keeps no server body in the query cache, and redacts the Basic credential it explains', async () => {
    rememberAuthorization(basic);
    const safe = safeProvider(provider);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client
      .fetchQuery({ queryKey: ['p'], queryFn: () => safe.load({} as never) })
      .catch(() => undefined);
    const error = client.getQueryState(['p'])?.error;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 401, requestId: 'req-1', body: undefined });
    expect(JSON.stringify(error)).not.toContain('internal stack trace');
    expect((error as ApiError).headers?.get('retry-after')).toBe('5');
    expect((error as ApiError).headers?.get('set-cookie')).toBeNull();

    const failure = safe.describeError(error);
    expect(failure.message).toBe('proxy: bad credential [redacted]');
    expect(failure.fieldErrors).toEqual([{ path: '/email', message: 'echo [redacted]' }]);
    expect(failure.message).not.toContain(btoa('demo:correct-horse'));
  });

  it('explains errors that are not ApiErrors too', async () => {
    const safe = safeProvider(provider);
    const error = await safe.save({} as never, {} as never).catch((e: unknown) => e);
    expect(safe.describeError(error)).toMatchObject({ kind: 'auth', message: 'Error: Nexudus refused' });
  });
});
