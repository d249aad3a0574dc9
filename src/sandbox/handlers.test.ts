import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { providerRegistry } from '../providers';
import { lazySandboxHandlers } from './handlers';
import { sandboxConfig } from './node';
import { setScenarios } from './scenarios';
import { isMswCookieStore } from '../../scripts/vite-plugin-msw-cookie-store';
import { cookieStore } from './msw-cookie-store';

const server = setupServer(...lazySandboxHandlers(sandboxConfig.providers));
const camunda = sandboxConfig.providers.camunda?.baseUrl ?? '';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => setScenarios({ latencyMs: 0, failures: {}, named: [] }));
afterAll(() => server.close());

describe('the browser sandbox handlers', () => {
  it("load a provider's sandbox on its first request only, and answer at its real URL", async () => {
    const spies = providerRegistry.map((entry) => [entry.id, vi.spyOn(entry, 'loadSandbox')] as const);
    expect(spies.every(([, spy]) => spy.mock.calls.length === 0)).toBe(true);
    const response = await fetch(`${camunda}/user/demo/profile`, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'demo', firstName: 'Demo' });
    await fetch(`${camunda}/user/john/profile`, { headers: { Authorization: 'Bearer t' } });
    const loaded = spies
      .filter(([, spy]) => spy.mock.calls.length > 0)
      .map(([id, spy]) => [id, spy.mock.calls.length]);
    expect(loaded).toEqual([['camunda', 1]]);
  });

  it('apply the QA scenarios before the provider answers', async () => {
    setScenarios({ latencyMs: 0, failures: { camunda: 503 }, named: [] });
    const response = await fetch(`${camunda}/user/demo/profile`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'demo', firstName: 'A', lastName: 'B', email: 'a@b.c' }),
    });
    expect(response.status).toBe(503);
  });
});

describe("MSW's cookie store in the app's builds", () => {
  it("is ours for MSW's own imports only", () => {
    const importer = '/app/node_modules/msw/lib/core/utils/request/getRequestCookies.mjs';
    expect(isMswCookieStore('../cookieStore.mjs', importer)).toBe(true);
    expect(isMswCookieStore('../cookieStore.mjs', '/app/src/sandbox/other.ts')).toBe(false);
    expect(isMswCookieStore('./utils.mjs', importer)).toBe(false);
  });

  it('keeps no response cookies', async () => {
    await cookieStore.setCookie('session=1; Path=/', 'https://example.com/');
    expect(cookieStore.getCookies('https://example.com/')).toEqual([]);
  });
});
