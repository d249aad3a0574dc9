import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { buildUrl, createHttpClient, pathSegment } from './http';
import { forgetSecretsForTests, redactText } from './redaction';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

describe('http client', () => {
  it('sends JSON with the auth header read at call time', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(json({ ok: true })));
    let token = 'one';
    const client = createHttpClient({
      baseUrl: 'https://api.example/v1/',
      authorization: () => `Bearer ${token}`,
      fetchImpl,
    });
    await client.request('PUT', '/things/1', { body: { a: 1 }, query: { detailed: 'profile' } });
    token = 'two';
    await client.request('GET', 'things');
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('https://api.example/v1/things/1?detailed=profile');
    expect(init?.body).toBe('{"a":1}');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer one');
    expect((fetchImpl.mock.calls[1]![1]?.headers as Record<string, string>).Authorization).toBe('Bearer two');
  });

  it('turns an error status into an ApiError with the parsed body and request id', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValue(
        json(
          { type: 'InvalidRequestException', message: 'nope' },
          { status: 403, headers: { 'X-Request-Id': 'req-42' } },
        ),
      );
    const client = createHttpClient({ baseUrl: 'https://api.example', fetchImpl });
    const error = await client.request('GET', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 403,
      requestId: 'req-42',
      body: { message: 'nope' },
    });
  });

  it('returns no body for 204', async () => {
    const client = createHttpClient({
      baseUrl: 'https://api.example',
      fetchImpl: () => Promise.resolve(new Response(null, { status: 204 })),
    });
    await expect(client.request('PUT', 'x', { body: {} })).resolves.toMatchObject({
      status: 204,
      data: undefined,
    });
  });

  it('reports network failures and timeouts as such', async () => {
    const offline = createHttpClient({
      baseUrl: 'https://api.example',
      fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(offline.request('GET', 'x')).rejects.toMatchObject({ kind: 'network', status: 0 });

    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const slow = createHttpClient({ baseUrl: 'https://api.example', fetchImpl: hanging, timeoutMs: 20 });
    await expect(slow.request('GET', 'x')).rejects.toMatchObject({ kind: 'timeout' });

    const controller = new AbortController();
    const pending = createHttpClient({ baseUrl: 'https://api.example', fetchImpl: hanging }).request(
      'GET',
      'x',
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('reports malformed JSON', async () => {
    const client = createHttpClient({
      baseUrl: 'https://api.example',
      fetchImpl: () =>
        Promise.resolve(new Response('{oops', { headers: { 'Content-Type': 'application/json' } })),
    });
    await expect(client.request('GET', 'x')).rejects.toMatchObject({ kind: 'parse' });
  });

  it('builds URLs under the base path', () => {
    expect(buildUrl('https://h.example/engine-rest', 'user/a%20b/profile')).toBe(
      'https://h.example/engine-rest/user/a%20b/profile',
    );
  });

  it('refuses to send once another session has started, and sends for a refreshed token of its own', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(json({})));
    let current = 'alice';
    let token = 'ALICE-1';
    const client = createHttpClient({
      baseUrl: 'https://api.example',
      authorization: () => `NVX ${token}`,
      session: { key: 'alice', current: () => current },
      fetchImpl,
    });
    token = 'ALICE-2';
    await client.request('GET', 'x');
    current = 'bob';
    token = 'BOB';
    await expect(client.request('POST', 'x', { body: { name: 'Alice' } })).rejects.toMatchObject({
      kind: 'aborted',
    });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect((fetchImpl.mock.calls[0]![1]?.headers as Record<string, string>).Authorization).toBe(
      'NVX ALICE-2',
    );
  });

  it('remembers the Authorization value it sent, so it can be redacted', async () => {
    forgetSecretsForTests();
    const client = createHttpClient({
      baseUrl: 'https://api.example',
      authorization: () => `Basic ${btoa('demo:long-password')}`,
      fetchImpl: () => Promise.resolve(json({})),
    });
    await client.request('GET', 'x');
    expect(redactText(`echo ${btoa('demo:long-password')}`)).toBe('echo [redacted]');
  });

  it('treats ids as data: encoded, never a dot segment or empty', () => {
    expect(pathSegment('a b/c')).toBe('a%20b%2Fc');
    expect(pathSegment('%2e%2e')).toBe('%252e%252e');
    for (const id of ['', '.', '..']) expect(() => pathSegment(id)).toThrow(/cannot be used as an id/);
  });

  it('never builds a URL outside the base path', () => {
    expect(() => buildUrl('https://h.example/engine-rest', 'user/../../admin')).toThrow(/leaves/);
    expect(() => buildUrl('https://h.example/engine-rest', '//evil.example/x')).not.toThrow();
    expect(buildUrl('https://h.example/engine-rest', '//evil.example/x')).toBe(
      'https://h.example/engine-rest/evil.example/x',
    );
  });
});
