import { describe, expect, expectTypeOf, it } from 'vitest';
import { findProvider, isProviderId, providerRegistry, type ProviderId } from './index';
import { defineProvider } from './registry';
import type { ProfileProvider } from './types';

describe('the provider registry', () => {
  it('derives ProviderId from its entries', () => {
    expectTypeOf<ProviderId>().toEqualTypeOf<'camunda' | 'wise' | 'navixy' | 'nexudus' | 'uphold'>();
    expect(isProviderId('wise')).toBe(true);
    expect(isProviderId('acme')).toBe(false);
    expect(findProvider('acme')).toBeUndefined();
  });

  it.each(providerRegistry.map((entry) => [entry.id, entry] as const))(
    '%s: loads the provider with its own id, and a sandbox whose examples name every route parameter',
    async (id, entry) => {
      const [provider, sandbox] = await Promise.all([entry.load(), entry.loadSandbox()]);
      expect(provider.id).toBe(id);
      expect(sandbox.examples.length).toBeGreaterThan(0);
      for (const example of sandbox.examples) {
        // Every route parameter, and the page parameter where the provider has pages (optional: its landing).
        const named = Object.keys(example.params).filter((name) => name !== entry.pageParam);
        expect(named.sort()).toEqual([...entry.params].sort());
      }
    },
  );

  it('holds no sandbox data: no demo ids or sandbox paths in production entries', () => {
    for (const entry of providerRegistry) {
      expect(Object.keys(entry).sort()).toEqual(
        [
          'description',
          'id',
          'label',
          'load',
          'loaded',
          'loadSandbox',
          'params',
          ...('paramHint' in entry ? ['paramHint'] : []),
          ...('pageParam' in entry ? ['pageParam'] : []),
        ].sort(),
      );
      expect(JSON.stringify(entry)).not.toMatch(/demo|14575282|sandbox/i);
    }
  });

  it("loads a provider's code once for all who ask, says when it is there, and tries again after a failure", async () => {
    const provider: ProfileProvider = {
      id: 'acme',
      load: () => Promise.reject(new Error('unused')),
      save: () => Promise.reject(new Error('unused')),
      describeError: () => ({ kind: 'server', message: 'unused', fieldErrors: [] }),
    };
    const answers: Array<() => Promise<ProfileProvider>> = [
      () => Promise.reject(new Error('chunk failed')),
      () => Promise.resolve(provider),
    ];
    let imports = 0;
    const entry = defineProvider({
      id: 'acme',
      label: 'Acme',
      description: 'Acme',
      params: [],
      load: () => answers[imports++]?.() ?? Promise.reject(new Error('asked too often')),
      loadSandbox: () => Promise.reject(new Error('unused')),
    });
    const [first, second] = [entry.load(), entry.load()];
    await expect(first).rejects.toThrow('chunk failed');
    await expect(second).rejects.toThrow('chunk failed');
    expect(entry.loaded?.()).toBeUndefined();
    // The failure is forgotten: asking again imports again.
    await expect(entry.load()).resolves.toBe(provider);
    expect(entry.loaded?.()).toBe(provider);
    await expect(entry.load()).resolves.toBe(provider);
    expect(imports).toBe(2);
  });
});
