// @vitest-environment jsdom
// The config.json request public/boot.js starts early, as the boot takes it (a unit test of boot.js's part is in
// src/app/boot/config-request.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_CONFIG_REQUEST, takeEarlyConfigRequest } from './early-config';
import { loadConfig } from './load-config';

const config = {
  mode: 'live',
  providers: { camunda: { baseUrl: 'https://proxy.example.com/engine-rest' } },
  embed: { allowedOrigins: [] },
};

afterEach(() => {
  Reflect.deleteProperty(window, EARLY_CONFIG_REQUEST);
});

describe('the early config.json request', () => {
  it('is taken off the window once, and its response is the one loadConfig reads and validates', async () => {
    const network = vi.spyOn(window, 'fetch');
    Reflect.set(window, EARLY_CONFIG_REQUEST, Promise.resolve(new Response(JSON.stringify(config))));
    const early = takeEarlyConfigRequest();
    expect(Reflect.has(window, EARLY_CONFIG_REQUEST)).toBe(false);
    expect(early).toBeDefined();
    await expect(loadConfig('/config.json', early)).resolves.toMatchObject({ mode: 'live' });
    expect(network).not.toHaveBeenCalled();
    // A second read (none today) asks the network rather than reusing a spent response.
    network.mockResolvedValue(new Response(JSON.stringify(config)));
    await expect(loadConfig('/config.json', early)).resolves.toMatchObject({ mode: 'live' });
    expect(network).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('is absent on a page without boot.js (the boot then asks itself), and anything else there is ignored', () => {
    expect(takeEarlyConfigRequest()).toBeUndefined();
    Reflect.set(window, EARLY_CONFIG_REQUEST, { then: () => undefined });
    expect(takeEarlyConfigRequest()).toBeUndefined();
    expect(Reflect.has(window, EARLY_CONFIG_REQUEST)).toBe(false);
  });

  it('reports a failed request as config.json not fetched, and an answer that is no response as unreadable', async () => {
    const offline = Promise.reject(new TypeError('offline'));
    offline.catch(() => undefined);
    Reflect.set(window, EARLY_CONFIG_REQUEST, offline);
    await expect(loadConfig('/config.json', takeEarlyConfigRequest())).rejects.toThrow(
      /could not be fetched/,
    );
    Reflect.set(window, EARLY_CONFIG_REQUEST, Promise.resolve('not a response'));
    await expect(loadConfig('/config.json', takeEarlyConfigRequest())).rejects.toThrow(
      /could not be fetched/,
    );
  });
});
