// @vitest-environment jsdom
// public/boot.js, third part: config.json is asked for while the page is parsed, as the boot would ask, and left for
// the boot (src/config/early-config.ts) under a registered symbol.
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_CONFIG_REQUEST } from '../../config/early-config';

const boot = readFileSync('public/boot.js', 'utf8');

function open(path: string) {
  window.history.replaceState({}, '', path);
  const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{}'));
  runInThisContext(boot);
  return fetch;
}

afterEach(() => {
  Reflect.deleteProperty(window, EARLY_CONFIG_REQUEST);
  window.history.replaceState({}, '', '/');
});

describe('public/boot.js (config.json)', () => {
  it('asks for config.json once, never from the cache, and leaves the request for the boot', async () => {
    const fetch = open('/wise/14575282');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/config.json', {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    const request: unknown = Reflect.get(window, EARLY_CONFIG_REQUEST);
    expect(request).toBeInstanceOf(Promise);
    await expect(request).resolves.toBeInstanceOf(Response);
  });

  it('asks on the embed and the provider list too, but not on the benchmark page', () => {
    expect(open('/embed')).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(open('/')).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    Reflect.deleteProperty(window, EARLY_CONFIG_REQUEST);
    expect(open('/bench')).not.toHaveBeenCalled();
    expect(Reflect.has(window, EARLY_CONFIG_REQUEST)).toBe(false);
  });
});
