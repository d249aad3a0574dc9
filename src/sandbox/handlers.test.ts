import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { providerRegistry } from '../providers';
import { lazySandboxHandlers } from './handlers';
import { sandboxConfig } from './node';
import { setScenarios } from './scenarios';
import fs from 'node:fs';
import path from 'node:path';
import { isMswCookieStore, isMswRequestCookies } from '../../scripts/vite-plugin-msw-cookie-store';
import { cookieStore } from './msw-cookie-store';
import { getAllRequestCookies } from './msw-request-cookies';

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

  it("is ours for MSW's request-cookie parsing too, which answers no cookies", () => {
    const importer = '/app/node_modules/msw/lib/core/handlers/HttpHandler.mjs';
    expect(isMswRequestCookies('../utils/request/getRequestCookies.mjs', importer)).toBe(true);
    expect(isMswRequestCookies('../utils/request/getRequestCookies.mjs', '/app/src/x.ts')).toBe(false);
    const request = new Request('https://example.com/', { headers: { Cookie: 'session=1' } });
    expect(getAllRequestCookies(request)).toEqual({});
  });

  it('is safe because no sandbox sets or reads a cookie (handler `cookies`, the Cookie header)', () => {
    const src = path.resolve(import.meta.dirname, '..');
    const sandboxFiles = [
      ...fs.readdirSync(path.join(src, 'sandbox')).map((name) => path.join(src, 'sandbox', name)),
      ...fs
        .readdirSync(path.join(src, 'providers'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((dir) =>
          fs
            .readdirSync(path.join(dir.parentPath, dir.name))
            .filter((name) => name.includes('sandbox'))
            .map((name) => path.join(dir.parentPath, dir.name, name)),
        ),
    ].filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|msw-(cookie-store|request-cookies)\.ts$/.test(file),
    );
    expect(sandboxFiles.length).toBeGreaterThan(10);
    const readers = sandboxFiles.filter((file) => /cookie/i.test(fs.readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });

  it('keeps no response cookies', async () => {
    await cookieStore.setCookie('session=1; Path=/', 'https://example.com/');
    expect(cookieStore.getCookies('https://example.com/')).toEqual([]);
  });
});
